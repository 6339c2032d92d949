import i18n from "i18next";
import { useTranslation } from "react-i18next";
import { billingEn } from "./en";
import { billingJa } from "./ja";

/** The billing feature's texts, in their own namespace, registered with the feature's chunk. */
export const BILLING_NS = "billing";

function registerTexts(): void {
  if (!i18n.hasResourceBundle("en", BILLING_NS)) i18n.addResourceBundle("en", BILLING_NS, billingEn);
  if (!i18n.hasResourceBundle("ja", BILLING_NS)) i18n.addResourceBundle("ja", BILLING_NS, billingJa);
}

/** `t` for the billing namespace (falling back to the app's texts: errors, validation). */
export function useBillingTranslation() {
  registerTexts();
  const { t, i18n: instance } = useTranslation([BILLING_NS, "translation"]);
  return { t, language: instance.resolvedLanguage ?? "ja" };
}
