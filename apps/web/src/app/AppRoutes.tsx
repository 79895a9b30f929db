import { Route, Routes } from 'react-router-dom';
import type { UserRole } from '../api/types';
import { LoginPage } from '../features/auth/components/LoginPage';
import { ApPrintPage } from '../features/authority-notification/components/ApPrintPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { RequireRole } from '../features/auth/components/RequireRole';
import { BreachDetailPage } from '../features/breaches/components/BreachDetailPage';
import { BreachesPage } from '../features/breaches/components/BreachesPage';
import { NewBreachPage } from '../features/breaches/components/NewBreachPage';
import { CustomersPage } from '../features/customers/components/CustomersPage';
import { EscalationPolicyPage } from '../features/escalation-policy/components/EscalationPolicyPage';
import { AppLayout } from '../features/layout/components/AppLayout';
import { NotFoundPage } from '../features/layout/components/NotFoundPage';
import { NoticeTemplatesPage } from '../features/notice-templates/components/NoticeTemplatesPage';
import { MailboxPage } from '../features/mail/components/MailboxPage';
import { PortalNoticePage } from '../features/portal/components/PortalNoticePage';
import { ReportsPage } from '../features/reports/components/ReportsPage';
import { UsersPage } from '../features/users/components/UsersPage';
import { HomeRoute } from './HomeRoute';

const CASEWORK: readonly UserRole[] = ['officer', 'manager'];
const OFFICER: readonly UserRole[] = ['officer'];
const ADMIN: readonly UserRole[] = ['admin'];
const MAILBOX: readonly UserRole[] = ['officer', 'admin'];

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/portal/:token" element={<PortalNoticePage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="breaches" element={<RequireRole roles={CASEWORK}><BreachesPage /></RequireRole>} />
          <Route path="breaches/new" element={<RequireRole roles={OFFICER}><NewBreachPage /></RequireRole>} />
          <Route path="breaches/:id" element={<RequireRole roles={CASEWORK}><BreachDetailPage /></RequireRole>} />
          <Route path="breaches/:id/ap-print" element={<RequireRole roles={CASEWORK}><ApPrintPage /></RequireRole>} />
          <Route path="mail" element={<RequireRole roles={MAILBOX}><MailboxPage /></RequireRole>} />
          <Route path="reports" element={<RequireRole roles={CASEWORK}><ReportsPage /></RequireRole>} />
          <Route path="admin/users" element={<RequireRole roles={ADMIN}><UsersPage /></RequireRole>} />
          <Route path="admin/customers" element={<RequireRole roles={ADMIN}><CustomersPage /></RequireRole>} />
          <Route path="admin/notice-templates" element={<RequireRole roles={ADMIN}><NoticeTemplatesPage /></RequireRole>} />
          <Route
            path="admin/escalation-policy"
            element={<RequireRole roles={ADMIN}><EscalationPolicyPage /></RequireRole>}
          />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
