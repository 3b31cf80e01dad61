import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { isRegulator, useSession } from './auth/session';
import { Shell } from './layout/Shell';

// Each screen is its own chunk: the sign-in page loads only the shell.
const ChangePasswordPage = lazy(() => import('./auth/ChangePasswordPage'));
const HomePage = lazy(() => import('./filer/HomePage'));
const TemplatesPage = lazy(() => import('./filer/TemplatesPage'));
const UploadPage = lazy(() => import('./filer/UploadPage'));
const SubmissionPage = lazy(() => import('./filer/SubmissionPage'));
const DashboardPage = lazy(() => import('./regulator/DashboardPage'));
const QueuePage = lazy(() => import('./regulator/QueuePage'));
const ReviewPage = lazy(() => import('./regulator/ReviewPage'));
const DeliveriesPage = lazy(() => import('./regulator/DeliveriesPage'));
const AccountsPage = lazy(() => import('./regulator/AccountsPage'));
const SubsidiariesPage = lazy(() => import('./regulator/SubsidiariesPage'));
const CalendarPage = lazy(() => import('./regulator/CalendarPage'));
const ObligationsPage = lazy(() => import('./regulator/ObligationsPage'));
// echarts comes with this page's chunk only.
const AnnualReportPage = lazy(() => import('./regulator/AnnualReportPage'));
const NotificationsPage = lazy(() => import('./common/NotificationsPage'));

function RequireSession({ children }: { children: ReactNode }) {
  const { me, ready } = useSession();
  const location = useLocation();
  if (!ready) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return <Shell>{children}</Shell>;
}

function Home() {
  const { me } = useSession();
  return <Navigate to={isRegulator(me) ? '/dashboard' : '/home'} replace />;
}

const page = (element: ReactNode) => (
  <RequireSession>
    <Suspense fallback={<Spin />}>{element}</Suspense>
  </RequireSession>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/" element={page(<Home />)} />
      <Route path="/password" element={page(<ChangePasswordPage />)} />
      <Route path="/home" element={page(<HomePage />)} />
      <Route path="/templates" element={page(<TemplatesPage />)} />
      <Route path="/upload" element={page(<UploadPage />)} />
      <Route path="/submissions/:id" element={page(<SubmissionPage />)} />
      <Route path="/dashboard" element={page(<DashboardPage />)} />
      <Route path="/queue" element={page(<QueuePage />)} />
      <Route path="/review/:id" element={page(<ReviewPage />)} />
      <Route path="/deliveries" element={page(<DeliveriesPage />)} />
      <Route path="/accounts" element={page(<AccountsPage />)} />
      <Route path="/subsidiaries" element={page(<SubsidiariesPage />)} />
      <Route path="/calendar" element={page(<CalendarPage />)} />
      <Route path="/obligations" element={page(<ObligationsPage />)} />
      <Route path="/annual-report" element={page(<AnnualReportPage />)} />
      <Route path="/notifications" element={page(<NotificationsPage />)} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
