import { type ComponentType, createContext, useContext } from 'react';
import { useOpenObligations } from '../hooks/use-open-obligations';

/**
 * The cards of other features that the clock board shows above its duties: the calendar feed,
 * failed mail, what waits for a manager's approval, overdue tasks. Features do not import one
 * another, so the app supplies them (app/clock-board-cards.ts) through this context; without a
 * provider they render nothing.
 */
export interface ClockBoardCards {
  CalendarSubscription: ComponentType;
  FailedMailAlert: ComponentType;
  /** Gets the open duties whose "not required" proposal waits for a manager (the board's endpoint, proposalPending=true). */
  AwaitingApprovalCard: ComponentType<{ obligations: ReturnType<typeof useOpenObligations> }>;
  OverdueTasksCard: ComponentType;
}

const None = () => null;
const ClockBoardCardsContext = createContext<ClockBoardCards>({
  CalendarSubscription: None,
  FailedMailAlert: None,
  AwaitingApprovalCard: None,
  OverdueTasksCard: None,
});

export const ClockBoardCardsProvider = ClockBoardCardsContext.Provider;

export function CalendarSubscription() {
  const { CalendarSubscription: Card } = useContext(ClockBoardCardsContext);
  return <Card />;
}

export function FailedMailAlert() {
  const { FailedMailAlert: Card } = useContext(ClockBoardCardsContext);
  return <Card />;
}

export function AwaitingApprovalCard() {
  const { AwaitingApprovalCard: Card } = useContext(ClockBoardCardsContext);
  const obligations = useOpenObligations();
  return <Card obligations={obligations} />;
}

export function OverdueTasksCard() {
  const { OverdueTasksCard: Card } = useContext(ClockBoardCardsContext);
  return <Card />;
}
