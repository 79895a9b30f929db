import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import i18n from '../../i18n/i18n';
import { renderWithProviders } from '../../testing/render-with-providers';
import { DateField } from './DateField';
import { formatIsoDate, INVALID_DATE_TIME, parseIsoDate, readDateText } from './date-time-text';

function Harness({ initial, onValue }: { initial: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Datum overeenkomst"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('DateField', () => {
  afterAll(() => i18n.changeLanguage('nl'));

  it('shows a stored date as dd-mm-jjjj and reports a typed one as the API stores it', async () => {
    await i18n.changeLanguage('nl');
    const values: string[] = [];
    renderWithProviders(<Harness initial="2024-02-29" onValue={(v) => values.push(v)} />);
    const input = screen.getByRole('textbox', { name: 'Datum overeenkomst' });
    expect(input).toHaveProperty('value', '29-02-2024');
    expect(screen.getByText('Datum als dd-mm-jjjj')).toBeTruthy();
    fireEvent.change(input, { target: { value: '1-3-2025' } });
    expect(values.at(-1)).toBe('2025-03-01');
    fireEvent.change(input, { target: { value: '' } });
    expect(values.at(-1)).toBe('');
  });

  it('reports a text that is no date as invalid and says why in Dutch after leaving the field', async () => {
    await i18n.changeLanguage('nl');
    const values: string[] = [];
    renderWithProviders(<Harness initial="" onValue={(v) => values.push(v)} />);
    const input = screen.getByRole('textbox', { name: 'Datum overeenkomst' });
    fireEvent.change(input, { target: { value: '02/30/2024' } });
    expect(values.at(-1)).toBe(INVALID_DATE_TIME);
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Onbekende datum. Gebruik dd-mm-jjjj, bijvoorbeeld 20-11-2026.');
  });

  it('writes the date as dd/mm/yyyy in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<Harness initial="2024-02-29" onValue={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Datum overeenkomst' })).toHaveProperty('value', '29/02/2024');
  });
});

describe('calendar dates', () => {
  it('reads and writes stored dates, refusing impossible ones', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('29-02-2024')).toBeNull();
    expect(formatIsoDate('2024-02-29', 'nl')).toBe('29-02-2024');
    expect(formatIsoDate('2024-02-29', 'en')).toBe('29/02/2024');
    expect(readDateText(' 29-2-2024 ')).toEqual({ kind: 'ok', value: '2024-02-29' });
    expect(readDateText('')).toEqual({ kind: 'empty' });
    expect(readDateText('31-04-2024')).toEqual({ kind: 'invalid' });
  });
});
