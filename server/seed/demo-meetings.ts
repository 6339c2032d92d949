import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import { proposeMeeting } from "../consultations";
import { Consultation, StaffMember, User } from "../platform/db/entities";
import { AppError } from "../platform/errors";

const SUMMARY = "樹脂部品の内部の空隙を調べたい";
const STAFF = "staff4@demo.example";

/**
 * A visit the assigned staff member proposed on an answered request, on the first weekday from two days ahead
 * where their calendar is free, written through the desk's own service (the same checks as in the app).
 */
export async function seedConsultationMeeting(em: EntityManager, now: number): Promise<void> {
  const consultation = await em.getRepository(Consultation).findOneByOrFail({ summary: SUMMARY });
  const user = await em.getRepository(User).findOneByOrFail({ email: STAFF });
  const member = await em.getRepository(StaffMember).findOneByOrFail({ userId: user.id });
  const actor = { user, staffMemberId: member.id };
  const first = DateTime.fromMillis(now, { zone: "Asia/Tokyo" }).startOf("day").plus({ days: 2 });
  for (let day = 0; day < 14; day++) {
    for (const hour of [14, 10, 15]) {
      const start = first.plus({ days: day, hours: hour });
      try {
        await proposeMeeting(em, actor, consultation.id, {
          kind: "visit", start: start.toUTC().toISO()!, end: start.plus({ hours: 1 }).toUTC().toISO()!,
          note: "試料を5個お持ちください。X線CTで一緒に観察します。",
        }, new Date(now));
        return;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
    }
  }
}
