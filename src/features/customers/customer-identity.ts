import { createHash } from 'node:crypto';

/**
 * The keys that make two registrations "the same customer" (first contact wins), computed here
 * and only here, in JS, so SQLite and MariaDB judge alike. Each key is stored in its own uniquely
 * indexed column.
 */

/**
 * Characters nobody sees: Unicode's Default_Ignorable_Code_Point (soft hyphen, zero-width space
 * and joiners, Hangul fillers U+115F U+1160 U+3164 U+FFA0, variation selectors, tag characters...)
 * and every format character (category Cf: bidi marks such as U+061C, U+200E, U+202E...).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;

/** NFKC (full width -> half width, compatibility forms), then invisible characters dropped. */
function visibleForm(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Full case folding ("ß" = "ss", "ς" = "σ"), then NFKC again since folding can denormalize. */
function foldCase(text: string): string {
  return text.toUpperCase().toLowerCase().normalize('NFKC');
}

/**
 * Cyrillic and Greek letters that look like a Latin one (after case folding; upper-case look-alikes
 * included, "В" looks like "B"): a name written wholly in them ("АСМЕ" in Cyrillic) gets the key of
 * its Latin twin. A subset of Unicode's confusables, enough for the alphabets a company name uses.
 */
const LATIN_LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  ў: 'y',
  х: 'x',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  ѵ: 'v',
  ь: 'b',
  г: 'r',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ζ: 'z',
  η: 'h',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
  ω: 'w',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu');

/**
 * The normalized company name (the DOMAIN's rule): NFKC, invisible and format characters removed,
 * case and width folded, spaces, punctuation and symbols removed, Cyrillic/Greek look-alikes read
 * as Latin. "上海 Acme 物流有限公司" = "上海ＡＣＭＥ物流有限公司" = "上海 Ac\u00ADme 物流有限公司".
 */
export function normalizeCustomerName(name: string): string {
  return foldCase(visibleForm(name))
    .replace(INVISIBLE, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(LOOKALIKE, (c) => LATIN_LOOKALIKES[c]);
}

/** The uniqueness key of a company name: SHA-256 hex of its normalized form (collation-proof). */
export function customerNameKey(name: string): string {
  return createHash('sha256').update(normalizeCustomerName(name), 'utf8').digest('hex');
}

/**
 * The alphabets whose letters are confused with each other. A name may use letters of at most
 * one of them (with Han, kana, Hangul and digits as it likes): "Aсme" with a Cyrillic "с" is
 * refused rather than guessed at, since no company writes its Latin name half in Cyrillic.
 */
const CONFUSABLE_SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/** The confusable alphabets a name mixes (empty or one: fine; two or more: refuse). */
export function mixedScripts(name: string): string[] {
  const visible = visibleForm(name);
  return CONFUSABLE_SCRIPTS.filter(([, pattern]) => pattern.test(visible)).map(([script]) => script);
}

/**
 * Unified social credit code: 18 characters, NFKC (full width), invisible characters and spaces removed, upper-cased.
 */
export function normalizeCreditCode(code: string): string {
  return visibleForm(code).replace(/\s+/g, '').toUpperCase();
}
