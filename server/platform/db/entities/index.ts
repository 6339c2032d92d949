import { AuditEvent } from "./audit-event";
import { Blackout } from "./blackout";
import { CalendarFeed } from "./calendar-feed";
import { Company } from "./company";
import { Institution, InstitutionClosure } from "./institution";
import { Instrument } from "./instrument";
import { Invitation } from "./invitation";
import { MailOutbox, Notification } from "./notification";
import { NotificationSetting, ScheduledNotice } from "./notification-setting";
import { Qualification } from "./qualification";
import { RateLimitCounter } from "./rate-limit-counter";
import { Reservation } from "./reservation";
import { Session } from "./session";
import { StaffMember, StaffTimeOff } from "./staff";
import { TermsAcceptance, TermsVersion } from "./terms";
import { User } from "./user";

export { AuditEvent, Blackout, CalendarFeed, Company, Institution, InstitutionClosure, Instrument, Invitation, MailOutbox, Notification, NotificationSetting, Qualification, RateLimitCounter, Reservation, ScheduledNotice, Session, StaffMember, StaffTimeOff, TermsAcceptance, TermsVersion, User };

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
  TermsAcceptance,
  NotificationSetting,
  ScheduledNotice,
];
