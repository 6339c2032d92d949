import type { Logger } from "pino";
import type { Clock } from "../platform/clock";
import type { Config } from "../platform/config";
import type { Database } from "../platform/db/database";
import { createMailer, type Mailer } from "../platform/mailer";
import { dispatchOnce } from "./dispatcher";
import { deliverOnce } from "./outbox";
import { scheduleOnce } from "./scheduler";

/** How often a process looks for reminders, agendas and digests that have come due. */
const SCHEDULE_EVERY_MS = 60_000;

export interface NotificationWorker {
  /** Finishes the step in progress, then stops. */
  stop(): Promise<void>;
}

/**
 * The notification worker of one server process: dispatches new audit events and delivers due e-mails, again
 * at once while there is work, else every `notifyIntervalMs`. Every process runs one; the claims keep them apart.
 */
export function startNotificationWorker(
  deps: { db: Database; clock: Clock; config: Config; logger: Logger },
  mailer: Mailer = createMailer(deps.config),
): NotificationWorker {
  const { db, clock, config, logger } = deps;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let nextSchedule = 0;
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;

  const step = async (): Promise<boolean> => {
    try {
      const events = await dispatchOnce(db, clock, {
        publicUrl,
        organizer: config.mailFrom,
        onError: (event, err) => logger.error({ err, auditEventId: event.id, action: event.action }, "notifications for an audit event could not be written; skipped"),
      });
      if (clock.now() >= nextSchedule) {
        nextSchedule = clock.now() + SCHEDULE_EVERY_MS;
        await scheduleOnce(db, clock, { publicUrl });
      }
      const mail = await deliverOnce(db, clock, mailer);
      if (mail.failed) logger.warn({ failed: mail.failed }, "some e-mails could not be sent; they will be retried");
      return events > 0 || mail.sent > 0;
    } catch (error) {
      logger.error({ err: error }, "notification worker step failed");
      return false;
    }
  };
  const loop = () => {
    if (stopped) return;
    running = step().then((busy) => {
      if (!stopped) timer = setTimeout(loop, busy ? 0 : config.notifyIntervalMs);
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}
