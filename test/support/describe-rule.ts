/** Renders a graphql-shield rule as text for the access-map snapshot. */
export function describeRule(rule: unknown): string {
  const r = rule as { name?: string; getRules?: () => unknown[]; constructor: { name: string } };
  if (typeof r.getRules === 'function') {
    const kind = r.constructor.name.replace(/^Rule/, '').toLowerCase();
    return `${kind}(${r.getRules().map(describeRule).join(', ')})`;
  }
  if (r.constructor.name === 'RuleTrue') return 'allow';
  if (r.constructor.name === 'RuleFalse') return 'deny';
  return r.name ?? 'anonymous rule';
}
