/**
 * The keys that make two registrations "the same customer" (first contact wins).
 * Each is stored in its own uniquely indexed column.
 */

/** Case, full/half width, spaces and punctuation folded: "上海 Acme 物流有限公司" = "上海ＡＣＭＥ物流有限公司". */
export function normalizeCustomerName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Unified social credit code: 18 characters, upper-cased, spaces removed. */
export function normalizeCreditCode(code: string): string {
  return code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
