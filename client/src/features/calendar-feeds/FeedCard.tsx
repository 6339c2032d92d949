import { useEffect, useRef, useState } from "react";
import type { CalendarFeed } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { formatDate, viewerZone } from "../../lib/format";
import { ConfirmPanel } from "./ConfirmPanel";
import { FeedAddress } from "./FeedAddress";
import { useCalendarTranslation } from "./i18n";
import { useRevokeFeed, useRotateFeed } from "./use-feeds";

/** A rotation leaves createdAt and moves updatedAt; a fresh feed has both within the same moment. */
const wasRotated = (feed: CalendarFeed) => Date.parse(feed.updatedAt) - Date.parse(feed.createdAt) > 1000;

/** One subscription: what it shows, its address and links, and rotate / delete behind a confirm step. */
export function FeedCard({ feed, fresh, onRevoked }: { feed: CalendarFeed; fresh: boolean; onRevoked: (label: string) => void }) {
  const { t, tApp } = useCalendarTranslation();
  const [confirming, setConfirming] = useState<"rotate" | "revoke" | null>(null);
  const [rotated, setRotated] = useState(false);
  const notice = rotated ? t("rotate.done", { label: feed.label }) : fresh ? t("create.created", { label: feed.label }) : null;
  const rotate = useRotateFeed(feed.id);
  const revoke = useRevokeFeed(feed.id, () => onRevoked(feed.label));
  // The form that made a new feed sits below the list: bring the new card into view.
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (fresh) item.current?.scrollIntoView?.({ block: "nearest" });
  }, [fresh]);
  const close = () => {
    setConfirming(null);
    rotate.reset();
    revoke.reset();
  };
  return (
    <li ref={item} className={`card feed-card${fresh ? " feed-card-fresh" : ""}`} data-testid="feed" data-kind={feed.kind}>
      <FeedHead feed={feed} />
      {notice && <Alert kind="success">{notice}</Alert>}
      {/* A new address starts without the previous one's "copied". */}
      <FeedAddress key={feed.url} feed={feed} />
      <p className="feed-secret">{t("feed.secret")}</p>
      {confirming === "rotate" && (
        <ConfirmPanel
          title={t("rotate.title", { label: feed.label })}
          body={t("rotate.body")}
          confirmLabel={t("rotate.confirm")}
          pending={rotate.isPending}
          error={rotate.isError ? errorMessage(rotate.error, tApp) : null}
          onConfirm={() => rotate.mutate(undefined, { onSuccess: () => { setConfirming(null); setRotated(true); } })}
          onCancel={close}
        />
      )}
      {confirming === "revoke" && (
        <ConfirmPanel
          title={t("revoke.title", { label: feed.label })}
          body={t("revoke.body")}
          confirmLabel={t("revoke.confirm")}
          danger
          pending={revoke.isPending}
          error={revoke.isError ? errorMessage(revoke.error, tApp) : null}
          onConfirm={() => revoke.mutate()}
          onCancel={close}
        />
      )}
      {confirming === null && (
        <FeedActions label={feed.label} onRotate={() => { setRotated(false); setConfirming("rotate"); }} onRevoke={() => setConfirming("revoke")} />
      )}
    </li>
  );
}

/** Kind badge, label, what the feed shows, and when it was created and last given a new address. */
function FeedHead({ feed }: { feed: CalendarFeed }) {
  const { t, language } = useCalendarTranslation();
  const zone = viewerZone();
  return (
    <div className="feed-head">
      <span className={`badge feed-kind feed-kind-${feed.kind}`}>{t(`badges.${feed.kind}`)}</span>
      <h3 className="feed-label">{feed.label}</h3>
      <p className="feed-meta">
        {t(`kinds.${feed.kind}`)} · {t("list.created", { date: formatDate(feed.createdAt, zone, language) })}
        {wasRotated(feed) && <> · {t("list.rotated", { date: formatDate(feed.updatedAt, zone, language) })}</>}
      </p>
    </div>
  );
}

/** Rotate and delete, each of which opens its confirm step. */
function FeedActions({ label, onRotate, onRevoke }: { label: string; onRotate: () => void; onRevoke: () => void }) {
  const { t } = useCalendarTranslation();
  return (
    <div className="button-row feed-actions" role="group" aria-label={t("feed.actionsFor", { label })}>
      <button type="button" className="button button-secondary button-small" onClick={onRotate}>{t("feed.rotate")}</button>
      <button type="button" className="button button-danger-outline button-small" onClick={onRevoke}>{t("feed.revoke")}</button>
    </div>
  );
}
