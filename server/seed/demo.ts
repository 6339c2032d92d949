import { DateTime } from "luxon";
import { seedCapabilities } from "./demo-capabilities";
import type { EntityManager } from "typeorm";
import { Blackout, Company, Institution, InstitutionClosure, Instrument, Qualification, Reservation, StaffMember, StaffTimeOff, User } from "../platform/db/entities";
import type { Database } from "../platform/db/database";
import { recordAudit } from "../platform/audit-trail";
import { isJapaneseHoliday } from "../availability";
import { hashPassword } from "../accounts";
import { buildSearchText } from "../catalogue";
import { seedTerms, unverifiedCompanyBooking } from "./demo-companies";
import { seedThesaurus } from "./demo-thesaurus";
import { seedBilling } from "./demo-billing";
import type { StoredPhoto } from "../platform/db/entities/instrument";
import { demoPhotos } from "./demo-photos";
import { seedInvitations } from "./demo-invitations";
import { seedConsultations } from "./demo-consultations";
import { seedConsultationMeeting } from "./demo-meetings";
import { demoConsultationFile, seedConsultationFile } from "./demo-consultation-files";
import { seedQuotes } from "./demo-quotes";
import { COMPANIES, DEMO_PASSWORD, INSTITUTIONS, INSTRUMENTS, PEOPLE, WEEKDAYS_9_17 } from "./demo-data";
import { demoHistory } from "./demo-history";

const ZONE = "Asia/Tokyo";

/**
 * Loads the demo data set into an empty database. Returns false (and changes nothing) when there are users already.
 * With `uploadDir`, each instrument gets a drawn photo stored there, and a consultation a drawn PDF.
 */
export async function seedDemoIfEmpty(db: Database, now: number, options: { uploadDir?: string } = {}): Promise<boolean> {
  if ((await db.manager.getRepository(User).count()) > 0) return false;
  const hashes = await Promise.all(PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));
  const photos = options.uploadDir ? await demoPhotos(options.uploadDir, INSTRUMENTS) : new Map<string, StoredPhoto[]>();
  const consultationFile = options.uploadDir ? await demoConsultationFile(options.uploadDir) : null;
  return db.write(async (em) => {
    if ((await em.getRepository(User).count()) > 0) return false;
    await seedDemo(em, hashes, now, photos);
    if (consultationFile) await seedConsultationFile(em, consultationFile);
    return true;
  });
}

async function seedDemo(em: EntityManager, passwordHashes: string[], now: number, photos: Map<string, StoredPhoto[]>): Promise<void> {
  const institutions = await seedInstitutions(em);
  const instruments = await seedInstruments(em, institutions, photos);
  const companies = new Map<string, Company>();
  for (const { key, ...fields } of COMPANIES) {
    companies.set(key, await em.getRepository(Company).save(em.getRepository(Company).create(fields)));
  }
  const { users, staffByEmail } = await seedPeople(em, passwordHashes, { institutions, instruments, companies });
  await seedActivity(em, now, { instruments, users, staffByEmail });
  await seedBilling(em, now, { users });
  await seedInvitations(em, now, { users, institutions, companies });
  await seedCapabilities(em, institutions, instruments);
  await seedConsultations(em, now, institutions);
  await seedQuotes(em, now, institutions, instruments);
  await seedConsultationMeeting(em, now);
}

async function seedInstitutions(em: EntityManager): Promise<Map<string, Institution>> {
  const institutions = new Map<string, Institution>();
  for (const data of INSTITUTIONS) {
    const { key, closures, ...fields } = data;
    const institution = await em.getRepository(Institution).save(em.getRepository(Institution).create({ ...fields, timezone: ZONE, closedOnNationalHolidays: true }));
    institutions.set(key, institution);
    for (const closure of closures) await em.getRepository(InstitutionClosure).insert({ institutionId: institution.id, ...closure });
  }
  return institutions;
}

async function seedInstruments(em: EntityManager, institutions: Map<string, Institution>, photos: Map<string, StoredPhoto[]>): Promise<Map<string, Instrument>> {
  const instruments = new Map<string, Instrument>();
  for (const data of INSTRUMENTS) {
    const institution = institutions.get(data.institution)!;
    const { key, specs, rates, institution: _institution, ...fields } = data;
    const row = em.getRepository(Instrument).create({
      ...fields,
      institutionId: institution.id,
      photos: photos.get(key) ?? null,
      specs: specs.map(([ja, en, value]) => ({ label: { ja, en }, value })),
      openingHours: data.openingHours ?? WEEKDAYS_9_17,
      status: data.status ?? "active",
      rateAcademic: rates[0],
      rateCompany: rates[1],
      rateSme: rates[2],
      rateAssistance: rates[3],
      searchText: buildSearchText({ ...data, institution }),
    });
    instruments.set(key, await em.getRepository(Instrument).save(row));
  }
  return instruments;
}

async function seedPeople(
  em: EntityManager,
  passwordHashes: string[],
  refs: { institutions: Map<string, Institution>; instruments: Map<string, Instrument>; companies: Map<string, Company> },
) {
  const users = new Map<string, User>();
  const staffByEmail = new Map<string, StaffMember>();
  for (const [index, person] of PEOPLE.entries()) {
    const user = await em.getRepository(User).save(
      em.getRepository(User).create({
        email: person.email,
        passwordHash: passwordHashes[index],
        displayName: person.displayName,
        role: person.role,
        locale: person.locale,
        companyId: person.company ? refs.companies.get(person.company)!.id : null,
        companyRole: person.company ? (person.companyRole ?? "admin") : null,
        institutionId: person.institution ? refs.institutions.get(person.institution)!.id : null,
        active: true,
      }),
    );
    users.set(person.email, user);
    if (!person.staff) continue;
    const staff = em.getRepository(StaffMember).create({
      userId: user.id,
      institutionId: user.institutionId!,
      workingHours: person.staff.hours,
      active: true,
      instruments: person.staff.instruments.map((key) => refs.instruments.get(key)!),
    });
    staffByEmail.set(person.email, await em.getRepository(StaffMember).save(staff));
  }
  return { users, staffByEmail };
}

/** A few reservations, a qualification and some time off, placed on upcoming working days so the demo looks alive. */
async function seedActivity(
  em: EntityManager,
  now: number,
  refs: { instruments: Map<string, Instrument>; users: Map<string, User>; staffByEmail: Map<string, StaffMember> },
): Promise<void> {
  const workingDay = (offset: number) => {
    let day = DateTime.fromMillis(now, { zone: ZONE }).startOf("day").plus({ days: offset });
    while (day.weekday > 5 || isJapaneseHoliday(day.toISODate()!)) day = day.plus({ days: 1 });
    return day;
  };
  const at = (day: DateTime, hour: number) => day.set({ hour }).toJSDate();
  const sme = refs.users.get("sme@demo.example")!;
  const staff = refs.staffByEmail.get("staff@demo.example")!;
  const staff2 = refs.staffByEmail.get("staff2@demo.example")!;

  const d3 = workingDay(3);
  const d5 = workingDay(5);
  const past = DateTime.fromMillis(now, { zone: ZONE }).minus({ days: 7 }).set({ weekday: 3 }).startOf("day");
  const bookings = await em.getRepository(Reservation).save([
    ...demoBookings(em, refs, { at, d3, d5, past }),
    unverifiedCompanyBooking(em, refs, { at, day: d5 }),
  ]);
  await seedTerms(em, refs.users);
  await seedThesaurus(em, refs.users);
  await auditDemoBookings(em, bookings);
  await em.getRepository(Reservation).save(demoHistory(em, refs, now, ZONE), { chunk: 100 });
  await em.getRepository(Qualification).insert({
    userId: sme.id, instrumentId: refs.instruments.get("tabletop-sem")!.id, grantedById: staff.userId,
    grantedAt: at(past, 16), expiresAt: null, revokedAt: null, note: "初回トレーニング修了 / Completed first training",
  });
  const xps = refs.instruments.get("xps")!;
  const service = workingDay(10);
  await em.getRepository(Blackout).insert({
    institutionId: xps.institutionId, instrumentId: xps.id, startsAt: at(service, 9), endsAt: at(service, 17), kind: "maintenance",
    reason: "X線源の定期交換 / Scheduled X-ray source replacement",
  });
  const off = workingDay(8);
  await em.getRepository(StaffTimeOff).insert({ staffMemberId: staff2.id, startsAt: at(off, 0), endsAt: at(off.plus({ days: 1 }), 0), reason: "年次休暇 / Annual leave" });
}

/**
 * The upcoming bookings' audit events, as booking them would have written: the notification dispatcher turns them
 * into the demo's first notifications (the bell shows something on first start).
 */
async function auditDemoBookings(em: EntityManager, bookings: Reservation[]): Promise<void> {
  for (const r of bookings.filter((b) => b.status === "confirmed" || b.status === "pending")) {
    const base = { actorUserId: r.enteredByUserId ?? r.userId, entityType: "reservation", entityId: r.id, institutionId: r.institutionId, companyId: r.companyId };
    const assignedStaffId = r.assistanceStatus === "unstaffed" ? null : r.assignedStaffId;
    await recordAudit(em, { ...base, action: "reservation.created", details: {
      status: r.status, assistance: r.assistanceType, assignedStaffId, ...(r.enteredByUserId && { onBehalfOfUserId: r.userId, enteredByUserId: r.enteredByUserId }),
    } });
    if (r.assistanceStatus === "unstaffed") await recordAudit(em, { ...base, actorUserId: null, action: "reservation.unstaffed", details: { fromStaffMemberId: null, toStaffMemberId: null } });
  }
}

/** The demo's reservations: confirmed, unstaffed, pending and past ones across a few instruments. */
function demoBookings(
  em: EntityManager,
  refs: { instruments: Map<string, Instrument>; users: Map<string, User>; staffByEmail: Map<string, StaffMember> },
  days: { at: (day: DateTime, hour: number) => Date; d3: DateTime; d5: DateTime; past: DateTime },
): Reservation[] {
  const { at, d3, d5, past } = days;
  const sme = refs.users.get("sme@demo.example")!;
  const sme2 = refs.users.get("sme2@demo.example")!;
  const staff = refs.staffByEmail.get("staff@demo.example")!;
  const staff2 = refs.staffByEmail.get("staff2@demo.example")!;
  const booking = (fields: Partial<Reservation> & Pick<Reservation, "instrumentId" | "userId" | "companyId" | "startsAt" | "endsAt" | "status" | "purpose">) => {
    const instrument = [...refs.instruments.values()].find((i) => i.id === fields.instrumentId)!;
    return em.getRepository(Reservation).create({ institutionId: instrument.institutionId, revision: 1, ...fields });
  };
  return [
    booking({
      instrumentId: refs.instruments.get("fesem")!.id, userId: sme.id, companyId: sme.companyId!,
      startsAt: at(d3, 10), endsAt: at(d3, 12), status: "confirmed",
      purpose: "めっき層のクラック観察 / Crack inspection of a nickel plating", sampleDescription: "Ni めっき鋼板 10 mm 角 × 3",
      assistanceType: "operation", assistanceStatus: "accepted", assignedStaffId: staff.id, priceEstimateYen: 20000,
    }),
    booking({
      instrumentId: refs.instruments.get("afm")!.id, userId: sme2.id, companyId: sme2.companyId!,
      startsAt: at(d3, 14), endsAt: at(d3, 16), status: "confirmed",
      purpose: "Surface roughness of a new coating / 新規コーティングの表面粗さ", sampleDescription: "Coated glass, 20 mm × 20 mm",
      assistanceType: "training", assistanceStatus: "unstaffed", assignedStaffId: null, priceEstimateYen: 18000,
    }),
    booking({
      instrumentId: refs.instruments.get("tem")!.id, userId: sme2.id, companyId: sme2.companyId!,
      startsAt: at(d5, 13), endsAt: at(d5, 15), status: "pending", pendingReason: "approval_required",
      purpose: "Nanoparticle size distribution in a coating additive", sampleDescription: "Dispersion on Cu grid",
      assistanceType: "operation", assistanceStatus: "assigned", assignedStaffId: staff.id, priceEstimateYen: 30000,
    }),
    booking({
      instrumentId: refs.instruments.get("xrd")!.id, userId: sme2.id, companyId: sme2.companyId!,
      startsAt: at(d5, 9), endsAt: at(d5, 11), status: "confirmed",
      purpose: "Phase identification of a ceramic coating", assistanceType: "training", assistanceStatus: "assigned",
      assignedStaffId: staff2.id, priceEstimateYen: 16000,
      enteredByUserId: staff2.userId, // booked by phone: staff entered it for the company (booking on behalf)
    }),
    booking({
      instrumentId: refs.instruments.get("tabletop-sem")!.id, userId: sme.id, companyId: sme.companyId!,
      startsAt: at(past, 14), endsAt: at(past, 16), status: "completed",
      purpose: "初回トレーニング / First training session", assistanceType: "training", assistanceStatus: "assigned",
      assignedStaffId: staff.id, priceEstimateYen: 11000,
    }),
  ];
}
