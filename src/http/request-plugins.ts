import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

/** The request hooks our per-request plugins use, each called in the plugins' order. */
const HOOKS = ['didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type Hook = (typeof HOOKS)[number];
const isHook = (key: string): key is Hook => (HOOKS as readonly string[]).includes(key);

/**
 * Our per-request plugins (introspection access, trusted documents, operation and text limits,
 * the request log, metrics) as ONE plugin, so Apollo sees one request listener instead of five or
 * six. Apollo runs every stage of a request over all listeners with a Promise.all (each listener
 * costing a promise and a reaction at every stage, whether or not it has a hook there), and asks
 * them one after another for a response: at 10 rows that was about 60 of the 340 promises of a
 * dashboard request.
 *
 * The plugins keep their own files and meaning, and what Apollo does with several listeners is
 * kept: each plugin's `requestDidStart` runs on every request, and at each stage every plugin's
 * hook runs (in the order the plugins are given), even after one has thrown; the stage then ends
 * with the first error thrown. A plugin with server-level hooks is refused when it is given; a
 * request hook other than these is refused on the request that would need it (it belongs in
 * Apollo's own list).
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
        for (const key in listener)
          if (!isHook(key)) throw new Error(`requestPlugins does not run the request hook ${key}.`);
        listeners.push(listener);
      }
      const combined: GraphQLRequestListener<TContext> = {};
      for (const hook of HOOKS) {
        const calls = listeners.filter((l) => l[hook]);
        if (calls.length) combined[hook] = everyInOrder(calls, hook);
      }
      return combined;
    },
  };
}

/** Runs the hook of every listener in turn, then throws the first error any of them threw. */
function everyInOrder<TContext extends BaseContext>(listeners: GraphQLRequestListener<TContext>[], hook: Hook) {
  return async (arg: never): Promise<void> => {
    let failed: { error: unknown } | null = null;
    for (const listener of listeners) {
      try {
        await (listener[hook] as (a: never) => Promise<void>)(arg);
      } catch (error) {
        failed ??= { error };
      }
    }
    if (failed) throw failed.error;
  };
}
