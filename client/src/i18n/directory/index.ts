import i18n from "i18next";
import { dirEn } from "./en";
import { dirJa } from "./ja";

const NAMESPACE = "directory";

/** The technology directory's own namespace; `useTranslation(DIR)` falls back to the app's common texts. */
export const DIR = [NAMESPACE, "translation"] as const;

if (!i18n.hasResourceBundle("en", NAMESPACE)) {
  i18n.addResourceBundle("en", NAMESPACE, dirEn);
  i18n.addResourceBundle("ja", NAMESPACE, dirJa);
}
