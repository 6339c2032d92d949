/**
 * Japanese corporate numbers (法人番号) and qualified-invoice registration numbers (適格請求書発行事業者登録番号).
 *
 * A corporate number has 13 digits; the first is a check digit over the other twelve (National Tax Agency rule):
 * check = 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the twelve, Qn = 1 when n is odd and 2
 * when n is even. A registration number is "T" followed by 13 digits with the same check digit (for a corporation,
 * its corporate number; sole proprietors get a number from the same scheme).
 */
export function isCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number(value[0]) === checkDigitOf(value.slice(1));
}

/** `T` + 13 digits whose check digit holds, e.g. T7000012050002. */
export function isRegistrationNumber(value: string): boolean {
  return /^T\d{13}$/.test(value) && isCorporateNumber(value.slice(1));
}

/** The check digit of a twelve-digit base number. */
export function checkDigitOf(base: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}
