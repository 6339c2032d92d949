import i18n from "i18next";
import { useTranslation } from "react-i18next";
import { organisationsEn } from "./en";
import { organisationsJa } from "./ja";

/** Institutions, invitations and members: texts in their own namespace, loaded with the feature's chunk. */
export const ORGANISATIONS_NS = "organisations";

function registerTexts(): void {
  if (!i18n.hasResourceBundle("en", ORGANISATIONS_NS)) i18n.addResourceBundle("en", ORGANISATIONS_NS, organisationsEn);
  if (!i18n.hasResourceBundle("ja", ORGANISATIONS_NS)) i18n.addResourceBundle("ja", ORGANISATIONS_NS, organisationsJa);
}

/** `t` for this namespace, `tApp` for the shared texts (errors, validation), and the language shown. */
export function useOrganisationsTranslation() {
  registerTexts();
  const { t, i18n: instance } = useTranslation(ORGANISATIONS_NS);
  const { t: tApp } = useTranslation();
  return { t, tApp, language: (instance.resolvedLanguage === "en" ? "en" : "ja") as "ja" | "en" };
}
