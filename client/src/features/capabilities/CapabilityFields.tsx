import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CAPABILITY_LIMITS } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { facilityInstrumentKeys } from "../../api/query-keys";
import { DIR } from "../../i18n/directory";
import type { FieldErrors } from "../../lib/form-errors";
import { useInstitutions } from "../../lib/use-institutions";
import { Field } from "../../ui/Field";
import type { CapabilityForm } from "./capability-form";

interface Props {
  form: CapabilityForm;
  errors: FieldErrors;
  onChange: (form: CapabilityForm) => void;
  /** The coordinator names the institution of a new capability. */
  chooseInstitution: boolean;
}

const LONG = new Set(["summaryJa", "summaryEn"]);
const MAX = { titleJa: CAPABILITY_LIMITS.title, titleEn: CAPABILITY_LIMITS.title, laboratoryJa: CAPABILITY_LIMITS.laboratory, laboratoryEn: CAPABILITY_LIMITS.laboratory, summaryJa: CAPABILITY_LIMITS.summary, summaryEn: CAPABILITY_LIMITS.summary, keywordsJa: 2000, keywordsEn: 2000 };

/** The capability's texts in both languages, its related instruments (of its institution) and whether it is published. */
export function CapabilityFields({ form, errors, onChange, chooseInstitution }: Props) {
  const { t, i18n } = useTranslation(DIR);
  const institutions = useInstitutions();
  const instruments = useQuery({
    queryKey: facilityInstrumentKeys.list(form.institutionId, false, i18n.resolvedLanguage ?? "ja"),
    queryFn: () => workspaceApi.instruments({ institutionId: form.institutionId ?? undefined }),
    enabled: form.institutionId !== null,
  });
  const set = (patch: Partial<CapabilityForm>) => onChange({ ...form, ...patch });
  const toggle = (id: number) => set({ instrumentIds: form.instrumentIds.includes(id) ? form.instrumentIds.filter((i) => i !== id) : [...form.instrumentIds, id] });
  return (
    <>
      {chooseInstitution && (
        <Field label={t("admin.institution")} error={errors.institutionId}>
          <select value={form.institutionId ?? ""} onChange={(e) => set({ institutionId: e.target.value ? Number(e.target.value) : null, instrumentIds: [] })}>
            <option value="">—</option>
            {institutions.data?.items.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
        </Field>
      )}
      {(Object.keys(MAX) as (keyof typeof MAX)[]).map((name) => (
        <Field key={name} label={t(`admin.${name}`)} hint={name.startsWith("keywords") ? t("admin.keywordsHint") : undefined} error={errors[name]}>
          {LONG.has(name) ? (
            <textarea rows={5} maxLength={MAX[name]} value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />
          ) : (
            <input maxLength={MAX[name]} value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />
          )}
        </Field>
      ))}
      {instruments.data && instruments.data.items.length > 0 && (
        <fieldset className="field instrument-choices">
          <legend>{t("admin.relatedInstruments")}</legend>
          {instruments.data.items.map((instrument) => (
            <label key={instrument.id}>
              <input type="checkbox" checked={form.instrumentIds.includes(instrument.id)} onChange={() => toggle(instrument.id)} /> {instrument.name}
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        <input type="checkbox" checked={form.published} onChange={(e) => set({ published: e.target.checked })} /> {t("admin.publish")}
      </label>
    </>
  );
}
