import i18n from "i18next";
import { wsEn } from "./en";
import { wsJa } from "./ja";

const NAMESPACE = "workspace";

/**
 * The workspace's own i18n namespace, registered when its (lazily loaded) pages are first imported.
 * `useTranslation(WS)` looks keys up there first, then in the app's common texts (errors, validation).
 */
export const WS = [NAMESPACE, "translation"] as const;

if (!i18n.hasResourceBundle("en", NAMESPACE)) {
  i18n.addResourceBundle("en", NAMESPACE, wsEn);
  i18n.addResourceBundle("ja", NAMESPACE, wsJa);
}
