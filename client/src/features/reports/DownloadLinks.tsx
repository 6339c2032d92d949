import { useTranslation } from "react-i18next";
import { WS } from "../../i18n/workspace";

/** CSV and Excel downloads of the table on screen (the session cookie signs the request in). */
export function DownloadLinks({ fileOf }: { fileOf: (format: "csv" | "xlsx") => string }) {
  const { t } = useTranslation(WS);
  return (
    <div className="report-downloads no-print">
      <a className="button button-secondary" href={fileOf("csv")} download data-testid="download-csv">{t("reports.download.csv")}</a>
      <a className="button button-secondary" href={fileOf("xlsx")} download data-testid="download-xlsx">{t("reports.download.xlsx")}</a>
    </div>
  );
}
