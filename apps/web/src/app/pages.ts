import { prefetchIfMissing } from '../shared/navigation/route-preload';
import { breachListQuery, breachQuery } from '../features/breaches/api/breach-queries';
import { breachListViewOf } from '../features/breaches/list-view';
import { customerClocksQuery } from '../features/customers/api/customer-clock-queries';
import { mailFiltersOf, mailPagesQuery } from '../features/mail/mailbox-query';
import { myWorkQuery } from '../features/my-work/hooks/use-my-work';
import { tasksQuery } from '../features/tasks/api/task-queries';
import { ssoConfigQuery } from '../features/auth/hooks/use-sso-config';
import { meQuery } from '../shared/session/use-me';
import { lazyPage } from './lazy-page';

// Route-level code splitting: every page below is its own chunk, loaded when first visited or on
// a link's intent. The layout, the guards and "/" (the clock board, where officers and managers
// land) stay in the initial bundle; the login page left it too (issue #19, bundle ≤ 250 KB gzip):
// a signed-in visitor never needs its form library, and its own requests start beside its code.
// The main pages name the queries they show first: those start together with the chunk (issue
// #19), with the keys and fetchers the pages use. Only query options are imported here, never a
// page: the initial bundle stays as it was.

export const LoginPage = lazyPage(
  () => import('../features/auth/components/LoginPage'),
  'LoginPage',
  (client) => {
    prefetchIfMissing(client, meQuery);
    prefetchIfMissing(client, ssoConfigQuery);
  },
);
export const BreachesPage = lazyPage(
  () => import('../features/breaches/components/BreachesPage'),
  'BreachesPage',
  (client, { search, user }) => {
    if (user) prefetchIfMissing(client, breachListQuery(breachListViewOf(search, user.role).params));
  },
);
export const BreachDetailPage = lazyPage(
  () => import('./breach-page/BreachDetailPage'),
  'BreachDetailPage',
  (client, { params: { id, tab } }) => {
    if (!id) return;
    prefetchIfMissing(client, breachQuery(id));
    prefetchIfMissing(client, tasksQuery(id)); // their count is on the tab
    if (!tab) prefetchIfMissing(client, customerClocksQuery(id)); // on the overview
  },
);
export const MailboxPage = lazyPage(
  () => import('../features/mail/components/MailboxPage'),
  'MailboxPage',
  (client, { search }) => {
    const options = mailPagesQuery(mailFiltersOf(search));
    if (client.getQueryData(options.queryKey) === undefined) void client.infiniteQuery(options).catch(() => undefined);
  },
);
export const MyWorkPage = lazyPage(
  () => import('../features/my-work/components/MyWorkPage'),
  'MyWorkPage',
  (client) => prefetchIfMissing(client, myWorkQuery()),
);

export const ApPrintPage = lazyPage(
  () => import('../features/authority-notification/components/ApPrintPage'),
  'ApPrintPage',
);
export const NewBreachPage = lazyPage(() => import('./breach-page/NewBreachRoute'), 'NewBreachRoute');
export const CustomersPage = lazyPage(() => import('../features/customers/components/CustomersPage'), 'CustomersPage');
export const EscalationPolicyPage = lazyPage(
  () => import('../features/escalation-policy/components/EscalationPolicyPage'),
  'EscalationPolicyPage',
);
export const ChecklistsPage = lazyPage(() => import('../features/tasks/components/ChecklistsPage'), 'ChecklistsPage');
export const WebhooksPage = lazyPage(() => import('../features/webhooks/components/WebhooksPage'), 'WebhooksPage');
export const NoticeTemplatesPage = lazyPage(
  () => import('../features/notice-templates/components/NoticeTemplatesPage'),
  'NoticeTemplatesPage',
);
export const OrganisationSettingsPage = lazyPage(
  () => import('../features/organisation/components/OrganisationSettingsPage'),
  'OrganisationSettingsPage',
);
export const AuditLogPage = lazyPage(() => import('../features/audit/components/AuditLogPage'), 'AuditLogPage');
export const AccountPage = lazyPage(() => import('../features/account/components/AccountPage'), 'AccountPage');
export const EscalationLinkPage = lazyPage(
  () => import('../features/escalations/components/EscalationLinkPage'),
  'EscalationLinkPage',
);
export const PortalNoticePage = lazyPage(
  () => import('../features/portal/components/PortalNoticePage'),
  'PortalNoticePage',
);
export const ReportsPage = lazyPage(() => import('../features/reports/components/ReportsPage'), 'ReportsPage');
export const ForgotPasswordPage = lazyPage(
  () => import('../features/auth/components/PasswordPages'),
  'ForgotPasswordPage',
);
export const ResetPasswordPage = lazyPage(
  () => import('../features/auth/components/PasswordPages'),
  'ResetPasswordPage',
);
export const InvitationPage = lazyPage(() => import('../features/auth/components/PasswordPages'), 'InvitationPage');
export const UsersPage = lazyPage(() => import('../features/users/components/UsersPage'), 'UsersPage');
