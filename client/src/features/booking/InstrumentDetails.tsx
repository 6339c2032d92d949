import { useTranslation } from "react-i18next";
import type { Instrument } from "../../../../shared";
import { assistanceChoices } from "./booking-form";
import { formatDuration } from "../../lib/duration";
import { formatYen } from "../../lib/format";
import { prefectureName } from "../../i18n/prefectures";
import { BillingPolicyNote } from "../billing";

/** Description, specifications, location, the booking rules in plain words, usage modes and rates. */
export function InstrumentDetails({ instrument }: { instrument: Instrument }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "ja";
  const rules = instrument.rules;
  return (
    <div className="details">
      <section aria-labelledby="about">
        <h2 id="about">{t("instrument.about")}</h2>
        <p className="description">{instrument.description}</p>
        {instrument.specs.length > 0 && (
          <>
            <h3>{t("instrument.specs")}</h3>
            <dl className="spec-list">
              {instrument.specs.map((spec) => (
                <div key={spec.label.en}>
                  <dt>{language === "ja" ? spec.label.ja : spec.label.en}</dt>
                  <dd>{spec.value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        <h3>{t("instrument.location")}</h3>
        <p>
          {instrument.institution.name} ({prefectureName(instrument.institution.prefecture, language)})<br />
          {instrument.location.building} {instrument.location.room}
        </p>
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules">{t("instrument.rulesTitle")}</h2>
        <ul className="rule-list">
          <li>{t("instrument.rules.slot", { duration: formatDuration(rules.slotMinutes, t) })}</li>
          <li>{t("instrument.rules.duration", { min: formatDuration(rules.minDurationMinutes, t), max: formatDuration(rules.maxDurationMinutes, t) })}</li>
          <li>{rules.leadTimeHours > 0 ? t("instrument.rules.leadTime", { hours: rules.leadTimeHours }) : t("instrument.rules.noLeadTime")}</li>
          <li>{t("instrument.rules.horizon", { days: rules.horizonDays })}</li>
          <li>{rules.requiresApproval ? t("instrument.rules.approval") : t("instrument.rules.instant")}</li>
        </ul>
        <h2>{t("instrument.modesTitle")}</h2>
        <ul className="rule-list">
          {assistanceChoices(instrument).map((mode) => <li key={mode}>{t(`instrument.modes.${mode}`)}</li>)}
        </ul>
        <h2>{t("instrument.ratesTitle")}</h2>
        <dl className="rates">
          {(["sme", "company", "academic", "assistancePerHour"] as const).map((key) => (
            <div key={key}>
              <dt>{t(`instrument.rate.${key}`)}</dt>
              <dd>{formatYen(instrument.rates[key], language)}</dd>
            </div>
          ))}
        </dl>
        <BillingPolicyNote instrumentId={instrument.id} />
      </section>
    </div>
  );
}
