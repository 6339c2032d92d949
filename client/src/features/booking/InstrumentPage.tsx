import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { Alert } from "../../ui/Alert";
import { CategoryIcon } from "../../ui/CategoryIcon";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { viewerZone, zoneDiffers, zoneLabel } from "../../lib/format";
import { BookingPanel } from "./BookingPanel";
import { selectRange, type SelectionResult } from "./slot-selection";
import { AvailabilityCalendar } from "./AvailabilityCalendar";
import { InstrumentDetails } from "./InstrumentDetails";
import { SlotList } from "./SlotList";
import { useAvailability, useInstrument } from "./use-instrument";
import { shiftWeek, weekContaining, weekStartOf } from "../../lib/week";
import { usePageTitle } from "../../lib/page-title";

/** An instrument: what it is, its rules and rates, a week of availability, and the booking form. */
export default function InstrumentPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const [selection, setSelection] = useState<SelectionResult | null>(null);
  const instrument = useInstrument(id);
  const zone = instrument.data?.institution.timezone;
  // The week shown is in the URL (?week=2027-06-07), so it survives a reload and can be shared.
  const [params, setParams] = useSearchParams();
  const thisWeek = zone ? weekStartOf(Date.now(), zone) : null;
  const requested = weekContaining(params.get("week"));
  const weekStart = requested && thisWeek && requested > thisWeek ? requested : thisWeek ?? "";
  const setWeek = (week: string | null) => {
    setSelection(null);
    setParams(week && week !== thisWeek ? { week } : {}, { replace: true });
  };
  const availability = useAvailability(id, weekStart, zone);
  usePageTitle(instrument.data?.name);

  if (instrument.isPending) return <Loading />;
  if (instrument.isError) return <Alert kind="error">{errorMessage(instrument.error, t)}</Alert>;
  const item = instrument.data;
  const slots = availability.data?.slots ?? [];
  const viewer = viewerZone();

  const select = (from: number, to: number) => setSelection(selectRange(slots, from, to, item.rules));
  const moveWeek = (weeks: number) => setWeek(shiftWeek(weekStart, weeks));

  return (
    <article className="page instrument-page">
      {location.key !== "default" ? (
        <button type="button" className="back-link button-link" onClick={() => navigate(-1)}>← {t("instrument.back")}</button>
      ) : (
        <Link to="/" className="back-link">← {t("instrument.back")}</Link>
      )}
      <header className="instrument-header">
        <div className="instrument-header-media">
          {item.photoUrl ? <img src={item.photoUrl} alt="" /> : <CategoryIcon category={item.category} />}
        </div>
        <div>
          <p className="card-kicker">{t(`categories.${item.category}`)}</p>
          <h1>{item.name}</h1>
          <p className="card-meta">{item.manufacturer} {item.model} · {item.institution.name}</p>
        </div>
      </header>
      <InstrumentDetails instrument={item} />

      <section className="availability" aria-labelledby="calendar-title">
        <div className="availability-head">
          <h2 id="calendar-title">{t("instrument.calendarTitle")}</h2>
          <div className="week-nav">
            <button type="button" onClick={() => moveWeek(-1)} disabled={weekStart === thisWeek}>← {t("instrument.previousWeek")}</button>
            <button type="button" onClick={() => setWeek(null)} disabled={weekStart === thisWeek}>{t("instrument.thisWeek")}</button>
            <button type="button" onClick={() => moveWeek(1)}>{t("instrument.nextWeek")} →</button>
          </div>
        </div>
        <p className="zone-note">{t("instrument.timezoneNote", { zone: zoneLabel(item.institution.timezone) })}</p>
        {zoneDiffers(item.institution.timezone, viewer) && (
          <Alert kind="warning">{t("instrument.viewerZoneNote", { zone: zoneLabel(viewer) })}</Alert>
        )}
        {item.status !== "active" && <Alert kind="warning">{t("instrument.unavailable")}</Alert>}
        <p className="calendar-help">{t("instrument.calendarHelp")}</p>
        {availability.isError && <Alert kind="error">{errorMessage(availability.error, t)}</Alert>}
        <div className="booking-layout">
          <div className="booking-calendar" aria-busy={availability.isFetching}>
            <AvailabilityCalendar
              instrument={item}
              weekStart={weekStart}
              slots={slots}
              selection={selection?.ok ? selection : null}
              onSelect={select}
            />
            {availability.data && slots.length === 0 && <p className="empty">{t("instrument.noSlotsThisWeek")}</p>}
            {slots.length > 0 && <SlotList slots={slots} zone={item.institution.timezone} onSelect={select} />}
          </div>
          <BookingPanel instrument={item} selection={selection} onClear={() => setSelection(null)} />
        </div>
      </section>
    </article>
  );
}
