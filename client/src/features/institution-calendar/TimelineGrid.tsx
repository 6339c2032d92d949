import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { WS } from "../../i18n/workspace";
import { formatRange } from "../../lib/format";
import { placeBar, type Bar, type TimelineRange } from "./timeline";

interface Row {
  id: number;
  name: string;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Instruments as rows, time across: a CSS grid of our own (bookings link to the reservation). */
export function TimelineGrid({ rows, bars, range, zone }: { rows: Row[]; bars: Bar[]; range: TimelineRange; zone: string }) {
  const { t, i18n } = useTranslation(WS);
  const locale = i18n.resolvedLanguage ?? "ja";
  return (
    <div className="timeline" role="table" aria-label={t("reports.calendar.title")} data-testid="institution-timeline">
      <div className="timeline-row timeline-head" role="row">
        <div className="timeline-name" role="columnheader">{t("reports.calendar.instrument")}</div>
        <div className="timeline-track" role="columnheader">
          {range.ticks.map((tick) => <span key={tick.key} className="timeline-tick" style={{ left: percent(tick.at) }}>{tick.label}</span>)}
        </div>
      </div>
      {rows.map((row) => (
        <div className="timeline-row" role="row" key={row.id}>
          <div className="timeline-name" role="rowheader">{row.name}</div>
          <div className="timeline-track" role="cell">
            {range.ticks.map((tick) => <span key={tick.key} className="timeline-line" style={{ left: percent(tick.at) }} aria-hidden="true" />)}
            {bars.filter((bar) => bar.instrumentId === null || bar.instrumentId === row.id).map((bar) => {
              const place = placeBar(bar, range);
              if (!place) return null;
              const when = formatRange(new Date(bar.start).toISOString(), new Date(bar.end).toISOString(), zone, locale);
              const text = `${t(`reports.calendar.${bar.kind}`)}: ${bar.label ? `${bar.label}, ` : ""}${when}`;
              const style = { left: percent(place.left), width: percent(place.width) };
              return bar.reservationId
                ? <Link key={bar.id} to={`/reservations/${bar.reservationId}`} className={`timeline-bar bar-${bar.kind}`} style={style} title={text} aria-label={text}>{bar.label}</Link>
                : <span key={bar.id} className={`timeline-bar bar-${bar.kind}`} style={style} title={text} role="img" aria-label={text} />;
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
