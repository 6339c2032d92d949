import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter } from "react-router";
import { Loading } from "../components/Loading";
import { CataloguePage } from "../features/catalogue/CataloguePage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";

// The instrument page carries the calendar library; it and the less-visited pages load on demand.
const InstrumentPage = lazy(() => import("../features/instrument/InstrumentPage"));
const ReservationsPage = lazy(() => import("../features/reservations/ReservationsPage"));
const LoginPage = lazy(() => import("../features/auth/LoginPage"));
const SignupPage = lazy(() => import("../features/auth/SignupPage"));
const CalendarFeedsPage = lazy(() => import("../features/calendar/CalendarFeedsPage"));

const suspended = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <CataloguePage /> },
      { path: "/instruments/:id", element: suspended(<InstrumentPage />) },
      { path: "/reservations", element: suspended(<ReservationsPage />) },
      { path: "/login", element: suspended(<LoginPage />) },
      { path: "/signup", element: suspended(<SignupPage />) },
      { path: "/calendar-feeds", element: suspended(<CalendarFeedsPage />) },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
