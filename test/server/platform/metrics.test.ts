import { createTestApp, type TestApp } from "../../helpers/test-app";

const TOKEN = "metrics-token-for-tests-0123456789";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { metricsToken: TOKEN } });
});
afterAll(() => t.close());

test("Prometheus metrics: requests by route pattern and status, never by raw URL, to the metrics token only", async () => {
  const institution = await t.make.institution();
  const instrument = await t.make.instrument(institution);
  expect((await t.http.get(`/api/instruments/${instrument.id}`)).status).toBe(200);
  expect((await t.http.get("/api/instruments/987654321")).status).toBe(404);
  expect((await t.http.get("/api/reservations")).status).toBe(401);

  expect((await t.http.get("/metrics")).status).toBe(401);
  const wrong = await t.http.get("/metrics").set("authorization", "Bearer not-the-token");
  expect(wrong.status).toBe(401);
  expect(wrong.body.error.code).toBe("unauthenticated");

  const res = await t.http.get("/metrics").set("authorization", `Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  expect(res.headers["content-type"]).toMatch(/^text\/plain/);
  expect(res.text).toMatch(/^http_requests_total\{method="GET",route="\/api\/instruments\/:id",status="200"\} 1$/m);
  expect(res.text).toMatch(/^http_requests_total\{method="GET",route="\/api\/instruments\/:id",status="404"\} 1$/m);
  expect(res.text).toMatch(/^http_request_duration_seconds_count\{method="GET",route="\/api\/instruments\/:id",status="200"\} 1$/m);
  expect(res.text).toMatch(/^http_requests_total\{method="GET",route="\/api\/reservations",status="401"\} 1$/m);
  expect(res.text).toContain("process_cpu_user_seconds_total");
  expect(res.text).not.toContain(`/api/instruments/${instrument.id}`);
  expect(res.text).not.toContain("/api/instruments/987654321");
  if (t.db.dialect === "postgres") expect(res.text).toMatch(/^db_pool_connections\{state="total"\} \d+$/m);
});

test("without METRICS_TOKEN there are no metrics to read", async () => {
  const plain = await createTestApp();
  try {
    const res = await plain.http.get("/metrics").set("authorization", `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  } finally {
    await plain.close();
  }
});
