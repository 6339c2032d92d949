import { useTranslation } from "react-i18next";
import type { Reservation } from "../../../../shared";
import { WS } from "../../i18n/workspace";

/** Who booked and how to reach them and their company: the booker's e-mail, the company's contact (and phone, if given). */
export function BookerContact({ reservation: r }: { reservation: Reservation }) {
  const { t } = useTranslation(WS);
  const contact = r.company;
  return (
    <>
      <div data-testid="booker">
        <dt>{t("details.booker")}</dt>
        <dd>{r.booker.name} · <a href={`mailto:${r.booker.email}`}>{r.booker.email}</a></dd>
      </div>
      {r.enteredBy && (
        <div data-testid="entered-by">
          <dt>{t("details.enteredBy")}</dt>
          <dd>{r.enteredBy.name}</dd>
        </div>
      )}
      <div data-testid="company-contact">
        <dt>{t("details.companyContact")}</dt>
        <dd>
          {contact.name}
          {contact.contactName && contact.contactName !== r.booker.name && ` · ${contact.contactName}`}
          {contact.contactEmail && contact.contactEmail !== r.booker.email && <> · <a href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</a></>}
          {contact.contactPhone && <> · {t("details.phone")} <a href={`tel:${contact.contactPhone.replace(/[^\d+]/g, "")}`}>{contact.contactPhone}</a></>}
        </dd>
      </div>
    </>
  );
}
