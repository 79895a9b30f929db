import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import i18n from '../../i18n/i18n';
import { renderWithProviders } from '../../testing/render-with-providers';
import { DateTimeField } from './DateTimeField';
import { INVALID_DATE_TIME } from './date-time-text';

function Harness({ initial, onValue }: { initial: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DateTimeField
      label="Ingedamd op"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('DateTimeField', () => {
  afterAll(() => i18n.changeLanguage('nl'));

  it('shows an Amsterdam value as dd-mm-jjjj and a 24-hour time, with the format as hint', async () => {
    await i18n.changeLanguage('nl');
    renderWithProviders(<Harness initial="2026-06-12T17:40" onValue={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Ingedamd op, datum' })).toHaveProperty('value', '12-06-2026');
    expect(screen.getByRole('textbox', { name: 'Ingedamd op, tijd' })).toHaveProperty('value', '17:40');
    expect(screen.getByText('dd-mm-jjjj en uu:mm (24-uursklok)')).toBeTruthy();
  });

  it('reports a typed moment as the field value and a wrong date as invalid with a Dutch message', async () => {
    await i18n.changeLanguage('nl');
    const values: string[] = [];
    renderWithProviders(<Harness initial="" onValue={(v) => values.push(v)} />);
    const date = screen.getByRole('textbox', { name: 'Ingedamd op, datum' });
    const time = screen.getByRole('textbox', { name: 'Ingedamd op, tijd' });
    fireEvent.change(date, { target: { value: '20-11-2026' } });
    fireEvent.change(time, { target: { value: '9:05' } });
    expect(values.at(-1)).toBe('2026-11-20T09:05');
    fireEvent.change(date, { target: { value: '31-02-2026' } });
    expect(values.at(-1)).toBe(INVALID_DATE_TIME);
    fireEvent.blur(date);
    expect(screen.getByRole('alert').textContent).toBe('Onbekende datum. Gebruik dd-mm-jjjj, bijvoorbeeld 20-11-2026.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
  });

  it('writes the same moment as dd/mm/yyyy in English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<Harness initial="2026-06-12T17:40" onValue={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Ingedamd op, date' })).toHaveProperty('value', '12/06/2026');
    expect(screen.getByRole('textbox', { name: 'Ingedamd op, time' })).toHaveProperty('value', '17:40');
  });
});
