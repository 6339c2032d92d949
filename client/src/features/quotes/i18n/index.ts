import i18n from "i18next";
import { useTranslation } from "react-i18next";
import { quotesEn } from "./en";
import { quotesJa } from "./ja";

/** The quotes feature's texts, in their own namespace. */
export const QUOTES_NS = "quotes";

function registerTexts(): void {
  if (!i18n.hasResourceBundle("en", QUOTES_NS)) i18n.addResourceBundle("en", QUOTES_NS, quotesEn);
  if (!i18n.hasResourceBundle("ja", QUOTES_NS)) i18n.addResourceBundle("ja", QUOTES_NS, quotesJa);
}

/** `t` for the quotes namespace (falling back to the app's texts: errors, validation). */
export function useQuotesTranslation() {
  registerTexts();
  const { t, i18n: instance } = useTranslation([QUOTES_NS, "translation"]);
  return { t, language: instance.resolvedLanguage ?? "ja" };
}
