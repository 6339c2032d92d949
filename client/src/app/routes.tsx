import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter } from "react-router";
import { Loading } from "../ui/Loading";
import { CataloguePage } from "../features/catalogue/CataloguePage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";

// Every page but the catalogue loads on demand (lazy): the catalogue is the entry, and `npm run size` fails when its
// first load passes 200 kB of JavaScript (gzip). Add new pages here the same way, never as static imports.
const InstrumentPage = lazy(() => import("../features/booking/InstrumentPage"));
const ReservationsPage = lazy(() => import("../features/reservations/ReservationsPage"));
const ReservationDetailPage = lazy(() => import("../features/reservations/ReservationDetailPage"));
const LoginPage = lazy(() => import("../features/accounts/LoginPage"));
const SignupPage = lazy(() => import("../features/accounts/SignupPage"));
const ChangePasswordPage = lazy(() => import("../features/accounts/ChangePasswordPage"));
const NotificationsPage = lazy(() => import("../features/notifications/NotificationsPage"));
const NotificationSettingsPage = lazy(() => import("../features/notifications/NotificationSettingsPage"));
const CalendarFeedsPage = lazy(() => import("../features/calendar-feeds/CalendarFeedsPage"));
const WorkspaceLayout = lazy(() => import("./WorkspaceLayout"));
const SchedulePage = lazy(() => import("../features/staff/SchedulePage"));
const HoursPage = lazy(() => import("../features/staff/HoursPage"));
const ApprovalsPage = lazy(() => import("../features/staff/ApprovalsPage"));
const RequestsPage = lazy(() => import("../features/staff/RequestsPage"));
const QualificationsPage = lazy(() => import("../features/qualifications/QualificationsPage"));
const InstrumentsPage = lazy(() => import("../features/instrument-admin/InstrumentsPage"));
const InstrumentEditorPage = lazy(() => import("../features/instrument-admin/InstrumentEditorPage"));
const MaintenancePage = lazy(() => import("../features/maintenance/MaintenancePage"));
const StaffPage = lazy(() => import("../features/staff/StaffPage"));
const AuditPage = lazy(() => import("../features/audit/AuditPage"));
const AccountsPage = lazy(() => import("../features/accounts/AccountsPage"));
const ChargesPage = lazy(() => import("../features/billing/ChargesPage"));
const InvoicePage = lazy(() => import("../features/billing/InvoicePage"));
const QuotesPage = lazy(() => import("../features/quotes/QuotesPage"));
const InvoiceRunsPage = lazy(() => import("../features/billing/InvoiceRunsPage"));
const InstitutionChargesPage = lazy(() => import("../features/billing/InstitutionChargesPage"));
const DashboardPage = lazy(() => import("../features/reports/DashboardPage"));
const ReportsPage = lazy(() => import("../features/reports/ReportsPage"));
const ProgrammePage = lazy(() => import("../features/reports/ProgrammePage"));
const InstitutionCalendarPage = lazy(() => import("../features/institution-calendar/InstitutionCalendarPage"));
const InstitutionsPage = lazy(() => import("../features/organisations/InstitutionsPage"));
const InstitutionEditorPage = lazy(() => import("../features/organisations/InstitutionEditorPage"));
const CompanyMembersPage = lazy(() => import("../features/organisations/CompanyMembersPage"));
const AcceptInvitationPage = lazy(() => import("../features/organisations/AcceptInvitationPage"));
const NewConsultationPage = lazy(() => import("../features/consultations/NewConsultationPage"));
const ConsultationsPage = lazy(() => import("../features/consultations/ConsultationsPage"));
const ConsultationPage = lazy(() => import("../features/consultations/ConsultationPage"));
const CompanyPage = lazy(() => import("../features/companies/CompanyPage"));
const VerifyCompaniesPage = lazy(() => import("../features/companies/VerifyCompaniesPage"));
const DirectoryPage = lazy(() => import("../features/capabilities/DirectoryPage"));
const CapabilityPage = lazy(() => import("../features/capabilities/CapabilityPage"));
const CapabilitiesAdminPage = lazy(() => import("../features/capabilities/CapabilitiesAdminPage"));
const CapabilityEditorPage = lazy(() => import("../features/capabilities/CapabilityEditorPage"));
const TermsPage = lazy(() => import("../features/terms/TermsPage"));
const PublishTermsPage = lazy(() => import("../features/terms/PublishTermsPage"));
const ThesaurusPage = lazy(() => import("../features/search-thesaurus/ThesaurusPage"));

const suspended = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <CataloguePage /> },
      { path: "/instruments/:id", element: suspended(<InstrumentPage />) },
      { path: "/directory", element: suspended(<DirectoryPage />) },
      { path: "/directory/:id", element: suspended(<CapabilityPage />) },
      { path: "/reservations", element: suspended(<ReservationsPage />) },
      { path: "/reservations/:id", element: suspended(<ReservationDetailPage />) },
      { path: "/login", element: suspended(<LoginPage />) },
      { path: "/signup", element: suspended(<SignupPage />) },
      { path: "/account/password", element: suspended(<ChangePasswordPage />) },
      { path: "/calendar-feeds", element: suspended(<CalendarFeedsPage />) },
      { path: "/notifications", element: suspended(<NotificationsPage />) },
      { path: "/settings/notifications", element: suspended(<NotificationSettingsPage />) },
      { path: "/billing", element: suspended(<ChargesPage />) },
      { path: "/invoices/:id", element: suspended(<InvoicePage />) },
      { path: "/consultations/:id/quotes", element: suspended(<QuotesPage />) },
      { path: "/company/members", element: suspended(<CompanyMembersPage />) },
      { path: "/invite/:token", element: suspended(<AcceptInvitationPage />) },
      { path: "/companies/:id", element: suspended(<CompanyPage />) },
      { path: "/terms", element: suspended(<TermsPage />) },
      { path: "/consultations", element: suspended(<ConsultationsPage />) },
      { path: "/consultations/new", element: suspended(<NewConsultationPage />) },
      { path: "/consultations/:id", element: suspended(<ConsultationPage />) },
      {
        // The staff and facility workspace; its layout offers only the pages the signed-in role may use.
        path: "/workspace",
        element: suspended(<WorkspaceLayout />),
        children: [
          { index: true, element: null },
          { path: "schedule", element: suspended(<SchedulePage />) },
          { path: "hours", element: suspended(<HoursPage />) },
          { path: "approvals", element: suspended(<ApprovalsPage />) },
          { path: "requests", element: suspended(<RequestsPage />) },
          { path: "qualifications", element: suspended(<QualificationsPage />) },
          { path: "instruments", element: suspended(<InstrumentsPage />) },
          { path: "instruments/:id", element: suspended(<InstrumentEditorPage />) },
          { path: "capabilities", element: suspended(<CapabilitiesAdminPage />) },
          { path: "capabilities/:id", element: suspended(<CapabilityEditorPage />) },
          { path: "maintenance", element: suspended(<MaintenancePage />) },
          { path: "staff", element: suspended(<StaffPage />) },
          { path: "audit", element: suspended(<AuditPage />) },
          { path: "accounts", element: suspended(<AccountsPage />) },
          { path: "charges", element: suspended(<InstitutionChargesPage />) },
          { path: "invoices", element: suspended(<InvoiceRunsPage />) },
          { path: "dashboard", element: suspended(<DashboardPage />) },
          { path: "reports", element: suspended(<ReportsPage />) },
          { path: "programme", element: suspended(<ProgrammePage />) },
          { path: "calendar", element: suspended(<InstitutionCalendarPage />) },
          { path: "institutions", element: suspended(<InstitutionsPage />) },
          { path: "institutions/:id", element: suspended(<InstitutionEditorPage />) },
          { path: "companies", element: suspended(<VerifyCompaniesPage />) },
          { path: "terms", element: suspended(<PublishTermsPage />) },
          { path: "search", element: suspended(<ThesaurusPage />) },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
