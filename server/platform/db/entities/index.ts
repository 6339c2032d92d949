import { AuditEvent } from "./audit-event";
import { Blackout } from "./blackout";
import { CalendarFeed } from "./calendar-feed";
import { Company } from "./company";
import { Institution, InstitutionClosure } from "./institution";
import { Instrument } from "./instrument";
import { MailOutbox, Notification } from "./notification";
import { Qualification } from "./qualification";
import { RateLimitCounter } from "./rate-limit-counter";
import { Reservation } from "./reservation";
import { ReservationAttachment } from "./reservation-attachment";
import { Session } from "./session";
import { StaffMember, StaffTimeOff } from "./staff";
import { User } from "./user";

export { AuditEvent, Blackout, CalendarFeed, Company, Institution, InstitutionClosure, Instrument, MailOutbox, Notification, Qualification, RateLimitCounter, Reservation, ReservationAttachment, Session, StaffMember, StaffTimeOff, User };

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
  ReservationAttachment,
];
