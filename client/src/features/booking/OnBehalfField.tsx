import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Instrument, OnBehalfMember, User } from "../../../../shared";
import { api } from "../../api/endpoints";
import { reservationKeys } from "../../api/query-keys";

/** Staff and institution admins of the instrument's institution book for a company member (a phone or e-mail request). */
export function mayBookOnBehalf(user: User, instrument: Pick<Instrument, "institutionId">): boolean {
  return (user.role === "staff" || user.role === "institution_admin") && user.institutionId === instrument.institutionId;
}

interface Props {
  chosen: OnBehalfMember | null;
  onChoose: (member: OnBehalfMember | null) => void;
  /** Submitted without a member: say so. */
  missing: boolean;
}

/** "Book for a company member": search by name, e-mail or company, choose one; the chosen member can be changed. */
export function OnBehalfField({ chosen, onChoose, missing }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const members = useQuery({ queryKey: reservationKeys.onBehalfMembers(search), queryFn: () => api.onBehalfMembers(search), enabled: !chosen, placeholderData: keepPreviousData });

  return (
    <fieldset className={`field on-behalf${missing ? " field-invalid" : ""}`} data-testid="on-behalf" aria-describedby={`${id}-hint`}>
      <legend>{t("booking.onBehalf.label")}</legend>
      <p className="field-hint" id={`${id}-hint`}>{t("booking.onBehalf.hint")}</p>
      {chosen ? (
        <p data-testid="on-behalf-chosen">
          <strong>{t("booking.onBehalf.chosen", { name: chosen.name, company: chosen.company.name })}</strong>{" "}
          <button type="button" className="button button-secondary" onClick={() => onChoose(null)}>{t("booking.onBehalf.change")}</button>
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-q`}>{t("booking.onBehalf.search")}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(event) => setQ(event.target.value)} autoComplete="off" />
          {members.data && members.data.length === 0 && <p className="muted">{t("booking.onBehalf.none")}</p>}
          <ul className="on-behalf-results" aria-live="polite">
            {members.data?.map((member) => (
              <li key={member.id}>
                <button type="button" className="button-link" onClick={() => onChoose(member)}>
                  {member.name} · {member.email} · {member.company.name}
                  {member.company.verification === "unverified" && ` (${t("booking.onBehalf.unverified")})`}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {missing && <p className="field-error" role="alert">{t("booking.onBehalf.required")}</p>}
    </fieldset>
  );
}
