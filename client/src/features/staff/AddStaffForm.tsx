import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { LIMITS, LOCALES, type CreateStaffMemberRequest, type Instrument, type StaffMember } from "../../../../shared";
import { ApiError } from "../../api/http";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import type { FieldErrors } from "../../lib/form-errors";
import { WS } from "../../i18n/workspace";
import { WeeklyHoursEditor } from "../../ui/WeeklyHoursEditor";
import { checkRows } from "../../ui/weekly-hours-form";
import { checkStaff, emptyStaffForm, staffServerErrors, type StaffForm } from "./staff-form";
import { generatePassword } from "../../lib/generate-password";
import { facilityInstrumentKeys, invalidate, staffKeys } from "../../api/query-keys";

export interface CreatedStaff {
  member: StaffMember;
  password: string;
}

/**
 * Adds a member of technical staff with a sign-in: name, email, language, instruments supported, weekly hours and
 * an initial password (generated, editable) that the admin passes on once the account exists.
 */
export function AddStaffForm({ instruments, onCreated, onCancel }: { instruments: Instrument[]; onCreated: (created: CreatedStaff) => void; onCancel: () => void }) {
  const { t } = useTranslation(WS);
  const [form, setForm] = useState<StaffForm>(emptyStaffForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.focus(), []);
  const create = useCreateStaffMember(onCreated, setErrors);
  const change = (patch: Partial<StaffForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    if (create.isError) create.reset();
  };
  const toggle = (id: number) =>
    change({ instrumentIds: form.instrumentIds.includes(id) ? form.instrumentIds.filter((i) => i !== id) : [...form.instrumentIds, id] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkStaff(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-testid=add-staff-form] .field-invalid input")?.focus());
      return;
    }
    setErrors({});
    create.mutate(checked.data);
  };
  return (
    <form className="card form-section" onSubmit={submit} noValidate aria-labelledby="add-staff-title" data-testid="add-staff-form">
      <h2 id="add-staff-title">{t("staffNew.title")}</h2>
      <p className="muted small">{t("staffNew.intro")}</p>
      <AccountFields form={form} errors={errors} nameRef={nameField} onChange={change} />
      <InstrumentChoices instruments={instruments} selected={form.instrumentIds} onToggle={toggle} />
      <h3>{t("staffNew.hours")}</h3>
      <p className="field-hint">{t("staffNew.hoursHint")}</p>
      <WeeklyHoursEditor label={t("staffNew.hours")} rows={form.hours} errors={checkRows(form.hours)} onChange={(hours) => change({ hours })} />
      <div>
        {create.isError ? <Alert kind="error">{refusalMessage(create.error, t)}</Alert> : Object.keys(errors).length > 0 && <Alert kind="error">{t("validation.summary")}</Alert>}
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>{t("staffNew.create")}</button>
          <button type="button" className="button button-secondary" onClick={onCancel}>{t("common.back")}</button>
        </div>
      </div>
    </form>
  );
}

/** Creates the member; a refusal's field errors go back to the form, and an instrument gone meanwhile refreshes the list. */
function useCreateStaffMember(onCreated: (created: CreatedStaff) => void, setErrors: (errors: FieldErrors) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffMemberRequest) => workspaceApi.createStaffMember(body),
    onSuccess: (member, body) => {
      invalidate(client, staffKeys.all);
      onCreated({ member, password: body.password });
    },
    onError: (error) => {
      setErrors(staffServerErrors(error));
      if (error instanceof ApiError && error.reason === "invalid_target") invalidate(client, facilityInstrumentKeys.all);
    },
  });
}

function refusalMessage(error: unknown, t: TFunction) {
  return error instanceof ApiError && error.reason === "invalid_target" ? t("staffNew.invalidInstrument")
    : error instanceof ApiError && error.code === "validation_failed" ? t("validation.summary")
      : errorMessage(error, t);
}

interface AccountFieldsProps {
  form: StaffForm;
  errors: FieldErrors;
  nameRef: RefObject<HTMLInputElement | null>;
  onChange: (patch: Partial<StaffForm>) => void;
}

/** Name, email, language and the initial password (with a button to generate another). */
function AccountFields({ form, errors, nameRef, onChange: change }: AccountFieldsProps) {
  const { t } = useTranslation(WS);
  const text = (field: "displayName" | "email", type: string, autoComplete: string, max: number) => (
    <input ref={field === "displayName" ? nameRef : undefined} type={type} autoComplete={autoComplete} maxLength={max} value={form[field]}
      onChange={(e) => change({ [field]: e.target.value })} />
  );
  return (
    <div className="form-grid form-grid-2">
      <Field label={t("staffNew.name")} hint={t("staffNew.nameHint")} error={errors.displayName}>{text("displayName", "text", "off", LIMITS.nameMaxLength)}</Field>
      <Field label={t("staffNew.email")} hint={t("staffNew.emailHint")} error={errors.email}>{text("email", "email", "off", LIMITS.emailMaxLength)}</Field>
      <Field label={t("staffNew.language")} hint={t("staffNew.languageHint")} error={errors.locale}>
        <select value={form.locale} onChange={(e) => change({ locale: e.target.value as StaffForm["locale"] })}>
          {LOCALES.map((l) => <option key={l} value={l}>{t(`staffNew.languages.${l}`)}</option>)}
        </select>
      </Field>
      <div>
        <Field label={t("staffNew.password")} hint={t("staffNew.passwordHint", { min: LIMITS.passwordMinLength })} error={errors.password}>
          <input type="text" className="password-input" autoComplete="off" spellCheck={false} maxLength={LIMITS.passwordMaxLength} value={form.password}
            onChange={(e) => change({ password: e.target.value })} />
        </Field>
        <button type="button" className="button-link small" onClick={() => change({ password: generatePassword() })}>{t("staffNew.regenerate")}</button>
      </div>
    </div>
  );
}

/** A checkbox per instrument of the institution; the member supports the ticked ones. */
function InstrumentChoices({ instruments, selected, onToggle }: { instruments: Instrument[]; selected: number[]; onToggle: (id: number) => void }) {
  const { t } = useTranslation(WS);
  return (
    <fieldset className="choice-group">
      <legend>{t("staffNew.instruments")}</legend>
      <p className="field-hint">{t("staffNew.instrumentsHint")}</p>
      {instruments.length === 0 && <p className="muted small">{t("staffNew.noInstruments")}</p>}
      <div className="check-grid">
        {instruments.map((i) => (
          <label key={i.id} className="choice choice-compact">
            <input type="checkbox" checked={selected.includes(i.id)} onChange={() => onToggle(i.id)} />
            <span>{i.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
