import i18n, { type BackendModule, type LanguageDetectorModule } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Resources } from "./en";

export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is offered under its own name, whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = { ja: "日本語", en: "English" };

const COMMON_TEXTS: Record<Language, () => Promise<Resources>> = {
  en: () => import("./en").then((m) => m.en),
  ja: () => import("./ja").then((m) => m.ja),
};

/**
 * The common texts of one language, fetched when it is first used: a visit downloads only its own language (the
 * catalogue's first load stays small) and switching fetches the other. Feature namespaces register themselves.
 */
const commonTexts: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = COMMON_TEXTS[language as Language];
    if (namespace !== "translation" || !load) return callback(null, {});
    load().then((texts) => callback(null, texts), (error: Error) => callback(error, null));
  },
};

const STORED_LANGUAGE = "language";

/** The language chosen before (localStorage), else the browser's; i18next picks the first supported one. */
const languageDetector: LanguageDetectorModule = {
  type: "languageDetector",
  detect() {
    const stored = safely(() => localStorage.getItem(STORED_LANGUAGE));
    return stored ? [stored] : [...(navigator.languages ?? [navigator.language])];
  },
  cacheUserLanguage(language) {
    safely(() => localStorage.setItem(STORED_LANGUAGE, language));
  },
};

/** Storage may be refused (private windows, blocked cookies): the language is then simply not remembered. */
function safely<T>(use: () => T): T | null {
  try {
    return use();
  } catch {
    return null;
  }
}

/** The language follows the browser on a first visit and is remembered (localStorage) once chosen. */
export function initI18n() {
  return i18n
    .use(commonTexts)
    .use(languageDetector)
    .use(initReactI18next)
    .init({
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: "languageOnly",
      // Japanese for any other browser language; both dictionaries are complete (ja.ts satisfies en's type), so a
      // language never falls back to the other and only its own texts are fetched.
      fallbackLng: (code) => (code === "en" ? ["en"] : ["ja"]),
      interpolation: { escapeValue: false },
      // useTranslation([feature, "translation"]) looks a key up in the feature's namespace, then in the common texts.
      react: { nsMode: "fallback" },
    });
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === "en" ? "en" : "ja";
}

export { i18n };
