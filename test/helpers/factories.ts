import type { DeepPartial } from "typeorm";
import type { Database } from "../../server/platform/db/database";
import { Blackout, Company, Institution, InstitutionClosure, Instrument, Qualification, Reservation, StaffMember, StaffTimeOff, User } from "../../server/platform/db/entities";
import { hashPassword } from "../../server/accounts/passwords";
import { buildSearchText } from "../../server/catalogue/search-text";
import type { WeeklyHours } from "../../shared/time/weekly-hours";

export const WEEKDAYS_9_17: WeeklyHours = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "09:00", end: "17:00" }]]),
);
export const EVERY_DAY_9_17: WeeklyHours = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map((d) => [d, [{ start: "09:00", end: "17:00" }]]),
);

let sequence = 0;
const next = () => ++sequence;

/** Builders for rows the tests need, written straight to the database (the API is what the tests exercise). */
export class Factories {
  static readonly PASSWORD = "correct horse battery";
  private passwordHash?: Promise<string>;

  constructor(private readonly db: Database) {}

  private hash(): Promise<string> {
    return (this.passwordHash ??= hashPassword(Factories.PASSWORD));
  }

  institution(fields: DeepPartial<Institution> = {}): Promise<Institution> {
    const n = next();
    return this.db.write((em) =>
      em.getRepository(Institution).save(
        em.getRepository(Institution).create({
          nameJa: `テスト大学${n}`,
          nameEn: `Test University ${n}`,
          kind: "university",
          prefecture: "Miyagi",
          timezone: "Asia/Tokyo",
          closedOnNationalHolidays: true,
          ...fields,
        }),
      ),
    );
  }

  async instrument(institution: Institution, fields: Partial<Instrument> = {}): Promise<Instrument> {
    const n = next();
    const base = {
      institutionId: institution.id,
      nameJa: `走査電子顕微鏡${n}`,
      nameEn: `Scanning electron microscope ${n}`,
      category: "electron_microscopy" as const,
      manufacturer: "JEOL",
      model: `JSM-${n}`,
      keywords: ["SEM", "crack", "ひび割れ"],
      specs: [],
      openingHours: WEEKDAYS_9_17,
      status: "active" as const,
      slotMinutes: 30,
      minDurationMinutes: 60,
      maxDurationMinutes: 480,
      leadTimeHours: 24,
      horizonDays: 90,
      requiresApproval: false,
      selfUse: true,
      staffOperated: true,
      training: true,
      rateAcademic: 1000,
      rateCompany: 8000,
      rateSme: 4000,
      rateAssistance: 3000,
      ...fields,
    };
    return this.db.write((em) =>
      em.getRepository(Instrument).save(em.getRepository(Instrument).create({ ...base, searchText: buildSearchText({ ...base, institution }) })),
    );
  }

  company(fields: DeepPartial<Company> = {}): Promise<Company> {
    return this.db.write((em) => em.getRepository(Company).save(em.getRepository(Company).create({ name: `Company ${next()} KK`, customerType: "sme", verification: "verified", ...fields })));
  }

  async user(fields: DeepPartial<User> & Pick<User, "role">): Promise<User> {
    const passwordHash = await this.hash();
    return this.db.write((em) =>
      em.getRepository(User).save(
        em.getRepository(User).create({ email: `user${next()}@test.example`, displayName: `User ${sequence}`, locale: "en", active: true, passwordHash, ...fields }),
      ),
    );
  }

  async companyMember(company?: Company, fields: DeepPartial<User> = {}): Promise<User> {
    const owner = company ?? (await this.company());
    return this.user({ role: "company_member", companyId: owner.id, ...fields });
  }

  /** A staff member (with a login) supporting the given instruments. */
  async staff(institution: Institution, instruments: Instrument[], fields: { hours?: WeeklyHours; active?: boolean; user?: DeepPartial<User> } = {}) {
    const user = await this.user({ role: "staff", institutionId: institution.id, ...fields.user });
    const member = await this.db.write((em) =>
      em.getRepository(StaffMember).save(
        em.getRepository(StaffMember).create({
          userId: user.id,
          institutionId: institution.id,
          workingHours: fields.hours ?? WEEKDAYS_9_17,
          active: fields.active ?? true,
          instruments,
        }),
      ),
    );
    return { user, member };
  }

  qualification(user: User, instrument: Instrument, fields: Partial<Qualification> = {}): Promise<Qualification> {
    return this.db.write((em) =>
      em.getRepository(Qualification).save(
        em.getRepository(Qualification).create({ userId: user.id, instrumentId: instrument.id, grantedAt: new Date("2027-01-01T00:00:00Z"), ...fields }),
      ),
    );
  }

  blackout(institution: Institution, instrument: Instrument | null, start: string, end: string): Promise<Blackout> {
    return this.db.write((em) =>
      em.getRepository(Blackout).save(
        em.getRepository(Blackout).create({
          institutionId: institution.id,
          instrumentId: instrument?.id ?? null,
          startsAt: new Date(start),
          endsAt: new Date(end),
          kind: "maintenance",
        }),
      ),
    );
  }

  closure(institution: Institution, date: string): Promise<InstitutionClosure> {
    return this.db.write((em) => em.getRepository(InstitutionClosure).save(em.getRepository(InstitutionClosure).create({ institutionId: institution.id, date })));
  }

  timeOff(member: StaffMember, start: string, end: string): Promise<StaffTimeOff> {
    return this.db.write((em) =>
      em.getRepository(StaffTimeOff).save(em.getRepository(StaffTimeOff).create({ staffMemberId: member.id, startsAt: new Date(start), endsAt: new Date(end) })),
    );
  }

  admin(institution: Institution, fields: DeepPartial<User> = {}): Promise<User> {
    return this.user({ role: "institution_admin", institutionId: institution.id, ...fields });
  }

  coordinator(): Promise<User> {
    return this.user({ role: "coordinator" });
  }

  /** A reservation written straight to the database (the overlap triggers still apply). */
  reservation(instrument: Instrument, user: User, start: string, end: string, fields: Partial<Reservation> = {}): Promise<Reservation> {
    return this.db.write(async (em) => {
      const row = em.getRepository(Reservation).create({
        instrumentId: instrument.id,
        institutionId: instrument.institutionId,
        companyId: user.companyId!,
        userId: user.id,
        startsAt: new Date(start),
        endsAt: new Date(end),
        status: "confirmed",
        purpose: "Fracture surface imaging",
        sampleDescription: "Steel coupons",
        assistanceType: fields.assignedStaffId ? "operation" : "none",
        assistanceStatus: fields.assignedStaffId ? "assigned" : "not_requested",
        ...fields,
      });
      await em.getRepository(Reservation).insert(row);
      return row;
    });
  }
}
