import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { errorMessage } from "../../lib/error-message";
import { formatDate, formatRange } from "../../lib/format";
import { useConfirm } from "../../ui/ConfirmDialog";
import { WS } from "../../i18n/workspace";
import { invalidate, scheduleKeys, timeOffKeys } from "../../api/query-keys";

const PAGE_SIZE = 20;


/** Time off that has not ended yet, soonest first, paged by the server (`scope=upcoming`); each can be deleted. */
export function UpcomingTimeOff({ staffId, zone }: { staffId: number; zone: string }) {
  const { t, i18n } = useTranslation(WS);
  const language = i18n.resolvedLanguage ?? "ja";
  const confirm = useConfirm();
  const client = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useInfiniteQuery({
    queryKey: timeOffKeys.upcoming(staffId),
    queryFn: ({ pageParam }) => workspaceApi.upcomingTimeOff(staffId, pageParam, PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const remove = useMutation({
    mutationFn: (id: number) => workspaceApi.deleteTimeOff(staffId, id),
    onSuccess: () => {
      invalidate(client, timeOffKeys.of(staffId), scheduleKeys.all);
      heading.current?.focus();
    },
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const label = (start: string, end: string) => isWholeDays(start, end, zone)
    ? `${formatDate(start, zone, language)} – ${formatDate(DateTime.fromISO(end).minus({ minutes: 1 }).toISO()!, zone, language)}`
    : formatRange(start, end, zone, language);

  return (
    <>
      {confirm.dialog}
      <h3 id="upcoming-time-off" ref={heading} tabIndex={-1}>{t("timeOff.upcoming")}</h3>
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {remove.isError && <Alert kind="error">{errorMessage(remove.error, t)}</Alert>}
      {remove.isSuccess && <p role="status" className="muted">{t("timeOff.removed")}</p>}
      {list.isSuccess && items.length === 0 && <p className="muted">{t("timeOff.none")}</p>}
      <ul className="plain-list" aria-labelledby="upcoming-time-off">
        {items.map((o) => (
          <li key={o.id}>
            <span>{label(o.start, o.end)}</span>
            {o.reason && <span className="muted"> · {o.reason}</span>}
            <button type="button" className="button-link" disabled={remove.isPending} aria-label={t("timeOff.deleteOne", { when: label(o.start, o.end) })} onClick={() => confirm.ask({ title: t("timeOff.confirmDelete", { when: label(o.start, o.end) }), confirmLabel: t("common.delete"), onConfirm: () => remove.mutate(o.id) })}>
              {t("common.delete")}
            </button>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button type="button" className="button button-secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t("timeOff.more")}</button>
      )}
    </>
  );
}

function isWholeDays(start: string, end: string, zone: string): boolean {
  const s = DateTime.fromISO(start, { zone });
  const e = DateTime.fromISO(end, { zone });
  return s.equals(s.startOf("day")) && e.equals(e.startOf("day"));
}
