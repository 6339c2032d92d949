import type { EntityManager } from "typeorm";
import PDFDocument from "pdfkit";
import { recordConsultationAttachment, type StoredFile } from "../consultations";
import { UploadStore, randomName } from "../files";
import { Consultation, ConsultationMessage, User } from "../platform/db/entities";

const CONSULTATION = "樹脂部品の内部の空隙を調べたい";
const FILE_NAME = "part-drawing.pdf";

/** A one-page drawing of the moulded part (outline and dimensions), drawn here with pdfkit's built-in font. */
function partDrawing(): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: "Moulded part: outline", Producer: "equipment-share demo" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.fontSize(18).text("Injection-moulded housing, part no. MH-80");
  doc.fontSize(11).moveDown().text("Outline for X-ray CT: 80 mm x 40 mm x 20 mm, PA66-GF30. Suspected voids near the boss (circled).");
  doc.rect(120, 220, 320, 160).lineWidth(2).stroke();
  doc.circle(380, 300, 28).dash(4, { space: 4 }).stroke().undash();
  doc.fontSize(10).text("80 mm", 260, 390).text("40 mm", 450, 295);
  doc.end();
  return done;
}

/** Writes the demo's consultation file into the upload directory; answers what to record. */
export async function demoConsultationFile(uploadDir: string): Promise<StoredFile> {
  const store = new UploadStore(uploadDir);
  const bytes = await partDrawing();
  const storedName = randomName();
  await store.save(store.attachmentPath(storedName), bytes);
  return { storedName, fileName: FILE_NAME, contentType: "application/pdf", sizeBytes: bytes.length };
}

/** The company's reply in the X-ray CT consultation carries the drawing, recorded through the desk like an upload. */
export async function seedConsultationFile(em: EntityManager, file: StoredFile): Promise<void> {
  const consultation = await em.getRepository(Consultation).findOneByOrFail({ summary: CONSULTATION });
  const author = await em.getRepository(User).findOneByOrFail({ id: consultation.createdById });
  const reply = await em.getRepository(ConsultationMessage).findOneOrFail({ where: { consultationId: consultation.id, authorUserId: author.id }, order: { id: "DESC" } });
  await recordConsultationAttachment(em, { user: author, staffMemberId: null }, consultation.id, file, reply.id);
}
