import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AP_FORM } from '../form-model';
import { AnswerField } from './AnswerField';

const field = (section: string, key: string) =>
  AP_FORM.find((s) => s.key === section)!.fields.find((f) => f.key === key)!;

/** What a screen reader reads after the label: the elements aria-describedby names (an error would be among them). */
const descriptionOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('AnswerField', () => {
  it('warns under the incident summary that it was proposed from the internal description', () => {
    renderWithProviders(
      <AnswerField
        section="breach"
        field={field('breach', 'summary')}
        value="Jan (06-12345678) van Klant B"
        onChange={jest.fn()}
      />,
    );
    const summary = screen.getByRole('textbox', { name: /samenvatting van het incident/i });
    expect(descriptionOf(summary)).toMatch(/interne beschrijving.*namen en telefoonnummers/i);
  });

  it('adds no guidance where the form has none', () => {
    renderWithProviders(
      <AnswerField section="breach" field={field('breach', 'incidentTypeOther')} value="" onChange={jest.fn()} />,
    );
    expect(descriptionOf(screen.getByRole('textbox'))).toBe('');
  });
});
