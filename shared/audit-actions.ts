/** Every action the audit trail records: the server may only write these, and the client labels each in ja and en. */
export const AUDIT_ACTIONS = [
  "blackout.created", "blackout.moved", "blackout.removed",
  "billing.settings_updated", "billing.policy_updated",
  "capability.created", "capability.updated", "capability.deleted",
  "calendar_feed.created", "calendar_feed.rotated", "calendar_feed.revoked",
  "charge.created", "charge.corrected",
  "closure.created", "closure.removed",
  "consultation.received", "consultation.routed", "consultation.assigned", "consultation.message_posted",
  "consultation.status_changed", "consultation.advice_logged", "consultation.meeting_proposed", "consultation.meeting_cancelled",
  "consultation.closed", "consultation.reopened",
  "consultation.attachment_added", "consultation.attachment_removed",
  "quote.issued", "quote.accepted", "quote.declined", "quote.expired",
  "company_member.role_changed", "company_member.removed",
  "institution.created", "institution.updated",
  "invitation.created", "invitation.accepted", "invitation.revoked",
  "company.updated", "company.verified", "company.customer_type_changed",
  "invoice.run", "invoice.issued", "invoice.credited", "invoice.paid", "invoice.unpaid", "invoice.deleted",
  "instrument.created", "instrument.updated", "instrument.status_changed",
  "instrument.photo_added", "instrument.photo_replaced", "instrument.photo_updated", "instrument.photo_removed",
  "qualification.granted", "qualification.revoked",
  "reservation.created", "reservation.approved", "reservation.rejected", "reservation.cancelled", "reservation.cancelled_by_facility",
  "reservation.assistance_accepted", "reservation.assistance_declined", "reservation.reassigned", "reservation.unstaffed",
  "reservation.completed", "reservation.no_show", "reservation.session_corrected",
  "terms.published",
  "search_thesaurus.entry_added", "search_thesaurus.entry_updated", "search_thesaurus.entry_removed",
  "reservation.attachment_added", "reservation.attachment_removed",
  "staff.created", "staff.updated", "staff.deactivated", "staff.time_off_added", "staff.time_off_removed",
  "user.password_changed", "user.password_reset",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The i18n key of an action's label ("reservation.no_show" → "reservation_no_show"). */
export type AuditActionLabel<A extends string = AuditAction> = A extends `${infer Entity}.${infer Rest}` ? `${Entity}_${Rest}` : A;
