import { INSTITUTION_CONTACT_FIELDS } from "../../shared/schemas/institutions";
import type { User } from "../platform/db/entities";
import { Forbidden } from "../platform/errors";

/**
 * Setting up the programme: the coordinator creates institutions and edits every field; an institution's admins
 * edit only its contacts (e-mail, phone, address). Everyone else is refused.
 */
export function assertMayEditInstitution(user: User, institutionId: number, fields: readonly string[]): void {
  if (user.role === "coordinator") return;
  const contactsOnly = fields.every((field) => (INSTITUTION_CONTACT_FIELDS as readonly string[]).includes(field));
  if (user.role === "institution_admin" && user.institutionId === institutionId && contactsOnly) return;
  throw new Forbidden(user.role === "institution_admin" && user.institutionId === institutionId
    ? "Institution admins may change only the contact e-mail, phone and address"
    : "Only the coordinator sets up institutions");
}

export function assertMayCreateInstitution(user: User): void {
  if (user.role !== "coordinator") throw new Forbidden("Only the coordinator sets up institutions");
}
