import { AwaitingApprovalCard } from '../features/authority-notification/components/AwaitingApprovalCard';
import type { ClockBoardCards } from '../features/clock-board/components/BoardCards';
import { FailedMailAlert } from '../features/mail/components/FailedMailAlert';
import { CalendarSubscription } from '../features/reports/components/CalendarSubscription';
import { OverdueTasksCard } from '../features/tasks/components/OverdueTasksCard';

/** What the clock board shows of other features (composed here: features do not import one another). */
export const CLOCK_BOARD_CARDS: ClockBoardCards = {
  CalendarSubscription,
  FailedMailAlert,
  AwaitingApprovalCard,
  OverdueTasksCard,
};
