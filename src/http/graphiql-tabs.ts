import { Kind, OperationDefinitionNode, print, TypeNode } from 'graphql';
import { clientOperations } from './client-operations';

/** One saved GraphiQL tab: what the editor shows, and the trusted document sent when it is unchanged. */
export interface SavedTab {
  /** The operation's name, which GraphiQL shows as the tab's title. */
  name: string;
  /** The document as the editor shows it (pretty-printed). */
  query: string;
  /** The exact manifest text (what a server with TRUSTED_DOCUMENTS accepts). */
  document: string;
  /** Variables to start from, as JSON; absent when the operation needs none. */
  variables?: string;
}

/** What saved tabs' variables are computed from when the page is served. */
export interface TabDefaults {
  /** The previous calendar month, YYYY-MM (company time zone): the last closed month. */
  lastMonth: string;
}

function placeholder(name: string, type: TypeNode, defaults: TabDefaults): unknown {
  if (type.kind === Kind.LIST_TYPE) return [];
  const named = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (named.kind === Kind.LIST_TYPE) return [];
  // A report's period: the last closed month, as "YYYY-MM" or (budgetReport) as a year and a month number.
  if (name === 'month') return named.name.value === 'Int' ? Number(defaults.lastMonth.slice(5, 7)) : defaults.lastMonth;
  if (name === 'year' && named.name.value === 'Int') return Number(defaults.lastMonth.slice(0, 4));
  switch (named.name.value) {
    case 'Int':
    case 'Float':
      return 0;
    case 'Boolean':
      return false;
    case 'ID':
    case 'String':
    case 'Money':
    case 'LocalDate':
    case 'DateTimeISO':
      return '';
    default:
      return null;
  }
}

/**
 * The variables a tab starts with: every required one (a placeholder to fill), and `month` always (a year's report:
 * remove it).
 */
function startingVariables(op: OperationDefinitionNode, defaults: TabDefaults): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if ((v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue) || name === 'month')
      vars[name] = placeholder(name, v.type, defaults);
  }
  return vars;
}

/**
 * GraphiQL's saved tabs: every query of the client operations (schema/operations, read from their
 * source and normalized as the persisted documents manifest holds them), so a new report gets its
 * tab with no code here and every tab runs unchanged on a server with TRUSTED_DOCUMENTS. Reports
 * come first. Mutations get no tab: an analyst's page reads; signing in is the page's own bar.
 */
export function savedTabs(defaults: TabDefaults): SavedTab[] {
  const tabs: Array<SavedTab & { report: boolean }> = [];
  for (const { text: document, document: parsed } of clientOperations().all()) {
    const op = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!op || op.operation !== 'query' || !op.name) continue;
    const vars = startingVariables(op, defaults);
    const root = op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
    tabs.push({
      name: op.name.value,
      query: print(parsed),
      document,
      ...(Object.keys(vars).length ? { variables: JSON.stringify(vars, null, 2) } : {}),
      // Monthly reports: the ...Report and ...Summary fields, target achievement and the performance ranking.
      report: root.some((f) => /(Report|Summary)$|^targetAchievement$|^performanceRanking$/.test(f)),
    });
  }
  return tabs.sort((a, b) => Number(b.report) - Number(a.report)).map(({ report: _report, ...tab }) => tab);
}
