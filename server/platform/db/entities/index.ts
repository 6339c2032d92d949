import { AuditEvent } from "./audit-event";
import { BillingSettings, Charge, InstrumentBillingPolicy, Invoice, InvoiceCounter, InvoiceLine } from "./billing";
import { Blackout } from "./blackout";
import { CalendarFeed } from "./calendar-feed";
import { Company } from "./company";
import { Institution, InstitutionClosure } from "./institution";
import { Instrument } from "./instrument";
import { MailOutbox, Notification } from "./notification";
import { Qualification } from "./qualification";
import { RateLimitCounter } from "./rate-limit-counter";
import { Reservation } from "./reservation";
import { Session } from "./session";
import { StaffMember, StaffTimeOff } from "./staff";
import { User } from "./user";

export { AuditEvent, BillingSettings, Charge, InstrumentBillingPolicy, Invoice, InvoiceCounter, InvoiceLine, Blackout, CalendarFeed, Company, Institution, InstitutionClosure, Instrument, MailOutbox, Notification, Qualification, RateLimitCounter, Reservation, Session, StaffMember, StaffTimeOff, User };

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
  BillingSettings,
  InstrumentBillingPolicy,
  Charge,
  Invoice,
  InvoiceLine,
  InvoiceCounter,
];
