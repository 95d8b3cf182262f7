import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

/** The request hooks our per-request plugins use, each called in the plugins' order. */
const HOOKS = ['didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type Hook = (typeof HOOKS)[number];

/**
 * Our per-request plugins (introspection access, trusted documents, operation and text limits,
 * the request log, metrics) as ONE plugin, so Apollo sees one request listener instead of five or
 * six. Apollo runs every stage of a request over all listeners with a Promise.all (each listener
 * costing a promise and a reaction at every stage, whether or not it has a hook there), and asks
 * them one after another for a response: at 10 rows that was about 60 of the 340 promises of a
 * dashboard request.
 *
 * The plugins keep their own files and meaning: each one's `requestDidStart` runs on every request
 * and its hooks run in the order the plugins are given. Where Apollo would run the listeners'
 * hooks side by side, these run one after another: the first to throw ends the stage with its
 * error (as Apollo reports the first of the listeners that throw) and the later ones do not run,
 * which is only correct because none of their hooks has a side effect before it throws. A plugin
 * with any other hook, or with server-level hooks, is refused at start: it belongs in Apollo's
 * own list.
 */
export function requestPlugins<TContext extends BaseContext>(
  plugins: ApolloServerPlugin<TContext>[],
): ApolloServerPlugin<TContext> {
  for (const plugin of plugins) {
    const other = Object.keys(plugin).filter((k) => k !== 'requestDidStart');
    if (other.length)
      throw new Error(`requestPlugins takes per-request plugins only; this one also has ${other.join(', ')}.`);
  }
  return {
    async requestDidStart(requestContext) {
      const listeners: GraphQLRequestListener<TContext>[] = [];
      for (const plugin of plugins) {
        const listener = await plugin.requestDidStart?.(requestContext);
        if (!listener) continue;
        const unknown = Object.keys(listener).filter((k) => !(HOOKS as readonly string[]).includes(k));
        if (unknown.length) throw new Error(`requestPlugins does not run the request hook(s) ${unknown.join(', ')}.`);
        listeners.push(listener);
      }
      const combined: GraphQLRequestListener<TContext> = {};
      for (const hook of HOOKS) {
        const calls = listeners.filter((l) => l[hook]);
        if (calls.length) combined[hook] = runInOrder(calls, hook);
      }
      return combined;
    },
  };
}

function runInOrder<TContext extends BaseContext>(listeners: GraphQLRequestListener<TContext>[], hook: Hook) {
  return async (arg: never): Promise<void> => {
    for (const listener of listeners) await (listener[hook] as (a: never) => Promise<void>)(arg);
  };
}
