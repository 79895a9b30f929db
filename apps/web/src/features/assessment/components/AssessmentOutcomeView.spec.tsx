import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { AssessmentOutcome } from '../api/assessments-api';
import { AssessmentOutcomeView } from './AssessmentOutcomeView';

const outcome = (over: Partial<AssessmentOutcome> = {}): AssessmentOutcome => ({
  enisa: { dpc: 3, ei: 1, cb: 0.5, score: 3.5, band: 'high' },
  authority: { required: true, notifyController: false },
  dataSubjects: { required: true, exception: null },
  rules: [
    {
      code: 'ART33_RISK',
      legalReference: 'AVG art. 33 lid 1',
      explanation: { nl: 'Melden bij de AP is verplicht.', en: 'Notifying the AP is required.' },
    },
  ],
  ...over,
});

describe('AssessmentOutcomeView', () => {
  it('shows score, band, formula, decision and the rule trace in the UI language', () => {
    renderWithProviders(<AssessmentOutcomeView outcome={outcome()} lang="nl" />);
    expect(screen.getByText('ENISA 3,5 · hoog')).toBeTruthy();
    expect(screen.getByText('DPC 3 × EI 1 + CB 0,5 = 3,5')).toBeTruthy();
    expect(screen.getByText('AP melden:')).toBeTruthy();
    expect(screen.getByText('Melden bij de AP is verplicht.', { exact: false })).toBeTruthy();
    expect(screen.getByText('AVG art. 33 lid 1')).toBeTruthy();
  });

  it('tells a processor to inform the controller, and names the art. 34(3) exception', () => {
    renderWithProviders(
      <AssessmentOutcomeView
        outcome={outcome({
          authority: { required: false, notifyController: true },
          dataSubjects: { required: false, exception: 'unintelligible' },
        })}
        lang="nl"
      />,
    );
    expect(screen.getByText('Verwerkingsverantwoordelijke informeren:')).toBeTruthy();
    expect(screen.getByText(/nee · uitzondering: gegevens onbegrijpelijk/)).toBeTruthy();
  });
});
