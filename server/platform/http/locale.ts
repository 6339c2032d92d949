import type { Request } from "express";
import type { Locale } from "../../../shared/enums";

/** The language of localized fields: ?lang=, else the Accept-Language header, else the user's own, else English. */
export function requestLocale(req: Request): Locale {
  const explicit = req.query.lang;
  if (explicit === "ja" || explicit === "en") return explicit;
  if (req.headers["accept-language"]) {
    const accepted = req.acceptsLanguages("en", "ja");
    if (accepted === "ja" || accepted === "en") return accepted;
  }
  return req.auth?.user.locale ?? "en";
}
