import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Consultation } from "../../../../shared/schemas/consultations";
import { consultationsApi } from "../../api/consultations";
import { consultationKeys } from "../../api/query-keys";
import { CONSULT } from "../../i18n/consultations";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { formatDate } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { AdvicePanel, AssignPanel, ClosePanel, RoutePanel } from "./DeskPanels";
import { MeetingsPanel } from "./MeetingsPanel";
import { Thread } from "./Thread";
import { FileList } from "./ConsultationFiles";
import { QuotesPanel } from "../quotes";
import "../../ui/workspace.css";
import "./consultations.css";

export type Named = { nameJa: string; nameEn: string };

/** One request: what the company asked, where it stands, the thread, and what the reader may do next. */
export default function ConsultationPage() {
  const { t, i18n } = useTranslation(CONSULT);
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: consultationKeys.detail(id), queryFn: () => consultationsApi.detail(id) });
  usePageTitle(query.data?.summary ?? t("consult.list.title"));
  if (query.isPending) return <Loading />;
  if (query.isError) return <Alert kind="error">{errorMessage(query.error, t)}</Alert>;
  const c = query.data;
  const language = i18n.resolvedLanguage === "en" ? "en" : "ja";
  const name = (n: Named) => (language === "en" ? n.nameEn : n.nameJa);
  return (
    <section className="page consultation-page" data-testid="consultation">
      <div className="page-head">
        <h1>{c.summary}</h1>
        <p><span className={`badge status-${c.status}`} data-testid="consultation-status">{t(`consult.status.${c.status}`)}</span> · {name(c.company)}</p>
      </div>
      <div className="details-grid">
        <article className="card"><Request c={c} name={name} /></article>
        <article className="card">
          <h2>{t("consult.detail.timeline")}</h2>
          <ol className="timeline" data-testid="timeline">
            {c.timeline.map((e, i) => (
              <li key={i}>{t(`consult.step.${e.step}`, { institution: e.institution ? name(e.institution) : "" })} <span className="muted small">{formatDate(e.at, "Asia/Tokyo", language)}</span></li>
            ))}
          </ol>
          <h3>{t("consult.detail.institutions")}</h3>
          {c.routes.length === 0 ? <p className="muted">{t("consult.detail.notRouted")}</p> : (
            <ul>{c.routes.map((r) => <li key={r.institution.id}>{name(r.institution)} — {t("consult.detail.assigned")}: {r.assignedStaff?.name ?? t("consult.detail.nobody")}</li>)}</ul>
          )}
        </article>
      </div>
      {c.can.route && <RoutePanel c={c} />}
      {c.can.assign && <AssignPanel c={c} />}
      <Thread c={c} />
      {(c.can.proposeMeeting || c.meetings.length > 0) && <MeetingsPanel c={c} />}
      {c.routes.length > 0 && <QuotesPanel consultationId={c.id} />}
      {(c.can.logAdviceTime || c.adviceTime.length > 0) && <AdvicePanel c={c} />}
      {(c.can.close || c.can.reopen) && <ClosePanel c={c} />}
    </section>
  );
}

function Request({ c, name }: { c: Consultation; name: (n: Named) => string }) {
  const { t } = useTranslation(CONSULT);
  const rows: [string, string | number | null][] = [
    [t("consult.new.details"), c.details], [t("consult.new.material"), c.material], [t("consult.new.wantToKnow"), c.wantToKnow],
    [t("consult.new.sampleCount"), c.sampleCount], [t("consult.new.sampleForm"), c.sampleForm], [t("consult.new.desiredBy"), c.desiredBy],
    [t("consult.detail.createdBy"), c.createdBy.name], [t("consult.new.contact"), [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(" · ") || null],
    ...(c.instrument ? [[t("consult.new.about", { name: name(c.instrument) }), ""] as [string, string]] : []),
    ...(c.closedReason ? [[t("consult.close.reason"), t(`consult.closeReason.${c.closedReason}`)] as [string, string]] : []),
    ...(c.outcomeSummary ? [[t("consult.detail.outcome"), c.outcomeSummary] as [string, string]] : []),
  ];
  return (
    <>
      <h2>{t("consult.detail.request")}</h2>
      <dl className="facts">
        {rows.filter(([, v]) => v !== null).map(([k, v]) => <div key={k}><dt>{k}</dt><dd className="pre-wrap">{v}</dd></div>)}
      </dl>
      {c.attachments.length > 0 && <h3>{t("consult.files.title")}</h3>}
      <FileList consultationId={c.id} files={c.attachments} label={t("consult.files.needList")} />
    </>
  );
}
