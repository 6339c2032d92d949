import { API_OPERATIONS } from "../../../server/openapi/document";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route registered on the Express app, as "METHOD /api/path/{param}", found by walking the routers. */
function servedRoutes(stack: Layer[], prefix = ""): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const path = `${prefix}${layer.route.path}`.replace(/\/$/, "").replace(/:(\w+)/g, "{$1}");
      return Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${path}`);
    }
    if (layer.handle?.stack) return servedRoutes(layer.handle.stack, `${prefix}${layer.rawPath === "/" ? "" : layer.rawPath ?? ""}`);
    return [];
  });
}

test("GET /api/openapi.json is an OpenAPI 3 document generated from the shared schemas", async () => {
  const res = await t.http.get("/api/openapi.json");
  expect(res.status).toBe(200);
  expect(res.body.openapi).toMatch(/^3\./);
  expect(res.body.components.schemas.Reservation.properties.status.enum).toEqual(["pending", "confirmed", "rejected", "cancelled", "completed", "no_show"]);
  expect(res.body.components.schemas.CreateReservationRequest.required).toEqual(expect.arrayContaining(["instrumentId", "start", "end", "purpose"]));
  expect(res.body.paths["/api/reservations"].post.responses["409"]).toBeDefined();
  expect(res.body.paths["/api/instruments/{id}/availability"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["id", "from", "to"]));
});

test("every route the app serves is documented, and nothing documented is missing from the app", () => {
  const documented = API_OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort();
  // A route may appear twice: POST /api/reservations has its own sign-in step before the shared one (server/app.ts).
  const served = [...new Set(servedRoutes((t.app.router as unknown as { stack: Layer[] }).stack))].filter((r) => r !== "GET /api/openapi.json").sort();
  expect(served.length).toBeGreaterThan(10);
  expect(served).toEqual(documented);
});

test("catalogue items document why a search matched them", async () => {
  const res = await t.http.get("/api/openapi.json");
  const match = res.body.components.schemas.Instrument.properties.match;
  expect(match.properties.via.items.required).toEqual(expect.arrayContaining(["need", "technique", "techniqueId"]));
  expect(res.body.components.schemas.Instrument.required).not.toContain("match");
});
