import { In, type EntityManager } from "typeorm";
import { Company, Institution, Instrument, StaffMember, User } from "../platform/db/entities";

export interface NamedRef {
  id: number;
  nameJa: string;
  nameEn: string;
}

export interface StaffRef {
  staffMemberId: number;
  name: string;
  userId: number;
  institutionId: number;
}

/** Names of the rows a page of consultations mentions, each kind read in one query. */
export interface Names {
  companies: Map<number, NamedRef>;
  institutions: Map<number, NamedRef>;
  instruments: Map<number, NamedRef>;
  staff: Map<number, StaffRef>;
  users: Map<number, User>;
}

const unique = (ids: (number | null | undefined)[]) => [...new Set(ids.filter((id): id is number => typeof id === "number"))];

export async function loadNames(
  em: EntityManager,
  ids: { companyIds?: number[]; institutionIds?: number[]; instrumentIds?: (number | null)[]; staffMemberIds?: (number | null)[]; userIds?: number[] },
): Promise<Names> {
  const companyIds = unique(ids.companyIds ?? []);
  const institutionIds = unique(ids.institutionIds ?? []);
  const instrumentIds = unique(ids.instrumentIds ?? []);
  const staffIds = unique(ids.staffMemberIds ?? []);
  const [companies, institutions, instruments, staff] = await Promise.all([
    companyIds.length ? em.getRepository(Company).find({ where: { id: In(companyIds) }, select: { id: true, name: true, nameEn: true } }) : [],
    institutionIds.length ? em.getRepository(Institution).find({ where: { id: In(institutionIds) }, select: { id: true, nameJa: true, nameEn: true } }) : [],
    instrumentIds.length ? em.getRepository(Instrument).find({ where: { id: In(instrumentIds) }, select: { id: true, nameJa: true, nameEn: true } }) : [],
    staffIds.length ? em.getRepository(StaffMember).find({ where: { id: In(staffIds) }, relations: { user: true } }) : [],
  ]);
  const userIds = unique([...(ids.userIds ?? []), ...staff.map((member) => member.userId)]);
  const users = userIds.length ? await em.getRepository(User).findBy({ id: In(userIds) }) : [];
  return {
    companies: new Map(companies.map((c) => [c.id, { id: c.id, nameJa: c.name, nameEn: c.nameEn || c.name }])),
    institutions: new Map(institutions.map((i) => [i.id, { id: i.id, nameJa: i.nameJa, nameEn: i.nameEn }])),
    instruments: new Map(instruments.map((i) => [i.id, { id: i.id, nameJa: i.nameJa, nameEn: i.nameEn }])),
    staff: new Map(staff.map((m) => [m.id, { staffMemberId: m.id, name: m.user.displayName, userId: m.userId, institutionId: m.institutionId }])),
    users: new Map(users.map((u) => [u.id, u])),
  };
}

export function namedOrUnknown(map: Map<number, NamedRef>, id: number): NamedRef {
  return map.get(id) ?? { id, nameJa: "—", nameEn: "—" };
}
