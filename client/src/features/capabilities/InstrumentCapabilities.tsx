import { useTranslation } from "react-i18next";
import { DIR } from "../../i18n/directory";
import { CapabilityCard } from "./CapabilityCard";
import { useCapabilitySearch } from "./use-directory";
import "./directory.css";

/** On an instrument's page: the published research capabilities that use it (nothing when there are none). */
export function InstrumentCapabilities({ instrumentId }: { instrumentId: number }) {
  const { t } = useTranslation(DIR);
  const capabilities = useCapabilitySearch({ instrumentId });
  if (!capabilities.data || capabilities.data.items.length === 0) return null;
  return (
    <section className="capability-section" aria-labelledby="instrument-capabilities" data-testid="instrument-capabilities">
      <h2 id="instrument-capabilities">{t("onInstrument")}</h2>
      <ul className="capability-list">
        {capabilities.data.items.map((capability) => <CapabilityCard key={capability.id} capability={capability} />)}
      </ul>
    </section>
  );
}
