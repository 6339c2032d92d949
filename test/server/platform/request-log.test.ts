import { Writable } from "node:stream";
import pino from "pino";
import { createTestApp, type TestApp } from "../../helpers/test-app";

interface Line {
  level: number;
  msg: string;
  req: { id: number; method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
}

async function withLog(level: string, run: (t: TestApp, lines: () => Line[]) => Promise<void>): Promise<void> {
  const chunks: string[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  const t = await createTestApp({ logger: pino({ level }, sink) });
  try {
    await run(t, () => chunks.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Line));
  } finally {
    await t.close();
  }
}

test("one line per request: id, method, URL, status and time; 4xx at warn; no headers or bodies; probes left out", async () => {
  await withLog("info", async (t, lines) => {
    const member = await t.make.companyMember();
    const token = await t.login(member.email);
    await t.http.get("/api/instruments?q=sem").set("authorization", `Bearer ${token}`);
    await t.http.get("/api/instruments/987654321");
    await t.http.get("/api/health");
    await t.http.get("/api/ready");

    const requests = lines().filter((line) => line.req);
    expect(requests.map((line) => [line.level, line.req.method, line.req.url, line.res.statusCode])).toEqual([
      [30, "POST", "/api/auth/login", 200],
      [30, "GET", "/api/instruments?q=sem", 200],
      [40, "GET", "/api/instruments/987654321", 404],
    ]);
    expect(new Set(requests.map((line) => line.req.id)).size).toBe(3);
    for (const line of requests) {
      expect(line.msg).toBe("request completed");
      expect(line.responseTime).toBeGreaterThanOrEqual(0);
    }
    const text = JSON.stringify(lines());
    expect(text).not.toContain(token);
    expect(text).not.toContain("password");
  });
});

test("at warn, successful requests write nothing and failed ones still do", async () => {
  await withLog("warn", async (t, lines) => {
    await t.http.get("/api/institutions");
    await t.http.post("/api/reservations").send({});
    expect(lines().map((line) => [line.level, line.req.url, line.res.statusCode])).toEqual([[40, "/api/reservations", 401]]);
  });
});
