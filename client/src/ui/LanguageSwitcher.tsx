import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LANGUAGES } from "../i18n";

/** Switches the interface language; the choice is remembered by the language detector's cache. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t("app.language")}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          aria-label={LANGUAGE_NAMES[language]}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span className="lang-long">{LANGUAGE_NAMES[language]}</span>
          <span className="lang-short" aria-hidden="true">{language.toUpperCase()}</span>
        </button>
      ))}
    </div>
  );
}
