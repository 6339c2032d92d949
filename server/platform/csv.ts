/** A CSV cell: empty for null. */
export type CsvCell = string | number | null;

function cell(value: CsvCell): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled) in UTF-8 with a byte order mark, so spreadsheet programs such as
 * Excel read Japanese text as UTF-8.
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
