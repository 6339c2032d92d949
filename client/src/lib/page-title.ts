import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the document title to "<page> | Equipment Share", so tabs, history and screen readers name the page. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} | ${t("app.name")}` : t("app.name");
  }, [title, t]);
}
