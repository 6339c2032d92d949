import type { TFunction } from "i18next";
import { ApiError } from "../api/http";

/** A user-facing sentence for an API error: the reason's own text when we have one, else the code's. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t("errors.generic");
  if (error.code === "network") return t("errors.network");
  if (error.reason && t(`errors.reason.${error.reason}`, { defaultValue: "" })) return t(`errors.reason.${error.reason}`);
  if (error.code === "unauthenticated") return t("errors.unauthenticated");
  if (error.code === "not_found") return t("errors.not_found");
  return error.message || t("errors.generic");
}
