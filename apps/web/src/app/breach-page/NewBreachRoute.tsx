import { AssessmentPreview } from '../../features/assessment/components/AssessmentPreview';
import { NewBreachPage } from '../../features/breaches/components/NewBreachPage';

/** The new-breach wizard, with the assessment feature's live preview on its data step. */
export function NewBreachRoute() {
  return <NewBreachPage assessmentPreview={(facts) => <AssessmentPreview facts={facts} />} />;
}
