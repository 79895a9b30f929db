import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../features/auth/hooks/use-me';
import { ClockBoardPage } from '../features/clock-board/components/ClockBoardPage';
import { homePathFor } from '../features/layout/nav-items';

/** "/" is the clock board; admins (who see no breaches) land on their first section. */
export function HomeRoute() {
  const user = useCurrentUser();
  const home = homePathFor(user.role);
  return home === '/' ? <ClockBoardPage /> : <Navigate to={home} replace />;
}
