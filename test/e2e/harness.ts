import { after, before } from "node:test";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
export const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");

/** Uncaught errors in any page; each test checks that none happened. */
export const pageErrors: string[] = [];

export interface RunningServer {
  url: string;
  /** Where the server writes its e-mails (.eml files; no SMTP_URL). */
  mailDir: string;
  /** The server's SQLite file (a test may age a booking into the past, as time would). */
  dbFile: string;
  stop(): Promise<void>;
}

/** Starts the built server (dist/) on a fresh temporary SQLite database with the demo data. */
export async function startServer(port = Number(process.env.E2E_PORT ?? 4150)): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "equipment-share-e2e-"));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "dist/app/server/main.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `sqlite:${path.join(dir, "e2e.sqlite")}`, SEED_DEMO: "true", LOG_LEVEL: "error", NODE_ENV: "development", MAIL_DIR: path.join(dir, "mail"), UPLOAD_DIR: path.join(dir, "uploads"), NOTIFY_INTERVAL_MS: "200" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      if (attempt > 120) throw new Error("server did not start within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    mailDir: path.join(dir, "mail"),
    dbFile: path.join(dir, "e2e.sqlite"),
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** A fresh browser profile with the given language and zone (`touch`: a phone with touch events); page errors fail loudly. */
export async function newPage(browser: Browser, options: { locale?: string; timezoneId?: string; mobile?: boolean; touch?: boolean; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? "en-US",
    timezoneId: options.timezoneId ?? "Asia/Tokyo",
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    deviceScaleFactor: 1,
    // A phone: touch events and the mobile viewport meta tag, as on a real one.
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    // Only for injecting test tools (axe-core) as an inline script; the app's own CSP stays as served.
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Saves docs/screenshots/<name>.png: the whole page, what the viewport shows, or one part (e.g. the booking form beside the calendar). */
export async function screenshot(page: Page, name: string, part?: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Sticky header and panels would be painted mid-image when the page is captured whole.
  const unstick = await page.addStyleTag({ content: ".site-header, .booking-panel, .booking-calendar, .workspace-nav, .schedule-side, .editor-layout aside, .sticky-footer { position: static !important; } .booking-panel { max-height: none !important; }" });
  await page.evaluate("document.fonts.ready.then(() => window.scrollTo(0, 0))");
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (part === "viewport") await page.screenshot({ path: file });
  else if (part) await page.locator(part).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  await unstick.evaluate((style) => style.remove());
}

/** Signs in through the API (as a script would) and returns a bearer token. */
export async function apiLogin(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password: "demo-password" }) });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * The server (on E2E_PORT + `portOffset`, one port per test file so files can run side by side) and the browser a
 * test file uses: started before its tests, stopped after them.
 */
export function useServerAndBrowser(portOffset: number): { server: RunningServer; browser: Browser } {
  const e2e = {} as { server: RunningServer; browser: Browser };
  before(async () => {
    e2e.server = await startServer(Number(process.env.E2E_PORT ?? 4150) + portOffset);
    e2e.browser = await launchBrowser();
  });
  after(async () => {
    await e2e.browser?.close();
    await e2e.server?.stop();
  });
  return e2e;
}

/** Signs in through the login page with a demo account and waits until the header shows the session. */
export async function signIn(page: Page, serverUrl: string, email: string): Promise<void> {
  await page.goto(`${serverUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** A fresh page signed in as a demo account (the sign-in form in English), then shown in `language`; axe may be injected. */
export async function signedInPage(browser: Browser, serverUrl: string, email: string, language: "en" | "ja"): Promise<Page> {
  const { page } = await newPage(browser, { bypassCSP: true });
  await signIn(page, serverUrl, email);
  if (language === "ja") await page.getByRole("button", { name: "日本語" }).click();
  return page;
}
