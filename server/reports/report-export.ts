import { csvText } from "../platform/csv";
import type { ReportTable } from "./report-tables";

/** RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheet programs read Japanese text correctly. */
export function toCsv(table: ReportTable): Buffer {
  return Buffer.from(csvText([table.columns, ...table.rows]), "utf8");
}

/** One worksheet: the title, the headings (bold, frozen) and the rows; empty cells where a measure is not available. */
export async function toXlsx(table: ReportTable): Promise<Buffer> {
  // Loaded on the first Excel download, not at start: the library takes a second or two to load.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "equipment-share";
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, " "));
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  const heading = sheet.addRow(table.columns);
  heading.font = { bold: true };
  heading.alignment = { wrapText: true, vertical: "top" };
  for (const row of table.rows) sheet.addRow(row.map((value) => value ?? undefined));
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
  sheet.columns.forEach((column, index) => (column.width = index === 0 ? 32 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
