import { Route, Routes } from 'react-router-dom';
import type { UserRole } from '../api/types';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { RequireRole } from '../features/auth/components/RequireRole';
import { AppLayout } from './shell/AppLayout';
import { NotFoundPage } from '../shared/ui/NotFoundPage';
import { RoutePreloadProvider } from '../shared/navigation/route-preload';
import { HomeRoute } from './HomeRoute';
import {
  AccountPage,
  ApPrintPage,
  AuditLogPage,
  BreachDetailPage,
  BreachesPage,
  ChecklistsPage,
  CustomersPage,
  EscalationLinkPage,
  EscalationPolicyPage,
  ForgotPasswordPage,
  InvitationPage,
  LoginPage,
  MailboxPage,
  MyWorkPage,
  NewBreachPage,
  NoticeTemplatesPage,
  OrganisationSettingsPage,
  PortalNoticePage,
  ReportsPage,
  ResetPasswordPage,
  UsersPage,
  WebhooksPage,
} from './pages';
import { useRoutePreloader } from './route-preload';

const CASEWORK: readonly UserRole[] = ['officer', 'manager'];
const OFFICER: readonly UserRole[] = ['officer'];
const ADMIN: readonly UserRole[] = ['admin'];
const MAILBOX: readonly UserRole[] = ['officer', 'admin'];
const AUDIT: readonly UserRole[] = ['manager', 'admin'];
const STAFF: readonly UserRole[] = ['officer', 'manager', 'admin'];

export function AppRoutes() {
  // links preload the page they lead to (issue #19)
  const preload = useRoutePreloader();
  return (
    <RoutePreloadProvider value={preload}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/portal/:token" element={<PortalNoticePage />} />
        {/* Public: forgotten password, and the set-password pages the reset and invitation mails open */}
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/password-reset/:token" element={<ResetPasswordPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        {/* Public: the mail link. Login (if needed) happens on the page, which changes nothing by itself. */}
        <Route path="/escalations/:id" element={<EscalationLinkPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<HomeRoute />} />
            <Route
              path="breaches"
              element={
                <RequireRole roles={CASEWORK}>
                  <BreachesPage />
                </RequireRole>
              }
            />
            <Route
              path="breaches/new"
              element={
                <RequireRole roles={OFFICER}>
                  <NewBreachPage />
                </RequireRole>
              }
            />
            <Route
              path="breaches/:id"
              element={
                <RequireRole roles={CASEWORK}>
                  <BreachDetailPage />
                </RequireRole>
              }
            />
            <Route
              path="breaches/:id/:tab"
              element={
                <RequireRole roles={CASEWORK}>
                  <BreachDetailPage />
                </RequireRole>
              }
            />
            <Route
              path="breaches/:id/ap-print"
              element={
                <RequireRole roles={CASEWORK}>
                  <ApPrintPage />
                </RequireRole>
              }
            />
            <Route
              path="mail"
              element={
                <RequireRole roles={MAILBOX}>
                  <MailboxPage />
                </RequireRole>
              }
            />
            <Route path="account" element={<AccountPage />} />
            <Route
              path="my-work"
              element={
                <RequireRole roles={STAFF}>
                  <MyWorkPage />
                </RequireRole>
              }
            />
            <Route
              path="audit"
              element={
                <RequireRole roles={AUDIT}>
                  <AuditLogPage />
                </RequireRole>
              }
            />
            <Route
              path="reports"
              element={
                <RequireRole roles={CASEWORK}>
                  <ReportsPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/users"
              element={
                <RequireRole roles={ADMIN}>
                  <UsersPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/customers"
              element={
                <RequireRole roles={ADMIN}>
                  <CustomersPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/organisation"
              element={
                <RequireRole roles={ADMIN}>
                  <OrganisationSettingsPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/notice-templates"
              element={
                <RequireRole roles={ADMIN}>
                  <NoticeTemplatesPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/checklists"
              element={
                <RequireRole roles={ADMIN}>
                  <ChecklistsPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/escalation-policy"
              element={
                <RequireRole roles={ADMIN}>
                  <EscalationPolicyPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/webhooks"
              element={
                <RequireRole roles={ADMIN}>
                  <WebhooksPage />
                </RequireRole>
              }
            />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RoutePreloadProvider>
  );
}
