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

/** Digits only: "+86 138-0000-0001" and "13800000001" differ only by the country code, kept as given. */
export function normalizePhone(phone: string): string {
  return phone.replace(/\D+/g, '');
}

/** Unified social credit code: 18 characters, upper-cased, spaces removed. */
export function normalizeCreditCode(code: string): string {
  return code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
