import type { Reservation } from "../../shared";

/** A reservation as the API presents it, for tests of the screens that act on one. */
export function reservationFixture(fields: Partial<Reservation> = {}): Reservation {
  const start = "2030-06-27T00:00:00.000Z";
  return {
    id: 42, instrumentId: 3, instrument: { id: 3, name: "XRD", nameJa: "X線回折装置", nameEn: "XRD", institutionId: 1 }, companyId: 1, company: { id: 1, name: "Aoba Precision", customerType: "sme", verification: "verified", contactName: "Ken Sato", contactEmail: "contact@aoba.example", contactPhone: "022-000-5100" },
    userId: 1, booker: { id: 1, name: "Ken Sato", email: "ken@aoba.example" }, enteredBy: null, start, end: "2030-06-27T02:00:00.000Z", status: "confirmed", purpose: "Phase analysis", sampleDescription: "", hazardDeclaration: "none",
    assistance: { type: "operation", note: "", status: "assigned", staff: { id: 2, name: "Kita" } }, assignedStaffId: 2, priceEstimateYen: 10000, quoteId: null, priceProvisional: false, pendingReason: null, revision: 1,
    cancellationReason: null, decisionReason: null, session: null, createdAt: start, updatedAt: start, ...fields,
  };
}

/** jsdom has no fetch: every call gets `answer(path, method)`; the calls are recorded. */
export function serveJson(answer: (path: string, method: string) => { status: number; body: unknown }) {
  const calls: string[] = [];
  Object.assign(globalThis, {
    fetch: jest.fn(async (url: string, init: RequestInit = {}) => {
      const path = url.split("?")[0];
      const method = init.method ?? "GET";
      calls.push(`${method} ${path}`);
      const { status, body } = answer(path, method);
      return { ok: status < 400, status, json: async () => body };
    }),
  });
  return calls;
}
