import type { Locale } from "../../../shared/enums";
import type { MeetingRow } from "../feed-meetings";
import type { IcsEvent } from "./events";
import { feedTexts } from "./texts";

/** A consultation's call or visit on the staff member's feed; a cancelled one stays a while as CANCELLED. */
export function meetingEvent({ meeting, consultationSummary }: MeetingRow, locale: Locale, host: string): IcsEvent {
  const t = feedTexts(locale);
  const cancelled = meeting.status === "cancelled";
  return {
    uid: `consultation-meeting-${meeting.id}@${host}`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    modified: meeting.updatedAt,
    // Proposed, then at most cancelled: the one change there is.
    sequence: cancelled ? 1 : 0,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    summary: `${cancelled ? t.flag.cancelled ?? "" : ""}${t.meeting[meeting.kind]}${t.colon}${consultationSummary}`,
    description: meeting.note ? `${t.labels.note}${t.colon}${meeting.note}` : "",
    location: "",
    busy: !cancelled,
  };
}
