import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CUSTOMER_TYPES, type CompanySummary, type CustomerType } from "../../../../shared";
import { companiesApi } from "../../api/companies";
import { companyKeys, invalidate, reservationKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { FocusNotice } from "../../ui/FocusNotice";
import { errorMessage } from "../../lib/error-message";

/**
 * Confirms the declared customer type or corrects it; either way the company becomes verified. In a queue the
 * verified company leaves the list, so the queue shows the confirmation itself (`onVerified`).
 */
export function VerifyForm({ company, onVerified }: { company: Pick<CompanySummary, "id" | "nameJa" | "customerType" | "verification">; onVerified?: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const [type, setType] = useState<CustomerType>(company.customerType);
  const verify = useMutation({
    mutationFn: () => companiesApi.update(company.id, { customerType: type, verification: "verified" }),
    onSuccess: () => {
      onVerified?.(t("company.verify.verified", { company: company.nameJa, type: t(`company.customerTypes.${type}`) }));
      invalidate(client, companyKeys.all, reservationKeys.all);
    },
  });
  return (
    <div className="verify-form">
      {verify.isSuccess && !onVerified && <FocusNotice kind="success">{t("company.verify.verified", { company: company.nameJa, type: t(`company.customerTypes.${type}`) })}</FocusNotice>}
      {verify.isError && <Alert kind="error">{errorMessage(verify.error, t)}</Alert>}
      <label htmlFor={id}>{t("company.verify.verifyAs")}</label>
      <div className="button-row">
        <select id={id} value={type} onChange={(e) => setType(e.target.value as CustomerType)}>
          {CUSTOMER_TYPES.map((c) => <option key={c} value={c}>{t(`company.customerTypes.${c}`)}</option>)}
        </select>
        <button type="button" className="button button-small" disabled={verify.isPending || (company.verification === "verified" && type === company.customerType)} onClick={() => verify.mutate()}>
          {t("company.verify.confirm")}
        </button>
      </div>
    </div>
  );
}
