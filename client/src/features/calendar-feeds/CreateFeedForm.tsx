import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { LIMITS, type CalendarFeed, type CalendarFeedKind, type Institution, type Instrument, type User } from "../../../../shared";
import { api } from "../../api/endpoints";
import { Alert } from "../../ui/Alert";
import { Field } from "../../ui/Field";
import { errorMessage } from "../../lib/error-message";
import type { FieldErrors } from "../../lib/form-errors";
import { useInstitutions } from "../../lib/use-institutions";
import { feedTargets, initialFeedForm, instrumentInstitution, offeredKinds, toCreateRequest, type FeedFormValues } from "./feed-form";
import { useCalendarTranslation } from "./i18n";
import { useCreateFeed } from "./use-feeds";
import { feedKeys } from "../../api/query-keys";

/** Every instrument of one institution, for the instrument feed's picker (the list API pages at 100). */
async function institutionInstruments(institutionId: number) {
  const items: Instrument[] = [];
  for (let page = 1; ; page++) {
    const result = await api.instruments({ institutionId, page, pageSize: LIMITS.pageSizeMax });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

/** Creates a subscription of one of the kinds the server allows the caller, with the instrument or institution it needs. */
export function CreateFeedForm({ user, kinds, onCreated }: { user: User; kinds: CalendarFeedKind[]; onCreated: (feed: CalendarFeed) => void }) {
  const { t, tApp } = useCalendarTranslation();
  const [values, setValues] = useState<FeedFormValues>(() => initialFeedForm(kinds));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateFeed();
  const needs = feedTargets(values.kind, user);
  const institutions = useInstitutions();
  const listedInstitution = instrumentInstitution(values, user);
  const instruments = useFeedInstruments(listedInstitution, needs.instrument);

  const change = (patch: Partial<FeedFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toCreateRequest(values, user);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    create.mutate(result.data, {
      onSuccess: (feed) => {
        setValues((current) => ({ ...current, label: "" }));
        onCreated(feed);
      },
    });
  };

  const choices = offeredKinds(kinds);
  if (choices.length === 0) return <Alert kind="info">{t("create.unavailable")}</Alert>;
  return (
    <form className="card feed-form" onSubmit={submit} noValidate aria-labelledby="feed-form-title">
      <h2 id="feed-form-title">{t("create.title")}</h2>
      <KindChoices choices={choices} kind={values.kind} companyName={user.company?.name ?? ""} onChange={(kind) => change({ kind })} />
      <TargetFields institutions={institutions.data?.items ?? []} values={values} errors={errors} needs={needs} listedInstitution={listedInstitution} instruments={instruments} onChange={change} />
      <Field label={t("create.label")} hint={t("create.labelHint")} error={errors.label}>
        <input type="text" maxLength={LIMITS.feedLabelMaxLength} value={values.label} onChange={(e) => change({ label: e.target.value })} />
      </Field>
      {(create.isError || instruments.isError) && <Alert kind="error">{errorMessage(create.error ?? instruments.error, tApp)}</Alert>}
      <button type="submit" className="button" disabled={create.isPending}>{create.isPending ? t("create.submitting") : t("create.submit")}</button>
    </form>
  );
}

/** The instruments offered by the instrument feed's picker, once the feed needs one and the institution is known. */
function useFeedInstruments(listedInstitution: number | null, needsInstrument: boolean) {
  const { language } = useCalendarTranslation();
  return useQuery({
    queryKey: feedKeys.instruments(listedInstitution, language),
    queryFn: () => institutionInstruments(listedInstitution!),
    enabled: needsInstrument && listedInstitution !== null,
  });
}

interface KindChoicesProps {
  choices: CalendarFeedKind[];
  kind: FeedFormValues["kind"];
  companyName: string;
  onChange: (kind: CalendarFeedKind) => void;
}

/** One radio per kind of feed the caller may create, each with what it shows. */
function KindChoices({ choices, kind: checked, companyName, onChange }: KindChoicesProps) {
  const { t } = useCalendarTranslation();
  return (
    <fieldset className="choice-group">
      <legend>{t("create.kind")}</legend>
      {choices.map((kind) => (
        <label key={kind} className={`choice${checked === kind ? " choice-checked" : ""}`}>
          <input type="radio" name="feed-kind" value={kind} checked={checked === kind} onChange={() => onChange(kind)} />
          <span>
            <strong>{t(`kinds.${kind}`)}</strong>
            <small>{t(`kindHints.${kind}`, { company: companyName })}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

interface TargetFieldsProps {
  institutions: Institution[];
  values: FeedFormValues;
  errors: FieldErrors;
  needs: ReturnType<typeof feedTargets>;
  listedInstitution: number | null;
  instruments: ReturnType<typeof useFeedInstruments>;
  onChange: (patch: Partial<FeedFormValues>) => void;
}

/** The institution and the instrument the chosen kind needs, if any. */
function TargetFields({ institutions, values, errors, needs, listedInstitution, instruments, onChange: change }: TargetFieldsProps) {
  const { t } = useCalendarTranslation();
  return (
    <>
      {needs.institution && (
        <Field label={t("create.institution")} error={errors.institutionId}>
          <select value={values.institutionId} onChange={(e) => change({ institutionId: e.target.value, instrumentId: "" })}>
            <option value="">{t("create.chooseInstitution")}</option>
            {institutions.map((institution) => <option key={institution.id} value={institution.id}>{institution.name}</option>)}
          </select>
        </Field>
      )}
      {needs.instrument && listedInstitution !== null && (
        <Field label={t("create.instrument")} error={errors.instrumentId}>
          <select value={values.instrumentId} onChange={(e) => change({ instrumentId: e.target.value })} aria-busy={instruments.isPending}>
            <option value="">{t("create.chooseInstrument")}</option>
            {instruments.data?.map((instrument) => <option key={instrument.id} value={instrument.id}>{instrument.name}</option>)}
          </select>
        </Field>
      )}
      {instruments.data?.length === 0 && needs.instrument && <p className="muted">{t("create.noInstruments")}</p>}
    </>
  );
}
