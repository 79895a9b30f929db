import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../shared/session/use-me';
import { ClockBoardCardsProvider } from '../features/clock-board/components/BoardCards';
import { ClockBoardPage } from '../features/clock-board/components/ClockBoardPage';
import { CLOCK_BOARD_CARDS } from './clock-board-cards';
import { homePathFor } from './shell/nav-items';

/** "/" is the clock board; admins (who see no breaches) land on their first section. */
export function HomeRoute() {
  const user = useCurrentUser();
  const home = homePathFor(user.role);
  return home === '/' ? (
    <ClockBoardCardsProvider value={CLOCK_BOARD_CARDS}>
      <ClockBoardPage />
    </ClockBoardCardsProvider>
  ) : (
    <Navigate to={home} replace />
  );
}
