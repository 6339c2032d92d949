import type { Locale } from "../../../shared/enums";
import { lacksStaff } from "../../../shared/rules/staffing-warning";
import type { Blackout, StaffTimeOff } from "../../platform/db/entities";
import type { ReservationView } from "../feed-events.service";
import type { ReservationRow } from "../feed-rows";
import { feedTexts, type FeedTexts } from "./texts";

/** One VEVENT, independent of the iCalendar library. Times are UTC instants. */
export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  /** The last change: DTSTAMP and LAST-MODIFIED. */
  modified: Date;
  sequence: number;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  summary: string;
  description: string;
  location: string;
  /** Whether the event blocks time (TRANSP:OPAQUE). */
  busy: boolean;
}

function status(reservation: Pick<ReservationRow, "status">): IcsEvent["status"] {
  switch (reservation.status) {
    case "pending":
      return "TENTATIVE";
    case "cancelled":
    case "rejected":
      return "CANCELLED";
    case "confirmed":
    case "completed":
    case "no_show":
      return "CONFIRMED";
  }
}

const name = (thing: { nameJa: string; nameEn: string }, locale: Locale) => (locale === "ja" ? thing.nameJa : thing.nameEn);

function place(instrument: { building: string; room: string } | null, institution: { nameJa: string; nameEn: string }, locale: Locale, t: FeedTexts): string {
  return [name(institution, locale), instrument?.building, instrument?.room].filter((part) => part).join(t.separator);
}

function lines(entries: Array<[string, string | null | undefined]>, t: FeedTexts): string {
  return entries.filter(([, value]) => value).map(([label, value]) => `${label}${t.colon}${value}`).join("\n");
}

/**
 * A reservation as an event. UIDs never change (`reservation-<id>@host`; the busy view uses its own UID, being
 * a different object with less in it); SEQUENCE is the reservation's revision, which grows with every change.
 */
export function reservationEvent(r: ReservationRow, view: ReservationView, locale: Locale, host: string): IcsEvent {
  const t = feedTexts(locale);
  const instrumentName = name(r.instrument, locale);
  const flag = t.flag[r.status] ?? "";
  const common = {
    start: r.startsAt,
    end: r.endsAt,
    modified: r.updatedAt,
    sequence: r.revision,
    status: status(r),
    location: place(r.instrument, r.institution, locale, t),
    busy: status(r) !== "CANCELLED",
  };
  const detail = r.detail;
  if (view === "busy" || !detail) {
    return { ...common, uid: `reservation-${r.id}-busy@${host}`, summary: `${flag}${t.busySummary(instrumentName)}`, description: lines([[t.labels.status, t.status[r.status]]], t) };
  }
  const assistance = t.assistance[detail.assistanceType];
  const unstaffed = lacksStaff({ status: r.status, assistanceType: detail.assistanceType, assignedStaffId: detail.staffName === null ? null : 0 });
  const who = view === "facility" ? `${t.dash}${detail.companyName}` : "";
  return {
    ...common,
    uid: `reservation-${r.id}@${host}`,
    summary: `${flag}${unstaffed ? t.unstaffed.flag : ""}${instrumentName}${who}${t.paren(assistance)}`,
    description: lines(
      [
        [t.labels.instrument, instrumentName],
        [t.labels.company, detail.companyName],
        [t.labels.bookedBy, detail.bookerName],
        [t.labels.purpose, detail.purpose],
        [t.labels.sample, detail.sampleDescription],
        [t.labels.assistance, assistance],
        [t.labels.staff, unstaffed ? t.unstaffed.staff : detail.staffName],
        [t.labels.status, t.status[r.status]],
        [t.labels.reason, detail.cancellationReason ?? detail.decisionReason],
        [t.labels.reservation, `#${r.id}`],
      ],
      t,
    ),
  };
}

/** Rows without a revision column: SEQUENCE is the seconds between creation and the last change, which only grows. */
function derivedSequence(row: { createdAt: Date; updatedAt: Date }): number {
  return Math.max(0, Math.floor((row.updatedAt.getTime() - row.createdAt.getTime()) / 1000));
}

export function timeOffEvent(row: StaffTimeOff, locale: Locale, host: string): IcsEvent {
  const t = feedTexts(locale);
  return {
    uid: `staff-time-off-${row.id}@${host}`,
    start: row.startsAt,
    end: row.endsAt,
    modified: row.updatedAt,
    sequence: derivedSequence(row),
    status: "CONFIRMED",
    summary: t.timeOff,
    description: lines([[t.labels.reason, row.reason]], t),
    location: "",
    busy: true,
  };
}

export function blackoutEvent(row: Blackout, locale: Locale, host: string): IcsEvent {
  const t = feedTexts(locale);
  const what = row.instrument ? name(row.instrument, locale) : name(row.institution, locale);
  return {
    uid: `blackout-${row.id}@${host}`,
    start: row.startsAt,
    end: row.endsAt,
    modified: row.updatedAt,
    // Seconds since creation only grow, and so does the edit count: the sum grows with every edit, even two in a second.
    sequence: derivedSequence(row) + row.revision,
    status: "CONFIRMED",
    summary: `${t.blackout[row.kind]}${t.colon}${what}`,
    description: lines([[t.labels.reason, row.reason]], t),
    location: place(row.instrument, row.institution, locale, t),
    busy: true,
  };
}
