import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { api } from "../../api/endpoints";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { errorMessage } from "../../lib/error-message";
import { useSession } from "../../lib/use-session";
import { useInstitutions } from "../../lib/use-institutions";
import { ReservationCard } from "./ReservationCard";
import { usePageTitle } from "../../lib/page-title";
import { reservationKeys } from "../../api/query-keys";

const SCOPES = ["upcoming", "past"] as const;

/** The company's reservations, upcoming or past, with status, staff and cancellation. */
export default function ReservationsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const scope = params.get("scope") === "past" ? "past" : "upcoming";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const list = useQuery({
    queryKey: reservationKeys.mine(scope, page, i18n.resolvedLanguage),
    queryFn: () => api.reservations(scope, page),
    enabled: Boolean(session.data),
  });

  const institutions = useInstitutions();
  usePageTitle(t("reservations.title"));
  const zoneOf = (institutionId: number) => institutions.data?.items.find((i) => i.id === institutionId)?.timezone ?? "Asia/Tokyo";

  if (session.isPending || institutions.isPending) return <Loading />;
  if (!session.data) return <Navigate to="/login?next=/reservations" replace />;

  return (
    <section className="page">
      <h1>{t("reservations.title")}</h1>
      <p><Link to="/billing">{t("app.nav.billing")}</Link></p>
      <div className="tabs" role="tablist" aria-label={t("reservations.title")}>
        {SCOPES.map((s) => (
          <button key={s} type="button" role="tab" aria-selected={scope === s} onClick={() => setParams(s === "past" ? { scope: s } : {})}>
            {t(`reservations.${s}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-busy={list.isFetching}>
        {list.isPending && <Loading />}
        {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
        {list.data && list.data.items.length === 0 && (
          <div className="empty">
            <p>{t("reservations.empty")}</p>
            <Link to="/" className="button">{t("reservations.findInstrument")}</Link>
          </div>
        )}
        {list.data && list.data.items.length > 0 && (
          <>
            <ul className="reservation-list">
              {list.data.items.map((reservation) => <ReservationCard key={reservation.id} reservation={reservation} zone={zoneOf(reservation.instrument.institutionId)} />)}
            </ul>
            <Pagination
              page={page}
              pageCount={Math.ceil(list.data.total / list.data.pageSize)}
              onPage={(p) => setParams({ ...(scope === "past" ? { scope } : {}), page: String(p) })}
            />
          </>
        )}
      </div>
    </section>
  );
}
