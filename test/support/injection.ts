/**
 * Injection strings for search and filter arguments: each must be treated as plain data (found
 * exactly where it was stored, matching nothing else, breaking nothing). Use with any feature:
 *
 *   await expectTreatedAsData({
 *     store: (s) => ...insert a row whose searchable column is s...,
 *     search: (s) => ...call the API with s as the filter, return the rows' values...,
 *   });
 */
export const INJECTION_PAYLOADS: readonly string[] = [
  `' OR '1'='1`,
  `' OR 1=1 -- `,
  `" OR ""="`,
  `'; DROP TABLE staff; --`,
  `x') UNION SELECT passwordHash FROM staff --`,
  `admin'/*`,
  `%`,
  `_`,
  `%' OR '%'='`,
  `\\`,
  `\\'; SELECT 1; --`,
  `1; SELECT SLEEP(5)`,
  `{"$gt": ""}`,
  `$where: 1`,
  `\u0000'`,
  `名字' OR 'a'='a`,
  `🙂'--`,
];

let seq = 0;

export interface InjectionCheck {
  /** Stores one record holding `value` in the searched column. */
  store(value: string): Promise<void>;
  /** Searches with `value`; returns what the search matched, as the searched column's values. */
  search(value: string): Promise<string[]>;
  /** Longest value the column holds (payloads are cut to fit). */
  maxLength?: number;
  payloads?: readonly string[];
}

/**
 * For each payload (made unique per call): a search finds nothing before it is stored, and exactly
 * that one value after; the tables stay as they were (a search that throws fails the test).
 */
export async function expectTreatedAsData(check: InjectionCheck): Promise<void> {
  const problems: string[] = [];
  for (const payload of check.payloads ?? INJECTION_PAYLOADS) {
    const tag = `i${++seq}${Date.now() % 100000}:`;
    const value = (tag + payload).slice(0, check.maxLength ?? 1000);
    const before = await check.search(value);
    if (before.length !== 0)
      problems.push(`${JSON.stringify(payload)} matched ${before.length} rows before it was stored`);
    await check.store(value);
    const after = await check.search(value);
    if (after.length !== 1 || after[0] !== value)
      problems.push(`${JSON.stringify(payload)} found ${JSON.stringify(after)} after it was stored`);
  }
  if (problems.length) throw new Error(`Injection strings were not treated as data:\n${problems.join('\n')}`);
}
