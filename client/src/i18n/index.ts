import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { ja } from "./ja";

export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is offered under its own name, whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = { ja: "日本語", en: "English" };

/** The language follows the browser on a first visit and is remembered (localStorage) once chosen. */
export function initI18n() {
  return i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, ja: { translation: ja } },
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: "languageOnly",
      fallbackLng: "ja",
      interpolation: { escapeValue: false },
      // useTranslation([feature, "translation"]) looks a key up in the feature's namespace, then in the common texts.
      react: { nsMode: "fallback" },
      detection: { order: ["localStorage", "navigator"], lookupLocalStorage: "language", caches: ["localStorage"] },
    });
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === "en" ? "en" : "ja";
}

export { i18n };
