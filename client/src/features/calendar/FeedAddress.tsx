import { useId, useRef } from "react";
import type { CalendarFeed } from "../../../../shared";
import { useCopy } from "../../lib/clipboard";
import { useCalendarTranslation } from "./i18n";

/** The secret address in a read-only field with "copy link", and ready-made links into the common calendar apps. */
export function FeedAddress({ feed }: { feed: CalendarFeed }) {
  const { t } = useCalendarTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopy();
  return (
    <div className="feed-address">
      <label htmlFor={id}>{t("feed.address")}</label>
      <div className="copy-row">
        <input id={id} ref={field} type="text" readOnly value={feed.url} spellCheck={false} onFocus={(e) => e.currentTarget.select()} data-testid="feed-url" />
        <button type="button" className="button" onClick={() => void copy(feed.url, field.current)}>{t("feed.copy")}</button>
      </div>
      <p className={`copy-status copy-${state}`} role="status">
        {state === "copied" && t("feed.copied")}
        {state === "manual" && t("feed.copyManually")}
      </p>
      <p className="subscribe-links">
        <span className="subscribe-label">{t("feed.addTo")}</span>
        <a className="button button-secondary button-small" href={feed.googleCalendarUrl} target="_blank" rel="noopener noreferrer">{t("feed.google")}</a>
        <a className="button button-secondary button-small" href={feed.outlookUrl} target="_blank" rel="noopener noreferrer">{t("feed.outlook")}</a>
        <a className="button button-secondary button-small" href={feed.webcalUrl}>{t("feed.webcal")}</a>
      </p>
    </div>
  );
}
