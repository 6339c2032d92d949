import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarFeed, CreateCalendarFeedRequest } from "../../../../shared";
import { calendarApi } from "../../api/calendar";
import { feedKeys } from "../../api/query-keys";


type FeedList = Awaited<ReturnType<typeof calendarApi.feeds>>;

/** The signed-in user's subscriptions and the kinds they may create. */
export function useFeeds(enabled: boolean) {
  return useQuery({ queryKey: feedKeys.all, queryFn: calendarApi.feeds, enabled });
}

/** Applies a change the server confirmed to the cached list. */
function useUpdateFeeds() {
  const client = useQueryClient();
  return (change: (items: CalendarFeed[]) => CalendarFeed[]) =>
    client.setQueryData<FeedList>(feedKeys.all, (list) => list && { ...list, items: change(list.items) });
}

export function useCreateFeed() {
  const update = useUpdateFeeds();
  return useMutation({
    mutationFn: (body: CreateCalendarFeedRequest) => calendarApi.createFeed(body),
    onSuccess: (feed) => update((items) => [...items, feed]),
  });
}

/** A new secret address; the old one stops working on the server at once. */
export function useRotateFeed(id: number) {
  const update = useUpdateFeeds();
  return useMutation({
    mutationFn: () => calendarApi.rotateFeed(id),
    onSuccess: (feed) => update((items) => items.map((item) => (item.id === feed.id ? feed : item))),
  });
}

/** Deletes the feed; `onRevoked` runs before its card leaves the list (callbacks given to `mutate` would not, once unmounted). */
export function useRevokeFeed(id: number, onRevoked: () => void) {
  const update = useUpdateFeeds();
  return useMutation({
    mutationFn: () => calendarApi.revokeFeed(id),
    onSuccess: () => {
      onRevoked();
      update((items) => items.filter((item) => item.id !== id));
    },
  });
}
