import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { formatTime } from "../../lib/format";
import { WS } from "../../i18n/workspace";
import { scheduleKeys } from "../../api/query-keys";

/** What is still ahead today, in order, so a glance tells the next instrument, company and sample. */
export function TodayList({ staffId, onOpen }: { staffId: number; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage ?? "ja";
  const today = useQuery({ queryKey: scheduleKeys.today(staffId, language), queryFn: () => workspaceApi.today(staffId), refetchInterval: 5 * 60_000 });
  return (
    <section className="card today" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title">{t("schedule.today")}</h2>
      {today.isError && <Alert kind="error">{errorMessage(today.error, t)}</Alert>}
      {today.data && today.data.items.length === 0 && <p className="muted">{t("schedule.nothingToday")}</p>}
      <ol className="today-list">
        {today.data?.items.map((r) => (
          <li key={r.id} className={r.assignedToMe ? "today-mine" : undefined}>
            <button type="button" className="today-item" onClick={() => onOpen(r.id)}>
              <span className="today-time">{formatTime(r.start, today.data.timezone, language)}–{formatTime(r.end, today.data.timezone, language)}</span>
              <span className="today-company">{r.company.name}</span>
              <span className="muted small">{r.instrument.name} · {t(`assistanceTypes.${r.assistance.type}`)}{r.assignedToMe ? ` · ${t("schedule.mine")}` : ""}</span>
              {r.sampleDescription && <span className="small">{t("details.samples")}: {r.sampleDescription}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
