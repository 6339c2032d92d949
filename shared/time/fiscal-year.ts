/** The Japanese fiscal year (April–March, named by the year it starts in) a local date "yyyy-MM-dd" falls in: 2027-03-31 → 2026, 2027-04-01 → 2027. */
export function fiscalYearOf(localDate: string): number {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}
