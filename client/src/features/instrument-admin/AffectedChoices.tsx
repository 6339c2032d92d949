import { DateTime } from "luxon";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type ReservationSummary } from "../../../../shared";
import { AffectedList } from "../../ui/AffectedList";
import { WS } from "../../i18n/workspace";

export type AffectedChoice = { onAffected: "cancel"; notice: string } | { onAffected: "keep" } | { openingHoursFrom: string };

/** The day after the last stranded booking, in the instrument's zone: the earliest date new hours can start without it. */
export function dayAfterLast(items: ReservationSummary[], zone: string): string {
  const last = Math.max(...items.map((r) => Date.parse(r.end)));
  return DateTime.fromMillis(last, { zone }).plus({ days: 1 }).toISODate()!;
}

/**
 * Bookings a change would strand (each a link) and what to do about them: cancel them with a notice to the
 * companies, keep them as exceptions, or make the change from a later date.
 */
export function AffectedChoices({ items, zone, language, pending, onChoose }: {
  items: ReservationSummary[]; zone: string; language: string; pending: boolean; onChoose: (choice: AffectedChoice) => void;
}) {
  const { t } = useTranslation(WS);
  const [notice, setNotice] = useState("");
  const [from, setFrom] = useState(dayAfterLast(items, zone));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="affected-choices" aria-labelledby="affected-title" data-testid="affected-choices">
      <h2 id="affected-title" tabIndex={-1} ref={heading}>{t("editor.affected.title", { count: items.length })}</h2>
      <AffectedList items={items} zone={zone} language={language} />
      <div className="affected-choice">
        <label htmlFor="affected-notice">{t("editor.affected.notice")}</label>
        <textarea id="affected-notice" rows={2} maxLength={LIMITS.reasonMaxLength} value={notice} onChange={(e) => setNotice(e.target.value)} />
        <button type="button" className="button button-danger-outline button-small" disabled={pending || notice.trim() === ""} onClick={() => onChoose({ onAffected: "cancel", notice: notice.trim() })}>
          {t("editor.affected.cancel", { count: items.length })}
        </button>
      </div>
      <div className="affected-choice">
        <p className="muted small">{t("editor.affected.keepHint")}</p>
        <button type="button" className="button button-secondary button-small" disabled={pending} onClick={() => onChoose({ onAffected: "keep" })}>{t("editor.affected.keep")}</button>
      </div>
      <div className="affected-choice">
        <label htmlFor="affected-from">{t("editor.affected.from")}</label>
        <input id="affected-from" type="date" min={dayAfterLast(items, zone)} value={from} onChange={(e) => setFrom(e.target.value)} />
        <button type="button" className="button button-secondary button-small" disabled={pending || !from} onClick={() => onChoose({ openingHoursFrom: from })}>{t("editor.affected.later")}</button>
      </div>
    </section>
  );
}
