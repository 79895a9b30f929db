import {
  IconAlarm,
  IconBuilding,
  IconBuildingStore,
  IconFileAlert,
  IconHistory,
  IconListCheck,
  IconMail,
  IconReportAnalytics,
  IconStairsUp,
  IconTemplate,
  IconUserCheck,
  IconUsers,
  IconWebhook,
  type TablerIcon,
} from '@tabler/icons-react';
import type { UserRole } from '../../api/types';

export interface NavItem {
  to: string;
  /** i18n key of the label */
  labelKey: string;
  icon: TablerIcon;
  /** Active only on an exact match (the home route). */
  end?: boolean;
}

const CLOCK_BOARD: NavItem = { to: '/', labelKey: 'nav.clockBoard', icon: IconAlarm, end: true };
const CASEWORK: readonly NavItem[] = [
  { to: '/breaches', labelKey: 'nav.breaches', icon: IconFileAlert },
  { to: '/reports', labelKey: 'nav.reports', icon: IconReportAnalytics },
];

const ADMINISTRATION: readonly NavItem[] = [
  { to: '/admin/users', labelKey: 'nav.users', icon: IconUsers },
  { to: '/admin/customers', labelKey: 'nav.customers', icon: IconBuilding },
  { to: '/admin/escalation-policy', labelKey: 'nav.escalationPolicy', icon: IconStairsUp },
  { to: '/admin/checklists', labelKey: 'nav.checklists', icon: IconListCheck },
  { to: '/admin/notice-templates', labelKey: 'noticeTemplates.nav', icon: IconTemplate },
  { to: '/admin/organisation', labelKey: 'organisation.nav', icon: IconBuildingStore },
  { to: '/admin/webhooks', labelKey: 'webhooks.nav', icon: IconWebhook },
];

const MAILBOX: NavItem = { to: '/mail', labelKey: 'nav.mailbox', icon: IconMail };

/** The audit log with the hash chain's state (issue #18 point 7): managers and admins. */
const AUDIT_LOG: NavItem = { to: '/audit', labelKey: 'nav.auditLog', icon: IconHistory };

/** What waits for me (issue #18): for every staff role; never first, so the landing page stays. */
const MY_WORK: NavItem = { to: '/my-work', labelKey: 'nav.myWork', icon: IconUserCheck };

/** What each role works with; the API enforces the same split. */
export function navItemsFor(role: UserRole): readonly NavItem[] {
  switch (role) {
    case 'officer':
      return [CLOCK_BOARD, MY_WORK, ...CASEWORK, MAILBOX];
    case 'manager':
      return [CLOCK_BOARD, MY_WORK, ...CASEWORK, AUDIT_LOG];
    case 'admin':
      return [...ADMINISTRATION, MY_WORK, MAILBOX, AUDIT_LOG];
  }
}

/** Where a role lands after login: the clock board, or user management for admins. */
export const homePathFor = (role: UserRole): string => navItemsFor(role)[0]?.to ?? '/';
