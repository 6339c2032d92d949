export { dispatchOnce } from "./dispatcher";
export { deliverOnce, retryDelayMs } from "./outbox";
export { notificationRoutes } from "./notifications.routes";
export { startNotificationWorker, type NotificationWorker } from "./worker";
export { queueMail, type QueuedMail } from "./queue-mail";
export { notificationSettingsRoutes } from "./settings.routes";
export { scheduleOnce } from "./scheduler";
export { devMailboxRoutes } from "./dev-mailbox.routes";
