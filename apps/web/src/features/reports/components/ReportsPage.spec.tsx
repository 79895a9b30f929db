import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { fetchReportSummary, type ReportSummary } from '../api/reports-api';
import { ReportsPage } from './ReportsPage';

jest.mock('../api/reports-api', () => ({
  ...jest.requireActual('../api/reports-api'),
  fetchReportSummary: jest.fn(),
}));

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const summary: ReportSummary = {
  from: '2026-01-01',
  to: '2026-03-31',
  breaches: 5,
  byCause: {
    ...zeros([
      'hacking',
      'malware',
      'lost_or_stolen_device',
      'misdirected_mail',
      'employee_error',
      'insider_misuse',
      'social_engineering',
      'other',
    ] as const),
    hacking: 3,
    malware: 2,
  },
  byCategory: {
    ...zeros([
      'contact',
      'identity_documents',
      'national_id_number',
      'financial',
      'credentials',
      'special_category_health',
      'special_category_other',
      'criminal',
      'location_behavioural',
      'business_only',
    ] as const),
    contact: 4,
  },
  authorityNotified: 4,
  // Due in the period: 3 met, 1 fulfilled late, 1 open past its deadline, 1 still running.
  authorityOnTimeRate: 0.6,
  authorityDeadlines: { onTime: 3, lateFulfilled: 1, openOverdue: 1, pending: 1 },
  customerNotices: 2,
  customerOnTimeRate: null,
  customerDeadlines: { onTime: 0, lateFulfilled: 0, openOverdue: 0, pending: 0 },
  medianHoursToAuthority: 30.5,
  notRequired: 1,
  byMonth: [
    { month: '2026-01', breaches: 2, authorityNotified: 2, authorityOnTime: 2, authorityLate: 0 },
    { month: '2026-02', breaches: 0, authorityNotified: 0, authorityOnTime: 0, authorityLate: 0 },
    { month: '2026-03', breaches: 3, authorityNotified: 2, authorityOnTime: 1, authorityLate: 2 },
  ],
  repeatCauses: [
    { cause: 'hacking', breaches: 3 },
    { cause: 'malware', breaches: 2 },
  ],
};

describe('ReportsPage', () => {
  beforeEach(() => jest.mocked(fetchReportSummary).mockReset());

  it('shows the KPIs, the trend and the causes of the chosen period, with a CSV link', async () => {
    jest.mocked(fetchReportSummary).mockResolvedValue(summary);
    renderWithProviders(<ReportsPage />, { route: '/reports?from=2026-01-01&to=2026-03-31' });
    const onTime = await screen.findByRole('region', { name: 'Tijdig gemeld bij AP' });
    expect(within(onTime).getByText('60%')).toBeTruthy();
    // Late includes the deadline that passed without a notification, and says so.
    expect(within(onTime).getByText('3 op tijd · 2 te laat, waarvan 1 nog niet gemeld')).toBeTruthy();
    expect(screen.getByText(/termijnen die in deze periode verliepen/)).toBeTruthy();
    const trend = screen.getByRole('table', { name: 'Datalekken per maand' });
    expect(within(trend).getByRole('columnheader', { name: 'AP-termijn te laat' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Mediaan tot AP-melding' })).getByText('30,5 u')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Klanten tijdig geïnformeerd' })).getByText('—')).toBeTruthy();
    expect(fetchReportSummary).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-03-31' });
    const causes = screen.getByRole('list', { name: 'Oorzaken' });
    expect(within(causes).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Datalekken per maand' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'CSV downloaden' }).getAttribute('href')).toBe(
      '/api/reports/summary.csv?from=2026-01-01&to=2026-03-31&delimiter=semicolon',
    );
  });

  it('says so when nothing was discovered and no deadline fell in the period', async () => {
    jest.mocked(fetchReportSummary).mockResolvedValue({
      ...summary,
      breaches: 0,
      authorityDeadlines: { onTime: 0, lateFulfilled: 0, openOverdue: 0, pending: 2 },
    });
    renderWithProviders(<ReportsPage />, { route: '/reports?from=2026-01-01&to=2026-03-31' });
    expect(await screen.findByText('Geen datalekken in deze periode')).toBeTruthy();
  });

  it('shows the figures when no breach was discovered but an earlier breach missed its deadline in the period', async () => {
    jest.mocked(fetchReportSummary).mockResolvedValue({
      ...summary,
      breaches: 0,
      authorityOnTimeRate: 0,
      authorityDeadlines: { onTime: 0, lateFulfilled: 0, openOverdue: 1, pending: 0 },
    });
    renderWithProviders(<ReportsPage />, { route: '/reports?from=2026-01-01&to=2026-03-31' });
    const onTime = await screen.findByRole('region', { name: 'Tijdig gemeld bij AP' });
    expect(within(onTime).getByText('0%')).toBeTruthy();
  });

  it('does not ask the API for a reversed period', async () => {
    renderWithProviders(<ReportsPage />, { route: '/reports?from=2026-04-01&to=2026-03-31' });
    expect(await screen.findByText('De einddatum ligt vóór de begindatum')).toBeTruthy();
    expect(fetchReportSummary).not.toHaveBeenCalled();
  });
});
