import { IsNull, type EntityManager } from "typeorm";
import type { NotificationKind } from "../../shared/schemas/notifications";
import { Notification } from "../platform/db/entities";
import { NotFound } from "../platform/errors";

export interface InboxQuery {
  unread?: boolean;
  page: number;
  pageSize: number;
}

/** The caller's own notifications, newest first, with how many are unread. */
export async function listNotifications(em: EntityManager, userId: number, query: InboxQuery) {
  const repository = em.getRepository(Notification);
  const where = query.unread ? { userId, readAt: IsNull() } : { userId };
  const [items, total] = await repository.findAndCount({
    where,
    order: { id: "DESC" },
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
  });
  const unread = query.unread ? total : await countUnread(em, userId);
  return { items, total, unread };
}

export function countUnread(em: EntityManager, userId: number): Promise<number> {
  return em.getRepository(Notification).countBy({ userId, readAt: IsNull() });
}

/** Marks one of the caller's notifications read (another user's answers 404, as if it did not exist). */
export async function markRead(em: EntityManager, userId: number, id: number, now: number) {
  const repository = em.getRepository(Notification);
  const notification = await repository.findOneBy({ id, userId });
  if (!notification) throw new NotFound("Notification");
  if (!notification.readAt) {
    notification.readAt = new Date(now);
    await repository.update({ id, userId }, { readAt: notification.readAt });
  }
  return { notification, unread: await countUnread(em, userId) };
}

export async function markAllRead(em: EntityManager, userId: number, now: number): Promise<{ unread: number }> {
  await em.getRepository(Notification).update({ userId, readAt: IsNull() }, { readAt: new Date(now) });
  return { unread: 0 };
}

export function presentNotification(n: Notification) {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    title: n.title,
    body: n.body,
    reservationId: n.reservationId,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}
