import { AuditEvent } from "./audit-event";
import { BillingSettings, Charge, InstrumentBillingPolicy, Invoice, InvoiceCounter, InvoiceLine } from "./billing";
import { Blackout } from "./blackout";
import { Capability } from "./capability";
import { CalendarFeed } from "./calendar-feed";
import { Company } from "./company";
import { Consultation, ConsultationAdviceTime, ConsultationAttachment, ConsultationMeeting, ConsultationMessage, ConsultationRoute } from "./consultation";
import { Institution, InstitutionClosure } from "./institution";
import { Instrument } from "./instrument";
import { Invitation } from "./invitation";
import { MailOutbox, Notification } from "./notification";
import { NotificationSetting, ScheduledNotice } from "./notification-setting";
import { Qualification } from "./qualification";
import { Quote, QuoteLine } from "./quote";
import { RateLimitCounter } from "./rate-limit-counter";
import { Reservation } from "./reservation";
import { ReservationAttachment } from "./reservation-attachment";
import { SearchThesaurusEntry } from "./search-thesaurus-entry";
import { Session } from "./session";
import { StaffMember, StaffTimeOff } from "./staff";
import { TermsAcceptance, TermsVersion } from "./terms";
import { ReportBucket, ReportBucketRow } from "./report-bucket";
import { User } from "./user";

export { AuditEvent, BillingSettings, Blackout, Capability, CalendarFeed, Charge, Company, Consultation, ConsultationAdviceTime, ConsultationAttachment, ConsultationMeeting, ConsultationMessage, ConsultationRoute, Institution, InstitutionClosure, Instrument, InstrumentBillingPolicy, Invitation, Invoice, InvoiceCounter, InvoiceLine, MailOutbox, Notification, NotificationSetting, Qualification, Quote, QuoteLine, RateLimitCounter, ReportBucket, ReportBucketRow, Reservation, ReservationAttachment, ScheduledNotice, SearchThesaurusEntry, Session, StaffMember, StaffTimeOff, TermsAcceptance, TermsVersion, User };

export const ENTITIES = [
  Institution,
  InstitutionClosure,
  Instrument,
  Company,
  User,
  StaffMember,
  StaffTimeOff,
  Qualification,
  Reservation,
  Blackout,
  Session,
  AuditEvent,
  CalendarFeed,
  RateLimitCounter,
  Notification,
  MailOutbox,
  Invitation,
  TermsVersion,
  SearchThesaurusEntry,
  TermsAcceptance,
  NotificationSetting,
  ScheduledNotice,
  BillingSettings,
  InstrumentBillingPolicy,
  Charge,
  Invoice,
  InvoiceLine,
  InvoiceCounter,
  ReservationAttachment,
  Capability,
  Consultation,
  ConsultationRoute,
  ConsultationMessage,
  ConsultationAttachment,
  ConsultationAdviceTime,
  ConsultationMeeting,
  Quote,
  QuoteLine,
  ReportBucket,
  ReportBucketRow,
];
