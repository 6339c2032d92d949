import { Router } from "express";
import type { Locale } from "../../shared/enums";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { listMailbox, readMessage, type MailboxEntry, type MailboxMessage } from "./dev-mailbox";
import { escapeHtml } from "./templates";

const WORDS = {
  en: { title: "Development mailbox", intro: "E-mails written to", none: "No e-mails yet.", subject: "Subject", to: "To", when: "Time", from: "From", back: "All e-mails", text: "Text", html: "HTML", invite: "Calendar invitation" },
  ja: { title: "開発用メールボックス", intro: "メールの保存先：", none: "まだメールはありません。", subject: "件名", to: "宛先", when: "日時", from: "差出人", back: "メール一覧", text: "テキスト", html: "HTML", invite: "カレンダー招待" },
};

/**
 * `/dev/mail`: the .eml files the mailer wrote to MAIL_DIR (no SMTP_URL), listed and shown, so the whole flow can
 * be seen without a mail server. Mounted only outside production (server/app.ts). A message's HTML is shown in a
 * sandboxed frame (no scripts, no same origin); everything else is escaped text.
 */
export function devMailboxRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const locale = requestLocale(req);
    res.type("html").send(page(locale, WORDS[locale].title, listBody(locale, ctx.config.mailDir, await listMailbox(ctx.config.mailDir))));
  });
  router.get("/:name", async (req, res) => {
    const locale = requestLocale(req);
    const message = await readMessage(ctx.config.mailDir, req.params.name);
    if (!message) {
      res.status(404).type("html").send(page(locale, "404", `<p><a href="/dev/mail">${WORDS[locale].back}</a></p>`));
      return;
    }
    res.type("html").send(page(locale, message.subject, messageBody(locale, message)));
  });
  return router;
}

const when = (date: Date, locale: Locale) => date.toLocaleString(locale === "ja" ? "ja-JP" : "en-GB", { timeZone: "Asia/Tokyo", dateStyle: "medium", timeStyle: "short" });

function listBody(locale: Locale, dir: string, entries: MailboxEntry[]): string {
  const w = WORDS[locale];
  if (entries.length === 0) return `<p>${w.intro} <code>${escapeHtml(dir)}</code></p><p>${w.none}</p>`;
  const rows = entries
    .map((e) => `<tr><td><a href="/dev/mail/${encodeURIComponent(e.name)}?lang=${locale}">${escapeHtml(e.subject)}</a></td><td>${escapeHtml(e.to)}</td><td>${escapeHtml(when(e.date, locale))}</td></tr>`)
    .join("");
  return `<p>${w.intro} <code>${escapeHtml(dir)}</code></p><table><thead><tr><th>${w.subject}</th><th>${w.to}</th><th>${w.when}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function messageBody(locale: Locale, m: MailboxMessage): string {
  const w = WORDS[locale];
  const facts = [[w.from, m.from], [w.to, m.to], [w.when, when(m.date, locale)], ...(m.calendarMethod ? [[w.invite, m.calendarMethod]] : [])]
    .map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`)
    .join("");
  const html = m.html === null ? "" : `<h2>${w.html}</h2><iframe title="${w.html}" sandbox="" srcdoc="${escapeHtml(m.html)}"></iframe>`;
  return `<p><a href="/dev/mail?lang=${locale}">← ${w.back}</a></p><dl>${facts}</dl><h2>${w.text}</h2><pre>${escapeHtml(m.text)}</pre>${html}`;
}

function page(locale: Locale, title: string, body: string): string {
  const style = "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2530}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d8dde4}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{color:#4a5462}pre{white-space:pre-wrap;background:#f5f7fa;padding:1rem;border-radius:6px}iframe{width:100%;height:24rem;border:1px solid #d8dde4;border-radius:6px}a{color:#0b5cad}";
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · ${WORDS[locale].title}</title><style>${style}</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
