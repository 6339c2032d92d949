import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
// First: sets up i18next, which the desk's texts register with when imported.
import { renderWithApp } from "../render";
import { FilePicker } from "../../../client/src/features/consultations/ConsultationFiles";
import { LIMITS } from "../../../shared/limits";

function Harness({ label }: { label: string }) {
  const [files, setFiles] = useState<File[]>([]);
  return <FilePicker files={files} onChange={setFiles} label={label} />;
}

/** A PDF that says it is larger than the limit (its bytes are not read here). */
function hugePdf(): File {
  const file = new File(["%PDF-1.4"], "scan.pdf", { type: "application/pdf" });
  Object.defineProperty(file, "size", { value: LIMITS.attachmentMaxBytes + 1 });
  return file;
}

const choose = (input: HTMLElement, files: File[]) => fireEvent.change(input, { target: { files } });

describe("the consultation file picker", () => {
  it("names each file of the wrong type or too large before anything is sent, and ties the errors to the field (en)", () => {
    renderWithApp(<Harness label="Attach files" />);
    const input = screen.getByLabelText("Attach files");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    choose(input, [new File(["notes"], "notes.txt", { type: "text/plain" }), hugePdf(), new File(["%PDF-1.4"], "ok.pdf", { type: "application/pdf" })]);
    expect(screen.getByText("notes.txt is not a PDF, PNG, JPEG or WebP file.")).toBeTruthy();
    expect(screen.getByText("scan.pdf is larger than 20 MB.")).toBeTruthy();
    expect(screen.queryByText(/ok\.pdf/)).toBeNull();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
    expect(described.join(" ")).toContain("scan.pdf is larger than 20 MB.");
    choose(input, [new File(["%PDF-1.4"], "ok.pdf", { type: "application/pdf" })]);
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("says the same in Japanese", () => {
    renderWithApp(<Harness label="ファイルを添付" />, { language: "ja" });
    choose(screen.getByLabelText("ファイルを添付"), [new File(["notes"], "notes.txt", { type: "text/plain" }), hugePdf()]);
    expect(screen.getByText("notes.txt は PDF・PNG・JPEG・WebP のファイルではありません。")).toBeTruthy();
    expect(screen.getByText("scan.pdf は 20 MB を超えています。")).toBeTruthy();
    expect(screen.getByText(/1ファイル 20 MB まで、1件の相談につき 20 個まで/)).toBeTruthy();
  });
});
