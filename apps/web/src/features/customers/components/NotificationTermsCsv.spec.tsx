import { fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import { lineOf } from '../../../shared/errors/translate-api-error';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { importNotificationTerms } from '../api/notification-terms-api';
import { csvProblemOf, NotificationTermsCsv } from './NotificationTermsCsv';

jest.mock('../api/notification-terms-api', () => ({
  ...jest.requireActual('../api/notification-terms-api'),
  importNotificationTerms: jest.fn(),
}));

const rowError = (row: number, column: string | null, message: string) => ({
  path: column ? `csv.rows.${row}.${column}` : `csv.rows.${row}`,
  rule: 'invalid',
  message,
  params: { row, ...(column ? { column } : {}) },
});

describe('CSV import problems', () => {
  beforeEach(() => i18n.changeLanguage('nl'));

  it('say per row and column in Dutch what the column takes, without the API English', () => {
    const t = i18n.t.bind(i18n);
    const shown = csvProblemOf(
      rowError(3, 'deadline_hours', 'row 3: deadline_hours (deadlineHours must be a whole number from 1 to 168)'),
      t,
    );
    expect(lineOf(shown)).toBe('Regel 3, kolom deadline_hours: Vul een heel aantal uren in van 1 tot en met 168.');
    expect(shown.detail).toBeUndefined();
  });

  it('keep the English only as detail where no column is named', () => {
    const t = i18n.t.bind(i18n);
    const shown = csvProblemOf(rowError(1, null, 'row 1: the file is empty; expected a header row'), t);
    expect(lineOf(shown)).toBe('Regel 1: Deze waarde is niet geldig.');
    expect(shown.detail).toBe('row 1: the file is empty; expected a header row');
  });

  it('a refused file lists the rows in Dutch', async () => {
    const english = 'row 4: counted_from (countedFrom must be one of discovery, confirmation)';
    jest
      .mocked(importNotificationTerms)
      .mockRejectedValue(new ApiError(400, [english], 'Bad Request', [rowError(4, 'counted_from', english)]));
    const { container } = renderWithProviders(<NotificationTermsCsv />);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['customer_id\n'], 'terms.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'text', { value: () => Promise.resolve('customer_id\n') });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        'Regel 4, kolom counted_from: Vul discovery (na ontdekking) of confirmation (na bevestiging) in.',
      ),
    ).toBeTruthy();
    expect(alert.textContent).not.toMatch(/must be/);
  });
});
