import type { Instrument } from "../../../../shared";
import { QUOTE_USAGE_MODES } from "../../../../shared/rules/quotes";
import { useQuotesTranslation } from "./i18n";
import { EMPTY_CONSUMABLE, EMPTY_ITEM, type QuoteValues } from "./quote-form";

interface Props {
  values: QuoteValues;
  set: (patch: Partial<QuoteValues>) => void;
  instruments: Pick<Instrument, "id" | "name">[];
}

const id = (name: string, index: number) => `quote-${name}-${index}`;

/** The quoted sessions: instrument, usage mode, hours. */
export function QuoteFormFields(props: Props) {
  return (
    <>
      <SessionFields {...props} />
      <ConsumableFields {...props} />
    </>
  );
}

function SessionFields({ values, set, instruments }: Props) {
  const { t } = useQuotesTranslation();
  const setItem = (index: number, patch: Partial<QuoteValues["items"][number]>) => set({ items: values.items.map((i, n) => (n === index ? { ...i, ...patch } : i)) });
  return (
    <>
      {values.items.map((item, index) => (
        <fieldset key={index} className="quote-item">
          <label htmlFor={id("instrument", index)}>{t("form.instrument")}</label>
          <select id={id("instrument", index)} value={item.instrumentId} onChange={(e) => setItem(index, { instrumentId: e.target.value })} required>
            <option value="" />
            {instruments.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </select>
          <label htmlFor={id("mode", index)}>{t("form.mode")}</label>
          <select id={id("mode", index)} value={item.usageMode} onChange={(e) => setItem(index, { usageMode: e.target.value as typeof item.usageMode })}>
            {QUOTE_USAGE_MODES.map((m) => <option key={m} value={m}>{t(`mode.${m}`)}</option>)}
          </select>
          <label htmlFor={id("hours", index)}>{t("form.hours")}</label>
          <input id={id("hours", index)} type="number" min="0.25" step="0.25" value={item.hours} onChange={(e) => setItem(index, { hours: e.target.value })} required />
          {values.items.length > 1 && <button type="button" className="button-link" onClick={() => set({ items: values.items.filter((_, n) => n !== index) })}>{t("form.remove")}</button>}
        </fieldset>
      ))}
      <button type="button" className="button-link" onClick={() => set({ items: [...values.items, EMPTY_ITEM] })}>{t("form.addItem")}</button>
      <label htmlFor="quote-staff-hours">{t("form.staffHours")}</label>
      <input id="quote-staff-hours" type="number" min="0.25" step="0.25" value={values.staffHours} onChange={(e) => set({ staffHours: e.target.value })} />
    </>
  );
}

/** Extra consumables (coatings, reagents) with their unit prices. */
function ConsumableFields({ values, set }: Props) {
  const { t } = useQuotesTranslation();
  const setConsumable = (index: number, patch: Partial<QuoteValues["consumables"][number]>) =>
    set({ consumables: values.consumables.map((c, n) => (n === index ? { ...c, ...patch } : c)) });
  return (
    <>
      {values.consumables.map((c, index) => (
        <fieldset key={index} className="quote-item">
          <legend>{t("form.consumables")}</legend>
          <label htmlFor={id("c-description", index)}>{t("form.description")}</label>
          <input id={id("c-description", index)} value={c.description} onChange={(e) => setConsumable(index, { description: e.target.value })} required />
          <label htmlFor={id("c-quantity", index)}>{t("form.quantity")}</label>
          <input id={id("c-quantity", index)} type="number" min="0.001" step="any" value={c.quantity} onChange={(e) => setConsumable(index, { quantity: e.target.value })} />
          <label htmlFor={id("c-unit", index)}>{t("form.unit")}</label>
          <input id={id("c-unit", index)} value={c.unit} onChange={(e) => setConsumable(index, { unit: e.target.value })} required />
          <label htmlFor={id("c-price", index)}>{t("form.unitPrice")}</label>
          <input id={id("c-price", index)} type="number" min="0" step="1" value={c.unitPrice} onChange={(e) => setConsumable(index, { unitPrice: e.target.value })} />
        </fieldset>
      ))}
      <button type="button" className="button-link" onClick={() => set({ consumables: [...values.consumables, EMPTY_CONSUMABLE] })}>{t("form.addConsumable")}</button>
    </>
  );
}
