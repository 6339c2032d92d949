import i18n from "i18next";
import { notifyEn } from "./en";
import { notifyJa } from "./ja";
import "../workspace";

const NAMESPACE = "notify";

/**
 * The reservation page's and notification settings' namespace, registered when those pages are first imported.
 * Keys are looked up here, then in the workspace's (audit action labels), then in the common texts.
 */
export const NOTIFY = [NAMESPACE, "workspace", "translation"] as const;

if (!i18n.hasResourceBundle("en", NAMESPACE)) {
  i18n.addResourceBundle("en", NAMESPACE, notifyEn);
  i18n.addResourceBundle("ja", NAMESPACE, notifyJa);
}
