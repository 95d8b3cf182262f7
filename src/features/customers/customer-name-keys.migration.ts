import { QueryRunner } from 'typeorm';
import { customerNameKey, normalizeCustomerName } from './customer-identity';

/**
 * Recomputes every customer's normalized name and name key with customer-identity.ts, for the
 * migration that introduced the key (the database cannot compute them: the rule lives in JS).
 *
 * Rows registered before invisible characters were ignored may now collide ("Acme" and
 * "Ac\u00ADme"): the earliest registration keeps the key, a later one gets "<key>#<id>", which no
 * name ever normalizes to, so it stays listed (and reassignable) without blocking anybody; the
 * next registration of that name is refused in favour of the earliest.
 */
export async function recomputeCustomerNameKeys(queryRunner: QueryRunner): Promise<number> {
  const rows: Array<{ id: number | string; name: string }> = await queryRunner.query(
    'SELECT id, name FROM customer ORDER BY id',
  );
  const seen = new Set<string>();
  let shadowed = 0;
  for (const row of rows) {
    const key = customerNameKey(row.name);
    const unique = seen.has(key) ? `${key}#${row.id}` : key;
    if (unique !== key) shadowed++;
    seen.add(key);
    await queryRunner.query('UPDATE customer SET normalizedName = ?, nameKey = ? WHERE id = ?', [
      normalizeCustomerName(row.name).slice(0, 200),
      unique,
      row.id,
    ]);
  }
  return shadowed;
}
