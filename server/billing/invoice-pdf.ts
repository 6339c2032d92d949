import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import type { InvoiceView } from "../../shared/schemas/billing";
import { PDF_LABELS, type PdfLabels, type PdfLanguage } from "./invoice-pdf-labels";
import { longDate, monthLabel, quantityText, shortDate, yen } from "./invoice-pdf-format";

/** What a PDF invoice shows beyond the invoice itself: the issuer's address and its payment instructions. */
export interface PdfExtras {
  issuerAddress: string;
  paymentNote: string;
  language: PdfLanguage;
}

type Doc = InstanceType<typeof PDFDocument>;

const NOTO = "@expo-google-fonts/noto-sans-jp";
/** Noto Sans JP (OFL) from the project's npm dependencies, read once per process; pdfkit embeds only the glyphs used. */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function notoSansJp(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve(`${NOTO}/400Regular/NotoSansJP_400Regular.ttf`)),
    bold: readFileSync(require.resolve(`${NOTO}/700Bold/NotoSansJP_700Bold.ttf`)),
  };
  return fonts;
}

const MARGIN = 48;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - MARGIN;
const COLUMNS = [
  { key: "date", width: 64, align: "left" },
  { key: "description", width: 196, align: "left" },
  { key: "quantity", width: 62, align: "right" },
  { key: "unitPrice", width: 62, align: "right" },
  { key: "amount", width: 80, align: "right" },
  { key: "rate", width: 35, align: "right" },
] as const;

/** An invoice or credit note as an A4 PDF with Noto Sans JP subset into it; resolves to the file's bytes. */
export function renderInvoicePdf(invoice: InvoiceView, extras: PdfExtras): Promise<Buffer> {
  const labels = PDF_LABELS[extras.language];
  const { regular, bold } = notoSansJp();
  const credit = invoice.kind === "credit_note";
  const doc = new PDFDocument({
    size: "A4", margin: MARGIN, font: regular as unknown as string, lang: extras.language === "ja" ? "ja-JP" : "en",
    info: { Title: `${credit ? labels.creditTitle : labels.title} ${invoice.number ?? ""}`.trim(), Author: invoice.issuer.name, Producer: "equipment-share" },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  heading(doc, invoice, labels, extras.language);
  parties(doc, invoice, extras, labels);
  lines(doc, invoice, extras.language, labels);
  totals(doc, invoice, labels);
  footer(doc, invoice, extras, labels);
  doc.end();
  return done;
}

function heading(doc: Doc, invoice: InvoiceView, labels: PdfLabels, language: PdfLanguage): void {
  const credit = invoice.kind === "credit_note";
  const spaced = !credit && language === "ja";
  doc.font("bold").fontSize(20).text(credit ? labels.creditTitle : labels.title, MARGIN, MARGIN, { width: WIDTH, align: "center", characterSpacing: spaced ? 8 : 0 });
  if (invoice.status === "draft") doc.font("regular").fontSize(10).fillColor("#b00020").text(labels.draft, { width: WIDTH, align: "center" }).fillColor("black");
  doc.moveDown(1);
}

function parties(doc: Doc, invoice: InvoiceView, extras: PdfExtras, labels: PdfLabels): void {
  const top = doc.y;
  const left = WIDTH * 0.55;
  doc.font("bold").fontSize(14).text(labels.recipient(invoice.recipient.name), MARGIN, top, { width: left - 10 });
  doc.moveTo(MARGIN, doc.y + 2).lineTo(MARGIN + left - 10, doc.y + 2).lineWidth(0.8).stroke();
  doc.moveDown(0.8).font("regular").fontSize(10).text(invoice.kind === "credit_note" ? labels.credited : labels.billed, { width: left - 10 });
  if (invoice.creditOf?.number) doc.text(labels.creditOf(invoice.creditOf.number), { width: left - 10 });
  doc.moveDown(0.5);
  const boxY = doc.y;
  doc.rect(MARGIN, boxY, left - 10, 30).lineWidth(1).stroke();
  doc.font("regular").fontSize(10).text(`${labels.totalDue}${labels.taxIncluded}`, MARGIN + 8, boxY + 9);
  doc.font("bold").fontSize(15).text(yen(invoice.total), MARGIN, boxY + 6, { width: left - 18, align: "right" });
  const leftBottom = boxY + 30;

  const x = MARGIN + left;
  const meta: [string, string][] = [[labels.number, invoice.number ?? "—"], [labels.issueDate, longDate(invoice.issueDate, extras.language)]];
  if (invoice.kind === "invoice") meta.push([labels.dueDate, longDate(invoice.dueDate, extras.language)]);
  meta.push([labels.period, monthLabel(invoice.month, extras.language)]);
  doc.font("regular").fontSize(9).text("", x, top);
  for (const [label, value] of meta) doc.text(`${label}: ${value}`, x, doc.y, { width: WIDTH - left });
  doc.moveDown(0.6).font("bold").fontSize(11).text(invoice.issuer.name, { width: WIDTH - left });
  doc.font("regular").fontSize(9).text(`${labels.registration}: ${invoice.issuer.registrationNumber || "—"}`, { width: WIDTH - left });
  if (extras.issuerAddress) doc.text(extras.issuerAddress, { width: WIDTH - left });
  doc.y = Math.max(doc.y, leftBottom) + 18;
  doc.x = MARGIN;
}

function row(doc: Doc, cells: string[], font: "regular" | "bold"): void {
  doc.font(font).fontSize(8.5);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i].width - 6 }))) + 6;
  if (doc.y + height > BOTTOM) doc.addPage();
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.text(cell, x + 3, y + 3, { width: COLUMNS[i].width - 6, align: COLUMNS[i].align });
    x += COLUMNS[i].width;
  });
  doc.moveTo(MARGIN, y + height).lineTo(MARGIN + WIDTH, y + height).lineWidth(0.4).strokeColor("#888888").stroke().strokeColor("black");
  doc.y = y + height;
}

function lines(doc: Doc, invoice: InvoiceView, language: PdfLanguage, labels: PdfLabels): void {
  row(doc, COLUMNS.map((c) => labels.columns[c.key]), "bold");
  for (const line of invoice.lines) {
    const rate = line.taxCategory === "exempt" ? labels.exempt : `${line.taxRate}%${line.taxCategory === "reduced" ? " ※" : ""}`;
    row(doc, [shortDate(line.transactionDate, language), line.description, quantityText(line.quantity, line.unit, language), yen(line.unitPrice), yen(line.amount), rate], "regular");
  }
  if (invoice.lines.some((l) => l.taxCategory === "reduced")) doc.font("regular").fontSize(8).text(labels.reducedMark, MARGIN, doc.y + 3);
  doc.x = MARGIN;
  doc.moveDown(1);
}

function totals(doc: Doc, invoice: InvoiceView, labels: PdfLabels): void {
  const entries: [string, string, boolean][] = [];
  for (const t of invoice.taxes) {
    const base = t.category === "exempt" ? labels.exempt : labels.taxable(t.rate);
    entries.push([base, yen(t.taxableAmount), false]);
    if (t.category !== "exempt") entries.push([labels.taxOf(t.rate), yen(t.tax), false]);
  }
  entries.push([labels.subtotal, yen(invoice.subtotal), true], [labels.tax, yen(invoice.tax), true], [labels.total, yen(invoice.total), true]);
  const x = MARGIN + WIDTH * 0.45;
  const width = WIDTH * 0.55;
  if (doc.y + 18 * (entries.length + 1) > BOTTOM) doc.addPage();
  doc.font("bold").fontSize(10).text(labels.byRate, x, doc.y, { width });
  for (const [label, value, strong] of entries) {
    const y = doc.y + 2;
    doc.font(strong ? "bold" : "regular").fontSize(9.5).text(label, x, y, { width: width * 0.6 });
    doc.text(value, x + width * 0.6, y, { width: width * 0.4, align: "right" });
    doc.moveTo(x, doc.y + 1).lineTo(x + width, doc.y + 1).lineWidth(0.4).strokeColor("#888888").stroke().strokeColor("black");
  }
  doc.x = MARGIN;
}

function footer(doc: Doc, invoice: InvoiceView, extras: PdfExtras, labels: PdfLabels): void {
  doc.moveDown(1.2).font("regular").fontSize(8).text(labels.rounding[invoice.taxRounding], MARGIN, doc.y, { width: WIDTH });
  if (!extras.paymentNote || invoice.kind !== "invoice") return;
  doc.moveDown(0.8).font("bold").fontSize(10).text(labels.payment, { width: WIDTH });
  doc.font("regular").fontSize(9).text(`${labels.dueDate}: ${longDate(invoice.dueDate, extras.language)}`, { width: WIDTH });
  doc.text(extras.paymentNote, { width: WIDTH });
}
