import {
  IconAlarm,
  IconBuilding,
  IconBuildingStore,
  IconFileAlert,
  IconMail,
  IconReportAnalytics,
  IconStairsUp,
  IconTemplate,
  IconUsers,
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

const CASEWORK: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.clockBoard', icon: IconAlarm, end: true },
  { to: '/breaches', labelKey: 'nav.breaches', icon: IconFileAlert },
  { to: '/reports', labelKey: 'nav.reports', icon: IconReportAnalytics },
];

const ADMINISTRATION: readonly NavItem[] = [
  { to: '/admin/users', labelKey: 'nav.users', icon: IconUsers },
  { to: '/admin/customers', labelKey: 'nav.customers', icon: IconBuilding },
  { to: '/admin/escalation-policy', labelKey: 'nav.escalationPolicy', icon: IconStairsUp },
  { to: '/admin/notice-templates', labelKey: 'noticeTemplates.nav', icon: IconTemplate },
  { to: '/admin/organisation', labelKey: 'organisation.nav', icon: IconBuildingStore },
];

const MAILBOX: NavItem = { to: '/mail', labelKey: 'nav.mailbox', icon: IconMail };

/** What each role works with; the API enforces the same split. */
export function navItemsFor(role: UserRole): readonly NavItem[] {
  switch (role) {
    case 'officer':
      return [...CASEWORK, MAILBOX];
    case 'manager':
      return CASEWORK;
    case 'admin':
      return [...ADMINISTRATION, MAILBOX];
  }
}

/** Where a role lands after login: the clock board, or user management for admins. */
export const homePathFor = (role: UserRole): string => navItemsFor(role)[0]?.to ?? '/';
