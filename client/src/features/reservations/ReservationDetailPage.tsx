import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useParams } from "react-router";
import type { Institution, Reservation } from "../../../../shared";
import { api } from "../../api/endpoints";
import { instrumentKeys, reservationKeys } from "../../api/query-keys";
import { NOTIFY } from "../../i18n/notify";
import { errorMessage } from "../../lib/error-message";
import { formatRange, formatYen } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { useInstitutions } from "../../lib/use-institutions";
import { useSession } from "../../lib/use-session";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { ReservationActions } from "./ReservationActions";
import { ReservationHistory } from "./ReservationHistory";
import { isUnstaffed, ReservationStatusBadge } from "./UnstaffedBadge";
import "./reservation-detail.css";

/** One reservation for its company and its institution's staff: facts, the facility's contact, history, actions. */
export default function ReservationDetailPage() {
  const { t, i18n } = useTranslation(NOTIFY);
  const language = i18n.resolvedLanguage ?? "ja";
  const id = Number(useParams().id);
  const session = useSession();
  const reservation = useQuery({ queryKey: reservationKeys.detail(id, language), queryFn: () => api.reservation(id), enabled: Boolean(session.data) && id > 0 });
  const institutions = useInstitutions();
  usePageTitle(t("detail.title", { id }));
  if (session.isPending) return <Loading />;
  if (!session.data) return <Navigate to={`/login?next=/reservations/${id}`} replace />;
  const institution = institutions.data?.items.find((i) => i.id === reservation.data?.instrument.institutionId);
  return (
    <section className="page reservation-detail">
      <p><Link to={session.data.role === "company_member" ? "/reservations" : "/workspace/schedule"}>← {session.data.role === "company_member" ? t("detail.back") : t("nav.workspace")}</Link></p>
      <h1>{t("detail.title", { id })}</h1>
      {reservation.isPending && <Loading />}
      {reservation.isError && <Alert kind="error">{errorMessage(reservation.error, t)}</Alert>}
      {reservation.data && (
        <>
          <ReservationFacts reservation={reservation.data} institution={institution} language={language} forCompany={session.data.role === "company_member"} />
          <ReservationActions reservation={reservation.data} role={session.data.role} />
          <ReservationHistory reservationId={id} zone={institution?.timezone ?? "Asia/Tokyo"} />
        </>
      )}
    </section>
  );
}

function ReservationFacts({ reservation: r, institution, language, forCompany }: { reservation: Reservation; institution: Institution | undefined; language: string; forCompany: boolean }) {
  const { t } = useTranslation(NOTIFY);
  const instrument = useQuery({ queryKey: instrumentKeys.detail(r.instrumentId, language), queryFn: () => api.instrument(r.instrumentId) });
  const zone = institution?.timezone ?? "Asia/Tokyo";
  const unstaffed = isUnstaffed(r);
  const staff = r.assistance.type === "none" ? t("reservations.selfUse") : r.assistance.staff?.name ?? t("reservations.noStaff");
  const location = instrument.data ? [instrument.data.location.building, instrument.data.location.room].filter(Boolean).join(" ") : "";
  return (
    <article className="card" data-testid="reservation-detail">
      <header>
        <ReservationStatusBadge reservation={r} />
        <h2 className="card-title"><Link to={`/instruments/${r.instrumentId}`}>{r.instrument.name}</Link></h2>
        <p className="reservation-when">{formatRange(r.start, r.end, zone, language)}</p>
        <p className="muted small">{t("detail.zoneNote", { zone })}</p>
      </header>
      {unstaffed && <Alert kind="warning"><strong>{t("detail.unstaffed")}</strong> {t("detail.unstaffedHelp")}</Alert>}
      {r.pendingReason === "company_unverified" && <Alert kind="info">{forCompany ? t("company.provisionalNote") : t("company.provisionalNoteFor", { company: r.company.name })}</Alert>}
      <dl className="reservation-facts">
        <div><dt>{t("detail.number")}</dt><dd>#{r.id}</dd></div>
        <div><dt>{t("detail.place")}</dt><dd>{institution?.name}{location ? ` · ${location}` : ""}</dd></div>
        <div><dt>{t("detail.company")}</dt><dd>{r.company.name}</dd></div>
        {r.enteredBy && <div data-testid="entered-by"><dt>{t("detail.enteredBy")}</dt><dd>{r.enteredBy.name}</dd></div>}
        <div><dt>{t("detail.assistance")}</dt><dd>{t(`reservations.assistance.${r.assistance.type}`)}</dd></div>
        <div><dt>{t("detail.staff")}</dt><dd>{unstaffed ? <strong>{t("detail.unstaffed")}</strong> : staff}</dd></div>
        <div><dt>{t("detail.price")}</dt><dd>{r.priceProvisional ? t("company.provisionalPrice", { price: formatYen(r.priceEstimateYen, language) }) : formatYen(r.priceEstimateYen, language)}</dd></div>
        <div><dt>{t("detail.purpose")}</dt><dd>{r.purpose}</dd></div>
        {(r.cancellationReason || r.decisionReason) && <div><dt>{t("detail.reasonLabel")}</dt><dd>{r.cancellationReason ?? r.decisionReason}</dd></div>}
      </dl>
      {institution && (
        <section aria-labelledby="contact-heading">
          <h3 id="contact-heading">{t("detail.contact")}</h3>
          <dl className="reservation-facts">
            {institution.address && <div><dt>{t("detail.address")}</dt><dd>{institution.address}</dd></div>}
            {institution.contactEmail && <div><dt>{t("detail.email")}</dt><dd><a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a></dd></div>}
            {institution.contactPhone && <div><dt>{t("detail.phone")}</dt><dd><a href={`tel:${institution.contactPhone.replace(/[^0-9+]/g, "")}`}>{institution.contactPhone}</a></dd></div>}
          </dl>
        </section>
      )}
    </article>
  );
}
