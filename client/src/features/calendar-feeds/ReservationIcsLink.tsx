import { useMutation } from "@tanstack/react-query";
import type { MouseEvent } from "react";
import { calendarApi } from "../../api/calendar";
import { errorMessage } from "../../lib/error-message";
import { CalendarIcon } from "./CalendarIcon";
import { useCalendarTranslation } from "./i18n";
import { saveFile } from "./save-file";
import "./calendar.css";

/**
 * "Add to calendar (.ics)" for one reservation. The file needs the session, so a click fetches it with the
 * cookie and saves it, showing any error here; the href (same address) serves "open in new tab" and the like.
 */
export function ReservationIcsLink({ reservationId }: { reservationId: number }) {
  const { t, tApp } = useCalendarTranslation();
  const fallbackName = `reservation-${reservationId}.ics`;
  const download = useMutation({
    mutationFn: () => calendarApi.reservationIcs(reservationId),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename ?? fallbackName),
  });
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (!download.isPending) download.mutate();
  };
  return (
    <span className="ics-link">
      <a href={calendarApi.reservationIcsUrl(reservationId)} download={fallbackName} onClick={onClick} aria-busy={download.isPending}>
        <CalendarIcon />
        {download.isPending ? t("ics.downloading") : t("ics.download")}
      </a>
      {download.isError && (
        <span className="field-error" role="alert">
          {t("ics.failed")} {errorMessage(download.error, tApp)}
        </span>
      )}
    </span>
  );
}
