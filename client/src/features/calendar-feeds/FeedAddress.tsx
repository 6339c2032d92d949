import { useId } from "react";
import type { CalendarFeed } from "../../../../shared";
import { CopyField } from "../../ui/CopyField";
import { useCalendarTranslation } from "./i18n";

/** The secret address in a read-only field with "copy link", and ready-made links into the common calendar apps. */
export function FeedAddress({ feed }: { feed: CalendarFeed }) {
  const { t } = useCalendarTranslation();
  const id = useId();
  return (
    <div className="feed-address">
      <label htmlFor={id}>{t("feed.address")}</label>
      <CopyField id={id} value={feed.url} texts={{ copy: t("feed.copy"), copied: t("feed.copied"), copyManually: t("feed.copyManually") }} testId="feed-url" />
      <p className="subscribe-links">
        <span className="subscribe-label">{t("feed.addTo")}</span>
        <a className="button button-secondary button-small" href={feed.googleCalendarUrl} target="_blank" rel="noopener noreferrer">{t("feed.google")}</a>
        <a className="button button-secondary button-small" href={feed.outlookUrl} target="_blank" rel="noopener noreferrer">{t("feed.outlook")}</a>
        <a className="button button-secondary button-small" href={feed.webcalUrl}>{t("feed.webcal")}</a>
      </p>
    </div>
  );
}
