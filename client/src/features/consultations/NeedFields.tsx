import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import { CONSULT } from "../../i18n/consultations";
import { Field } from "../../ui/Field";

export interface NeedForm {
  summary: string; details: string; material: string; wantToKnow: string; sampleCount: string; sampleForm: string; desiredBy: string;
  share: boolean; language: "ja" | "en"; contactName: string; contactEmail: string; contactPhone: string;
}

export function emptyNeed(summary: string, language: "ja" | "en"): NeedForm {
  return { summary, details: "", material: "", wantToKnow: "", sampleCount: "", sampleForm: "", desiredBy: "", share: false, language, contactName: "", contactEmail: "", contactPhone: "" };
}

/** The fields of a need: the problem in the company's words, samples, deadline, consent to share, contact. */
export function NeedFields({ form, setForm }: { form: NeedForm; setForm: Dispatch<SetStateAction<NeedForm>> }) {
  const { t } = useTranslation(CONSULT);
  const set = (key: keyof NeedForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <>
        <Field label={t("consult.new.summary")}><input required maxLength={200} value={form.summary} onChange={set("summary")} /></Field>
        <Field label={t("consult.new.details")} hint={t("consult.new.detailsHint")}><textarea required rows={5} maxLength={5000} value={form.details} onChange={set("details")} /></Field>
        <Field label={t("consult.new.material")}><input maxLength={500} value={form.material} onChange={set("material")} /></Field>
        <Field label={t("consult.new.wantToKnow")}><textarea rows={3} maxLength={5000} value={form.wantToKnow} onChange={set("wantToKnow")} /></Field>
        <Field label={t("consult.new.sampleCount")}><input type="number" min={1} value={form.sampleCount} onChange={set("sampleCount")} /></Field>
        <Field label={t("consult.new.sampleForm")}><input maxLength={500} value={form.sampleForm} onChange={set("sampleForm")} /></Field>
        <Field label={t("consult.new.desiredBy")}><input type="date" value={form.desiredBy} onChange={set("desiredBy")} /></Field>
        <Field label={t("consult.new.language")}>
          <select value={form.language} onChange={set("language")}><option value="ja">日本語</option><option value="en">English</option></select>
        </Field>
        <label className="checkbox"><input type="checkbox" checked={form.share} onChange={(e) => setForm((f) => ({ ...f, share: e.target.checked }))} /> {t("consult.new.share")}</label>
        <fieldset>
          <legend>{t("consult.new.contact")}</legend>
          <Field label={t("consult.new.contactName")}><input maxLength={200} value={form.contactName} onChange={set("contactName")} /></Field>
          <Field label={t("consult.new.contactEmail")}><input type="email" value={form.contactEmail} onChange={set("contactEmail")} /></Field>
          <Field label={t("consult.new.contactPhone")}><input type="tel" value={form.contactPhone} onChange={set("contactPhone")} /></Field>
        </fieldset>
    </>
  );
}
