import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReservationSummary } from "../../../shared";
import { formatRange } from "../lib/format";
import { WS } from "../i18n/workspace";

/** Bookings a facility change would hit, with company and time, each a link to the booking, so the admin can decide what to do. */
export function AffectedList({ items, zone, language }: { items: ReservationSummary[]; zone: string; language: string }) {
  const { t } = useTranslation(WS);
  return (
    <ul className="affected-list" data-testid="affected">
      {items.map((r) => (
        <li key={r.id}>
          <Link to={`/reservations/${r.id}`}><strong>{r.companyName}</strong> · {r.instrumentName}</Link>
          <span className="muted"> · {formatRange(r.start, r.end, zone, language)} · {t(`status.${r.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
