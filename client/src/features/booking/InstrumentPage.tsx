import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { Alert } from "../../ui/Alert";
import { CategoryIcon } from "../../ui/CategoryIcon";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { BookingFlow } from "./BookingFlow";
import { InstrumentDetails } from "./InstrumentDetails";
import { useInstrument } from "./use-instrument";
import { InstrumentCapabilities } from "../capabilities";

/** An instrument: booking it first (what, then when, then details), then what it is, its rules and rates. */
export default function InstrumentPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const instrument = useInstrument(id);
  usePageTitle(instrument.data?.name);

  if (instrument.isPending) return <Loading />;
  if (instrument.isError) return <Alert kind="error">{errorMessage(instrument.error, t)}</Alert>;
  const item = instrument.data;
  const [photo, ...more] = item.photos;

  return (
    <article className="page instrument-page">
      {location.key !== "default" ? (
        <button type="button" className="back-link button-link" onClick={() => navigate(-1)}>← {t("instrument.back")}</button>
      ) : (
        <Link to="/" className="back-link">← {t("instrument.back")}</Link>
      )}
      <header className="instrument-header">
        <div className="instrument-header-media">
          {photo ? <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} /> : <CategoryIcon category={item.category} names={[item.nameEn, item.nameJa]} />}
        </div>
        <div>
          <p className="card-kicker">{t(`categories.${item.category}`)}</p>
          <h1>{item.name}</h1>
          <p className="card-meta">{item.manufacturer} {item.model} · {item.institution.name}</p>
        </div>
      </header>
      {more.length > 0 && (
        <ul className="photo-strip" aria-label={t("instrument.morePhotos")}>
          {more.map((p) => <li key={p.id}><img src={p.url} alt={p.alt} width={p.width} height={p.height} loading="lazy" /></li>)}
        </ul>
      )}
      <BookingFlow key={item.id} instrument={item} />
      <InstrumentDetails instrument={item} />
      <InstrumentCapabilities instrumentId={item.id} />
      <p><Link to={`/consultations/new?instrumentId=${item.id}`} data-testid="ask-about-instrument">{t("catalogue.empty.askStaffLink")}</Link></p>
    </article>
  );
}
