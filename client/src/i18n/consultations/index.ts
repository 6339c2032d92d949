import i18n from "i18next";
import { consultEn } from "./en";
import { consultJa } from "./ja";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type ConsultResources = Shape<typeof consultEn>;

const NAMESPACE = "consultations";

/** The consultation desk's namespace, registered when its pages are first imported; falls back to the common texts. */
export const CONSULT = [NAMESPACE, "translation"] as const;

if (!i18n.hasResourceBundle("en", NAMESPACE)) {
  i18n.addResourceBundle("en", NAMESPACE, consultEn);
  i18n.addResourceBundle("ja", NAMESPACE, consultJa);
}
