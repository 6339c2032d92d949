import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** Who looks at the pages: signed out, and one demo account of each role. */
export const VIEWERS = {
  signedOut: null,
  companyMember: "sme-member1@demo.example",
  companyAdmin: "sme@demo.example",
  staff: "staff@demo.example",
  institutionAdmin: "facility-admin@demo.example",
  coordinator: "coordinator@demo.example",
} as const;
export type Viewer = keyof typeof VIEWERS;

const COMPANY: Viewer[] = ["companyMember", "companyAdmin"];
const SIGNED_IN: Viewer[] = ["companyMember", "companyAdmin", "staff", "institutionAdmin", "coordinator"];
const EVERYONE: Viewer[] = ["signedOut", ...SIGNED_IN];
const FACILITY: Viewer[] = ["institutionAdmin", "coordinator"];
const WORKSPACE: Viewer[] = ["staff", ...FACILITY];

/** Where a page with an id in its path finds one: the first link of that kind on a list page, else a default. */
export interface LinkFrom {
  list: Partial<Record<Viewer, string>>;
  prefix: string;
  fallback: string;
}

export interface PageVisit {
  viewers: Viewer[];
  url: string | LinkFrom;
}

/**
 * Every route of the client router (client/src/app/routes.tsx) and who can open it. The a11y e2e visits each with
 * axe-core; a route missing here fails the test (see routesOfRouter), so a new page is checked from its first day.
 */
export const PAGES: Record<string, PageVisit> = {
  "/": { viewers: EVERYONE, url: "/" },
  "/instruments/:id": { viewers: EVERYONE, url: "/instruments/1" },
  "/directory": { viewers: EVERYONE, url: "/directory" },
  "/directory/:id": {
    viewers: EVERYONE,
    url: { list: { signedOut: "/directory", companyMember: "/directory", companyAdmin: "/directory", staff: "/directory", institutionAdmin: "/directory", coordinator: "/directory" }, prefix: "/directory/", fallback: "/directory/1" },
  },
  "/reservations": { viewers: COMPANY, url: "/reservations" },
  "/reservations/:id": {
    viewers: [...COMPANY, "staff", "institutionAdmin"],
    url: { list: { companyMember: "/reservations", companyAdmin: "/reservations", staff: "/workspace/approvals", institutionAdmin: "/workspace/approvals" }, prefix: "/reservations/", fallback: "/reservations/1" },
  },
  "/login": { viewers: ["signedOut"], url: "/login" },
  "/signup": { viewers: ["signedOut"], url: "/signup" },
  "/account/password": { viewers: SIGNED_IN, url: "/account/password" },
  "/calendar-feeds": { viewers: SIGNED_IN, url: "/calendar-feeds" },
  "/notifications": { viewers: SIGNED_IN, url: "/notifications" },
  "/settings/notifications": { viewers: SIGNED_IN, url: "/settings/notifications" },
  "/billing": { viewers: COMPANY, url: "/billing" },
  "/invoices/:id": {
    viewers: ["companyAdmin", "institutionAdmin"],
    url: { list: { companyAdmin: "/billing", institutionAdmin: "/workspace/invoices" }, prefix: "/invoices/", fallback: "/invoices/1" },
  },
  "/company/members": { viewers: COMPANY, url: "/company/members" },
  "/invite/:token": { viewers: ["signedOut"], url: "/invite/not-a-real-token" },
  "/companies/:id": {
    viewers: [...COMPANY, ...FACILITY],
    url: { list: { companyMember: "/", companyAdmin: "/", institutionAdmin: "/workspace/companies", coordinator: "/workspace/companies" }, prefix: "/companies/", fallback: "/companies/1" },
  },
  "/terms": { viewers: EVERYONE, url: "/terms" },
  "/consultations": { viewers: SIGNED_IN, url: "/consultations" },
  "/consultations/new": { viewers: COMPANY, url: "/consultations/new?q=residual%20stress" },
  "/consultations/:id": {
    viewers: SIGNED_IN,
    url: { list: { companyMember: "/consultations", companyAdmin: "/consultations", staff: "/consultations", institutionAdmin: "/consultations", coordinator: "/consultations" }, prefix: "/consultations/", fallback: "/consultations/1" },
  },
  "/consultations/:id/quotes": { viewers: ["companyAdmin", "staff", "institutionAdmin", "coordinator"], url: "/consultations/2/quotes" },
  "/workspace": { viewers: WORKSPACE, url: "/workspace" },
  "/workspace/schedule": { viewers: ["staff"], url: "/workspace/schedule" },
  "/workspace/hours": { viewers: ["staff"], url: "/workspace/hours" },
  "/workspace/approvals": { viewers: WORKSPACE, url: "/workspace/approvals" },
  "/workspace/requests": { viewers: WORKSPACE, url: "/workspace/requests" },
  "/workspace/qualifications": { viewers: WORKSPACE, url: "/workspace/qualifications" },
  "/workspace/instruments": { viewers: FACILITY, url: "/workspace/instruments" },
  "/workspace/instruments/:id": {
    viewers: ["institutionAdmin"],
    url: { list: { institutionAdmin: "/workspace/instruments" }, prefix: "/workspace/instruments/", fallback: "/workspace/instruments/1" },
  },
  "/workspace/capabilities": { viewers: FACILITY, url: "/workspace/capabilities" },
  "/workspace/capabilities/:id": {
    viewers: FACILITY,
    url: { list: { institutionAdmin: "/workspace/capabilities", coordinator: "/workspace/capabilities" }, prefix: "/workspace/capabilities/", fallback: "/workspace/capabilities/new" },
  },
  "/workspace/maintenance": { viewers: FACILITY, url: "/workspace/maintenance" },
  "/workspace/staff": { viewers: FACILITY, url: "/workspace/staff" },
  "/workspace/audit": { viewers: FACILITY, url: "/workspace/audit" },
  "/workspace/accounts": { viewers: FACILITY, url: "/workspace/accounts" },
  "/workspace/charges": { viewers: WORKSPACE, url: "/workspace/charges" },
  "/workspace/invoices": { viewers: FACILITY, url: "/workspace/invoices" },
  "/workspace/dashboard": { viewers: ["coordinator"], url: "/workspace/dashboard" },
  "/workspace/reports": { viewers: FACILITY, url: "/workspace/reports" },
  "/workspace/programme": { viewers: FACILITY, url: "/workspace/programme" },
  "/workspace/calendar": { viewers: ["staff", "institutionAdmin"], url: "/workspace/calendar" },
  "/workspace/institutions": { viewers: FACILITY, url: "/workspace/institutions" },
  "/workspace/institutions/:id": {
    viewers: FACILITY,
    url: { list: { institutionAdmin: "/workspace/institutions", coordinator: "/workspace/institutions" }, prefix: "/workspace/institutions/", fallback: "/workspace/institutions/1" },
  },
  "/workspace/companies": { viewers: FACILITY, url: "/workspace/companies" },
  "/workspace/terms": { viewers: ["coordinator"], url: "/workspace/terms" },
  "/workspace/search": { viewers: ["coordinator"], url: "/workspace/search" },
  "*": { viewers: EVERYONE, url: "/no-such-page" },
};

/**
 * The paths the client router declares. A child route's relative path is joined to its parent's, the last absolute
 * path declared on a line of its own (a route whose object spans lines: the one with `children`).
 */
export function routesOfRouter(): string[] {
  const source = fs.readFileSync(path.resolve(__dirname, "../../client/src/app/routes.tsx"), "utf8");
  const routes: string[] = [];
  let parent = "";
  for (const line of source.split("\n")) {
    const found = /path: "([^"]+)"/.exec(line);
    if (!found) continue;
    const own = found[1];
    if (own.startsWith("/") || own === "*") {
      routes.push(own);
      if (!line.includes("element")) parent = own;
    } else routes.push(`${parent}/${own}`);
  }
  return routes;
}

/** The concrete address of a page for a viewer. */
export async function addressOf(page: Page, baseUrl: string, visit: PageVisit, viewer: Viewer): Promise<string> {
  if (typeof visit.url === "string") return visit.url;
  const list = visit.url.list[viewer];
  if (!list) return visit.url.fallback;
  await page.goto(`${baseUrl}${list}`);
  const link = page.locator(`a[href^="${visit.url.prefix}"]`).first();
  try {
    await link.waitFor({ timeout: 8000 });
    return (await link.getAttribute("href")) ?? visit.url.fallback;
  } catch {
    return visit.url.fallback;
  }
}
