import type { ReactNode } from 'react';
import type { UserRole } from '../../../api/types';
import { ForbiddenPage } from '../../../shared/ui/ForbiddenPage';
import { useCurrentUser } from '../../../shared/session/use-me';

interface RequireRoleProps {
  roles: readonly UserRole[];
  children: ReactNode;
}

/** Shows the page only to the given roles; others get a clear "no access" page. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const user = useCurrentUser();
  return roles.includes(user.role) ? children : <ForbiddenPage />;
}
