import { DateTime } from "luxon";
import type { EntityManager } from "typeorm";
import {
  assignConsultation, closeConsultation, createConsultation, logAdviceTime, postMessage, routeConsultation,
} from "../consultations";
import type { Actor } from "../platform/actor";
import { type Institution, StaffMember, User } from "../platform/db/entities";

interface DemoNeed {
  by: string;
  summary: string;
  details: string;
  material?: string;
  share?: boolean;
  /** How far it got: routed to these institutions, assigned to this staff member, the thread, closed. */
  routeTo?: string[];
  assign?: string;
  thread?: [string, string][];
  adviceMinutes?: number;
  close?: string;
}

const NEEDS: DemoNeed[] = [
  { by: "sme2@demo.example", summary: "Measuring residual stress in laser-welded aluminium joints", details: "We weld 6061 aluminium brackets by laser and want to know the residual stress near the seam before and after heat treatment. Which method and which facility can do this?", material: "Aluminium alloy 6061, 3 mm sheet" },
  { by: "sme@demo.example", summary: "めっき後のボルトに微細な割れ", details: "亜鉛ニッケルめっきしたM8ボルトで、塩水噴霧試験96時間後に微細な割れが見つかりました。原因を調べる方法を相談したいです。", material: "亜鉛ニッケルめっき鋼", share: true, routeTo: ["tasu"] },
  {
    by: "sme-member2@demo.example", summary: "Contamination spots on polished wafers", details: "Some polished silicon wafers show small dark spots after cleaning. We would like to identify the contaminant.",
    material: "Silicon wafer, 150 mm", routeTo: ["tasu"], assign: "staff@demo.example",
  },
  {
    by: "sme@demo.example", summary: "樹脂部品の内部の空隙を調べたい", details: "射出成形品の内部に空隙があるか、壊さずに確認したいです。試料は5個あります。", share: true,
    routeTo: ["mitc"], assign: "staff4@demo.example",
    thread: [["staff4@demo.example", "X線CTで非破壊の観察ができます。部品の大きさを教えてください。"], ["sme@demo.example", "最大で 80 mm × 40 mm × 20 mm です。"]],
    adviceMinutes: 30,
  },
  {
    by: "sme2@demo.example", summary: "Thermal stability of a new coating", details: "Our new polymer coating should survive 250 °C for an hour. How can we check weight loss and transitions?",
    routeTo: ["tasu"], assign: "staff3@demo.example",
    thread: [["staff3@demo.example", "TGA and DSC together answer this. Send two small samples (10 mg each) and we can run them next week."], ["sme2@demo.example", "Thank you, that is exactly what we needed."]],
    adviceMinutes: 45, close: "staff3@demo.example",
  },
];

/** Requests in each state of the desk across institutions, with their threads, written through the desk's own services. */
export async function seedConsultations(em: EntityManager, now: number, institutions: Map<string, Institution>): Promise<void> {
  const users = new Map((await em.getRepository(User).find()).map((u) => [u.email, u]));
  const staff = new Map((await em.getRepository(StaffMember).find()).map((m) => [m.userId, m.id]));
  const actor = (email: string): Actor => {
    const user = users.get(email)!;
    return { user, staffMemberId: staff.get(user.id) ?? null };
  };
  const coordinator = actor("coordinator@demo.example");
  const at = new Date(now);
  for (const need of NEEDS) {
    const row = await createConsultation(em, actor(need.by), {
      summary: need.summary, details: need.details, material: need.material, shareWithOtherInstitutions: need.share ?? false,
      desiredBy: DateTime.fromMillis(now, { zone: "Asia/Tokyo" }).plus({ weeks: 3 }).toISODate()!,
    });
    if (need.routeTo) await routeConsultation(em, coordinator, row.id, need.routeTo.map((k) => institutions.get(k)!.id), at);
    if (need.assign) {
      const member = actor(need.assign);
      const admin = (await em.getRepository(User).findOneBy({ role: "institution_admin", institutionId: member.user.institutionId! })) ?? coordinator.user;
      await assignConsultation(em, { user: admin, staffMemberId: null }, row.id, member.staffMemberId!, at);
    }
    for (const [email, body] of need.thread ?? []) await postMessage(em, actor(email), row.id, body);
    if (need.adviceMinutes) {
      const date = DateTime.fromMillis(now, { zone: "Asia/Tokyo" }).toISODate()!;
      await logAdviceTime(em, actor(need.assign!), row.id, { minutes: need.adviceMinutes, date });
    }
    if (need.close) await closeConsultation(em, actor(need.close), row.id, { reason: "resolved", outcomeSummary: "TGA/DSC recommended; samples to be sent.", outcomeShared: true }, at);
  }
}
