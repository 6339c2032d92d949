import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { InvoiceView } from "../../../shared/schemas/billing";
import { PartialCreditForm } from "../../../client/src/features/billing/PartialCreditForm";
import { renderWithApp } from "../render";

const line = { quantity: 1, unit: "item", unitPrice: 0, taxRate: 10, taxCategory: "standard" as const, transactionDate: "2026-11-10" };
const invoice: InvoiceView = {
  id: 41, institutionId: 4, kind: "invoice", number: "TASU-2026-000041", status: "issued", month: "2026-11", issueDate: "2026-12-01", dueDate: "2026-12-31",
  paid: false, paidAt: null, creditOf: null, creditedBy: null, creditNotes: [{ id: 50, number: "TASU-2026-000050", total: 1100 }], remaining: 14300,
  issuer: { name: "Tohoku Advanced Science University", registrationNumber: "T1234567890123" }, recipient: { companyId: 1, name: "Aoba Precision" }, taxRounding: "floor",
  lines: [
    { ...line, description: "FE-SEM", unitPrice: 12000, amount: 12000, credited: 1000 },
    { ...line, description: "Staff operation", unitPrice: 4000, amount: 4000, credited: 4000 },
    { ...line, description: "Liquid nitrogen", unitPrice: 2000, amount: 2000, credited: 0 },
  ],
  taxes: [{ rate: 10, category: "standard", taxableAmount: 18000, tax: 1800 }], subtotal: 18000, tax: 1800, total: 19800,
};
const note = { ...invoice, id: 51, kind: "credit_note" as const, number: "TASU-2026-000051", creditOf: { id: 41, number: "TASU-2026-000041" }, creditNotes: [] };

describe("PartialCreditForm", () => {
  afterEach(() => Reflect.deleteProperty(globalThis, "fetch"));

  it("offers only the lines with something left to credit, each up to what is left", () => {
    renderWithApp(<PartialCreditForm invoice={invoice} onCreated={() => undefined} />);
    expect(screen.getAllByRole("checkbox").map((box) => box.closest("label")!.textContent)).toEqual([" FE-SEM (¥11,000 left)", " Liquid nitrogen (¥2,000 left)"]);
    const amount = screen.getByLabelText("Amount to credit for FE-SEM") as HTMLInputElement;
    expect([amount.value, amount.max, amount.disabled]).toEqual(["11000", "11000", true]);
  });

  it("sends nothing until a line is chosen", () => {
    const fetch = jest.fn();
    Object.assign(globalThis, { fetch });
    renderWithApp(<PartialCreditForm invoice={invoice} onCreated={() => undefined} />);
    fireEvent.change(screen.getByLabelText("Reason for the credit note"), { target: { value: "Wrong rate" } });
    fireEvent.click(screen.getByRole("button", { name: "Issue credit note" }));
    expect(screen.getByText("Choose at least one line.")).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("credits the chosen lines by the amounts given (by position) and opens the credit note", async () => {
    const fetch = jest.fn(async (_url: string, _init: RequestInit) => ({ ok: true, status: 201, json: async () => ({ invoice: note }) }));
    Object.assign(globalThis, { fetch });
    const onCreated = jest.fn();
    renderWithApp(<PartialCreditForm invoice={invoice} onCreated={onCreated} />, { language: "ja" });
    fireEvent.click(screen.getByLabelText(/FE-SEM \(残り/));
    fireEvent.change(screen.getByLabelText("FE-SEMの返還額"), { target: { value: "3000" } });
    fireEvent.click(screen.getByLabelText(/Liquid nitrogen \(残り/));
    fireEvent.change(screen.getByLabelText("返還インボイス（取消）の理由"), { target: { value: "単価の誤り" } });
    fireEvent.click(screen.getByRole("button", { name: "返還インボイスを発行" }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(51));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toMatch(/\/api\/invoices\/41\/credit-note(\?|$)/);
    expect(JSON.parse(String(init.body))).toEqual({ reason: "単価の誤り", lines: [{ position: 0, amount: 3000 }, { position: 2, amount: 2000 }] });
  });
});
