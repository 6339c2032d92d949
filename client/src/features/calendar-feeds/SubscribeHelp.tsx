import { useCalendarTranslation } from "./i18n";

const APPS = ["google", "outlook", "apple", "thunderbird"] as const;

/** Short steps for the common calendar apps, and why changes show up late there. */
export function SubscribeHelp() {
  const { t } = useCalendarTranslation();
  return (
    <aside className="card subscribe-help" aria-labelledby="subscribe-help-title">
      <h2 id="subscribe-help-title">{t("help.title")}</h2>
      <p>{t("help.intro")}</p>
      {APPS.map((app) => (
        <details key={app} open={app === "google"}>
          <summary>{t(`help.apps.${app}.name`)}</summary>
          <ol>
            {(t(`help.apps.${app}.steps`, { returnObjects: true }) as string[]).map((step) => <li key={step}>{step}</li>)}
          </ol>
        </details>
      ))}
      <p className="help-note">{t("help.delay")}</p>
      <p className="help-note">{t("help.single")}</p>
    </aside>
  );
}
