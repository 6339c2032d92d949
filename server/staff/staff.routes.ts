import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import {
  CreateStaffMemberRequestSchema,
  CreateTimeOffRequestSchema,
  RangeQuerySchema,
  StaffListQuerySchema,
  StaffTimeOffParamsSchema,
  TimeOffListQuerySchema,
  UpdateStaffMemberRequestSchema,
} from "../../shared/schemas/staff";
import type { Reservation } from "../platform/db/entities";
import { assertStrongPassword, hashPassword } from "../accounts";
import { currentActor } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { requestLocale } from "../platform/http/locale";
import { parse } from "../platform/http/validate";
import { presentBlackout } from "../blackouts";
import { presentStaffMember, presentTimeOff } from "./staff.presenter";
import { presentReservation } from "../booking";
import { authorizedStaffMember, createStaffMember, listStaffMembers, updateStaffMember } from "./staff-directory.service";
import { staffSchedule, staffToday } from "./staff-schedule.service";
import { addTimeOff, listTimeOff, removeTimeOff, upcomingTimeOff } from "./time-off.service";

const range = (query: { from: string; to: string }) => ({ start: Date.parse(query.from), end: Date.parse(query.to) });

/** Technical staff: the directory, schedules, working hours and time off. */
export function staffRoutes(ctx: AppContext): Router {
  const router = Router();
  directoryRoutes(router, ctx);
  scheduleRoutes(router, ctx);
  timeOffRoutes(router, ctx);
  return router;
}

const scheduleItem = (staffMemberId: number, locale: "ja" | "en") => (r: Reservation) => ({
  ...presentReservation(r, locale),
  assignedToMe: r.assignedStaffId === staffMemberId,
});

/** The roster: list, add, read and change a staff member. */
function directoryRoutes(router: Router, ctx: AppContext): void {

  router.get("/", async (req, res) => {
    const actor = currentActor(req);
    const query = parse(StaffListQuerySchema, req.query);
    const members = await listStaffMembers(ctx.db.manager, actor, query);
    res.json({ items: members.map((m) => presentStaffMember(m, requestLocale(req))) });
  });

  router.post("/", async (req, res) => {
    const actor = currentActor(req);
    const input = parse(CreateStaffMemberRequestSchema, req.body);
    assertStrongPassword(input.password, [input.email, input.displayName], "password");
    const passwordHash = await hashPassword(input.password);
    const member = await ctx.db.write((em) => createStaffMember(em, actor, input, passwordHash));
    res.status(201).json({ staffMember: presentStaffMember(member, requestLocale(req)) });
  });

  router.get("/:id", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const member = await authorizedStaffMember(ctx.db.manager, actor, id, "view");
    res.json({ staffMember: presentStaffMember(member, requestLocale(req)) });
  });

  router.patch("/:id", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(UpdateStaffMemberRequestSchema, req.body);
    const member = await ctx.db.write((em) => updateStaffMember(em, actor, id, input, ctx.clock.now()));
    res.json({ staffMember: presentStaffMember(member, requestLocale(req)) });
  });

}

/** A staff member's week and day. */
function scheduleRoutes(router: Router, ctx: AppContext): void {
  router.get("/:id/schedule", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const query = parse(RangeQuerySchema, req.query);
    const schedule = await staffSchedule(ctx.db.manager, actor, id, range(query));
    res.json({
      timezone: schedule.zone,
      from: query.from,
      to: query.to,
      working: schedule.working.map((w) => ({ start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() })),
      timeOff: schedule.timeOff.map(presentTimeOff),
      blackouts: schedule.blackouts.map(presentBlackout),
      items: schedule.items.map(scheduleItem(id, requestLocale(req))),
      meetings: schedule.meetings.map(({ meeting, summary, companyName }) => ({
        id: meeting.id, consultationId: meeting.consultationId, kind: meeting.kind,
        start: meeting.startsAt.toISOString(), end: meeting.endsAt.toISOString(), summary, companyName,
      })),
    });
  });

  router.get("/:id/today", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const today = await staffToday(ctx.db.manager, actor, id, ctx.clock.now());
    res.json({ timezone: today.zone, date: today.date, items: today.items.map(scheduleItem(id, requestLocale(req))) });
  });

}

/** A staff member's time off: upcoming or in a range, add, remove. */
function timeOffRoutes(router: Router, ctx: AppContext): void {
  router.get("/:id/time-off", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const query = parse(TimeOffListQuerySchema, req.query);
    if (query.scope === "upcoming") {
      const { items, total } = await upcomingTimeOff(ctx.db.manager, actor, id, new Date(ctx.clock.now()), query);
      res.json({ items: items.map(presentTimeOff), total, page: query.page, pageSize: query.pageSize });
      return;
    }
    const rows = await listTimeOff(ctx.db.manager, actor, id, range({ from: query.from!, to: query.to! }));
    res.json({ items: rows.map(presentTimeOff) });
  });

  router.post("/:id/time-off", async (req, res) => {
    const actor = currentActor(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(CreateTimeOffRequestSchema, req.body);
    const row = await ctx.db.write((em) => addTimeOff(em, actor, id, input));
    res.status(201).json({ timeOff: presentTimeOff(row) });
  });

  router.delete("/:id/time-off/:timeOffId", async (req, res) => {
    const actor = currentActor(req);
    const { id, timeOffId } = parse(StaffTimeOffParamsSchema, req.params);
    await ctx.db.write((em) => removeTimeOff(em, actor, id, timeOffId));
    res.status(204).end();
  });
}
