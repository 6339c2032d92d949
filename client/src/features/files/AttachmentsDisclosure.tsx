import { useState } from "react";
import type { ReservationStatus } from "../../../../shared";
import { AttachmentsPanel } from "./AttachmentsPanel";
import { useFilesTranslation } from "./i18n";

/** The attachments behind a disclosure, for lists of bookings: they are fetched only when opened. */
export function AttachmentsDisclosure(props: { reservationId: number; status: ReservationStatus; canAttach: boolean }) {
  const { t } = useFilesTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="attachments-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("attachments.title")}</summary>
      {open && <AttachmentsPanel {...props} />}
    </details>
  );
}
