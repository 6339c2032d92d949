import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { hourlyRateOf, type CustomerType, type Instrument } from "../../../../shared";
import { CategoryIcon } from "../../ui/CategoryIcon";
import { formatYen } from "../../lib/format";
import { prefectureName } from "../../i18n/prefectures";
import { Highlighted } from "./Highlighted";
import { MatchReason } from "./MatchReason";

interface Props {
  instrument: Instrument;
  customerType: CustomerType;
  freeOnLabel: string | null;
  /** Opens the instrument at this week (when searching for a free date). */
  week: string | null;
}

/** One search result: what it is, where, what it costs the viewer, and how staff can help. */
export function InstrumentCard({ instrument, customerType, freeOnLabel, week }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const modes = instrument.usageModes;
  const href = `/instruments/${instrument.id}${week ? `?week=${week}` : ""}`;
  const terms = instrument.match?.terms ?? [];
  const photo = instrument.photos[0];
  return (
    <li className="card instrument-card" data-testid="instrument-card">
      <div className="card-media">
        {photo ? <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" /> : <CategoryIcon category={instrument.category} names={[instrument.nameEn, instrument.nameJa]} />}
      </div>
      <div className="card-body">
        <p className="card-kicker">{t(`categories.${instrument.category}`)}</p>
        <h3 className="card-title">
          <Link to={href}><Highlighted text={instrument.name} terms={terms} /></Link>
        </h3>
        <p className="card-meta">
          {instrument.institution.name} · {prefectureName(instrument.institution.prefecture, language)}
        </p>
        <p className="card-meta">{instrument.manufacturer} {instrument.model}</p>
        {instrument.match && (
          <>
            <p className="card-description"><Highlighted text={instrument.description} terms={terms} /></p>
            <MatchReason match={instrument.match} />
          </>
        )}
        {instrument.specs.length > 0 && (
          <ul className="spec-chips">
            {instrument.specs.slice(0, 3).map((spec) => (
              <li key={spec.label.en}><span>{language === "ja" ? spec.label.ja : spec.label.en}</span> {spec.value}</li>
            ))}
          </ul>
        )}
        <ul className="badges">
          {instrument.staffSupported && modes.staffOperated && <li className="badge badge-staff">{t("catalogue.staffOperation")}</li>}
          {instrument.staffSupported && modes.training && <li className="badge">{t("catalogue.training")}</li>}
          {modes.selfUse && <li className="badge">{t("catalogue.selfUse")}</li>}
          {instrument.status === "maintenance" && <li className="badge badge-warning">{t("catalogue.maintenance")}</li>}
          {freeOnLabel && <li className="badge badge-free">{t("catalogue.freeThatDay", { date: freeOnLabel })}</li>}
        </ul>
      </div>
      <div className="card-aside">
        <p className="price-label">{t("catalogue.yourRate")}</p>
        <p className="price">{t("catalogue.perHour", { price: formatYen(hourlyRateOf(instrument.rates, customerType), language) })}</p>
        <Link className="button button-secondary" to={href} aria-label={`${t("catalogue.viewDetails")}: ${instrument.name}`}>
          {t("catalogue.viewDetails")}
        </Link>
      </div>
    </li>
  );
}
