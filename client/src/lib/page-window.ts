/** Page numbers to offer around the current one, with null for a gap: 1 … 4 5 [6] 7 8 … 500. */
export function pageWindow(current: number, last: number, spread = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= last; page++) {
    if (page === 1 || page === last || Math.abs(page - current) <= spread) pages.push(page);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}
