import { InitialSchema1763856000000 } from "./1763856000000-initial-schema";
import { StaffWorkspace1763900000000 } from "./1763900000000-staff-workspace";
import { CalendarFeeds1763942400000 } from "./1763942400000-calendar-feeds";
import { CatalogueSearchIndex1763950000000 } from "./1763950000000-catalogue-search-index";
import { RateLimitCounter1763950100000 } from "./1763950100000-rate-limit-counter";
import { InstrumentNameIndexes1763950200000 } from "./1763950200000-instrument-name-indexes";
import { CatalogueBigramIndex1763950300000 } from "./1763950300000-catalogue-bigram-index";
import { CatalogueRevision1763950400000 } from "./1763950400000-catalogue-revision";
import { AccountDirectoryIndexes1763950500000 } from "./1763950500000-account-directory-indexes";
import { BlackoutRevision1763950600000 } from "./1763950600000-blackout-revision";
import { DirectoryRevision1763950700000 } from "./1763950700000-directory-revision";
import { Notifications1763950800000 } from "./1763950800000-notifications";
import { CompanyRoles1763950900000 } from "./1763950900000-company-roles";
import { InstitutionInvoicing1763951000000 } from "./1763951000000-institution-invoicing";
import { Invitations1763951000001 } from "./1763951000001-invitations";
import { CompanyProfiles1763952000000 } from "./1763952000000-company-profiles";
import { TermsOfUse1763952000001 } from "./1763952000001-terms-of-use";
import { NotificationSettings1763953000000 } from "./1763953000000-notification-settings";
import { CompanyContactPhone1763954000000 } from "./1763954000000-company-contact-phone";
import { Billing1763955000000 } from "./1763955000000-billing";
import { Files1763956000000 } from "./1763956000000-files";
import { ReportIndexes1763957000000 } from "./1763957000000-report-indexes";
import { Consultations1764100000000 } from "./1764100000000-consultations";
import { OpeningHoursChange1763954000001 } from "./1763954000001-opening-hours-change";
import { Capabilities1764800000000 } from "./1764800000000-capabilities";
import { InvoicePaymentNote1764300000000 } from "./1764300000000-invoice-payment-note";
import { SearchThesaurus1764500000000 } from "./1764500000000-search-thesaurus";
import { Quotes1764200000000 } from "./1764200000000-quotes";
import { ReportBuckets1765100000000 } from "./1765100000000-report-buckets";

/** Every migration, in the order it runs. */
export const MIGRATIONS: Function[] = [
  InitialSchema1763856000000,
  StaffWorkspace1763900000000,
  CalendarFeeds1763942400000,
  CatalogueSearchIndex1763950000000,
  RateLimitCounter1763950100000,
  InstrumentNameIndexes1763950200000,
  CatalogueBigramIndex1763950300000,
  CatalogueRevision1763950400000,
  AccountDirectoryIndexes1763950500000,
  BlackoutRevision1763950600000,
  DirectoryRevision1763950700000,
  Notifications1763950800000,
  CompanyRoles1763950900000,
  InstitutionInvoicing1763951000000,
  Invitations1763951000001,
  CompanyProfiles1763952000000,
  TermsOfUse1763952000001,
  NotificationSettings1763953000000,
  CompanyContactPhone1763954000000,
  Billing1763955000000,
  Files1763956000000,
  ReportIndexes1763957000000,
  OpeningHoursChange1763954000001,
  Capabilities1764800000000,
  InvoicePaymentNote1764300000000,
  SearchThesaurus1764500000000,
  Consultations1764100000000,
  Quotes1764200000000,
  ReportBuckets1765100000000,
];
