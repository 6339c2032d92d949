import { useState } from "react";
import { Navigate } from "react-router";
import type { CalendarFeed } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { CreateFeedForm } from "./CreateFeedForm";
import { FeedCard } from "./FeedCard";
import { useCalendarTranslation } from "./i18n";
import { SubscribeHelp } from "./SubscribeHelp";
import { useFeeds } from "./use-feeds";
import "./calendar.css";

/** Calendar subscriptions for every signed-in role: the user's feeds with their links, a form for a new one, and how to subscribe. */
export default function CalendarFeedsPage() {
  const { t, tApp } = useCalendarTranslation();
  const session = useSession();
  const feeds = useFeeds(Boolean(session.data));
  // The label of the feed just deleted (its card is gone, so the page says it); a new feed says so on its card.
  const [revokedLabel, setRevokedLabel] = useState<string | null>(null);
  const [freshId, setFreshId] = useState<number | null>(null);
  usePageTitle(t("title"));

  if (session.isPending) return <Loading />;
  if (!session.data) return <Navigate to="/login?next=/calendar-feeds" replace />;

  const created = (feed: CalendarFeed) => {
    setFreshId(feed.id);
    setRevokedLabel(null);
  };
  const revoked = (label: string) => {
    setFreshId(null);
    setRevokedLabel(label);
  };

  return (
    <section className="page feeds-page">
      <h1>{t("title")}</h1>
      <p className="page-intro">{t("intro")}</p>
      <div className="feeds-layout">
        <div className="feeds-main">
          <section aria-labelledby="feeds-title" aria-busy={feeds.isFetching}>
            <h2 id="feeds-title">{t("list.title")}</h2>
            {revokedLabel !== null && <Alert kind="success">{t("revoke.done", { label: revokedLabel })}</Alert>}
            {feeds.isPending && <Loading />}
            {feeds.isError && <Alert kind="error">{errorMessage(feeds.error, tApp)}</Alert>}
            {feeds.data && feeds.data.items.length === 0 && <p className="empty feeds-empty">{t("list.empty")}</p>}
            {feeds.data && feeds.data.items.length > 0 && (
              <ul className="feed-list">
                {feeds.data.items.map((feed) => <FeedCard key={feed.id} feed={feed} fresh={feed.id === freshId} onRevoked={revoked} />)}
              </ul>
            )}
          </section>
          {feeds.data && <CreateFeedForm user={session.data} kinds={feeds.data.kinds} onCreated={created} />}
        </div>
        <SubscribeHelp />
      </div>
    </section>
  );
}
