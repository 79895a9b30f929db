import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import { renderWithProviders } from '../../../testing/render-with-providers';
import {
  listNoticeTemplateFields,
  listNoticeTemplates,
  type NoticeTemplate,
  previewNoticeTemplate,
  putNoticeTemplate,
} from '../api/templates-api';
import { NoticeTemplatesPage } from './NoticeTemplatesPage';

jest.mock('../api/templates-api', () => ({
  ...jest.requireActual('../api/templates-api'),
  listNoticeTemplates: jest.fn(),
  listNoticeTemplateFields: jest.fn(),
  previewNoticeTemplate: jest.fn(),
  putNoticeTemplate: jest.fn(),
}));

jest.setTimeout(20_000);

const template = (language: 'nl' | 'en'): NoticeTemplate => ({
  language,
  subject: 'Kennisgeving {{breach.reference}}',
  body: 'Beste {{recipient.name}},\n\n## Wat is er gebeurd?',
  updatedBy: null,
  updatedAt: null,
  isDefault: true,
});

describe('NoticeTemplatesPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    jest.mocked(listNoticeTemplates).mockResolvedValue([template('nl'), template('en')]);
    jest.mocked(listNoticeTemplateFields).mockResolvedValue({
      fields: [
        { path: 'customer.name', sample: 'Voorbeeldklant B.V.' },
        { path: 'recipient.name', sample: 'Jan de Vries' },
      ],
      conditions: ['processor'],
    });
    jest.mocked(previewNoticeTemplate).mockResolvedValue({
      subject: 'Kennisgeving DL-2026-0001',
      text: 'Beste Jan de Vries,\n\nWat is er gebeurd?',
      html: '<p>Beste Jan de Vries,</p>\n<h2>Wat is er gebeurd?</h2>',
    });
  });
  afterEach(() => jest.useRealTimers());

  const panel = async () => screen.findByRole('tabpanel', { name: 'Nederlands' });

  it('edits one Markdown body per language, with a toolbar, fields inserted at the cursor and a live preview', async () => {
    renderWithProviders(<NoticeTemplatesPage />);
    const nl = await panel();
    const body = within(nl).getByLabelText(/^Tekst \(Markdown\)/) as HTMLTextAreaElement;
    expect(body.value).toBe('Beste {{recipient.name}},\n\n## Wat is er gebeurd?');
    expect(within(nl).queryByLabelText(/HTML/)).toBeNull();

    // insert a field at the cursor of the body
    fireEvent.focus(body);
    body.setSelectionRange(0, 0);
    fireEvent.click(await within(nl).findByRole('button', { name: 'Veld customer.name invoegen' }));
    await waitFor(() => expect(body.value.startsWith('{{customer.name}}Beste')).toBe(true));

    // the toolbar writes Markdown: the selection becomes bold
    body.setSelectionRange(0, '{{customer.name}}'.length);
    fireEvent.click(within(within(nl).getByRole('toolbar')).getByRole('button', { name: 'Vet' }));
    await waitFor(() => expect(body.value.startsWith('**{{customer.name}}**Beste')).toBe(true));

    // the live preview shows the sample notice, formatted and as plain text
    await waitFor(() =>
      expect(previewNoticeTemplate).toHaveBeenLastCalledWith('nl', {
        subject: 'Kennisgeving {{breach.reference}}',
        body: '**{{customer.name}}**Beste {{recipient.name}},\n\n## Wat is er gebeurd?',
      }),
    );
    const live = await screen.findAllByText('Kennisgeving DL-2026-0001');
    expect(live.length).toBeGreaterThan(0);
    expect(within(nl).getAllByRole('tab', { name: 'Platte tekst' }).length).toBeGreaterThan(0);

    jest.mocked(putNoticeTemplate).mockResolvedValue({
      ...template('nl'),
      body: body.value,
      isDefault: false,
      updatedBy: 'admin@lekwacht.test',
      updatedAt: '2026-03-02T10:00:00Z',
    });
    fireEvent.click(within(nl).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(putNoticeTemplate).toHaveBeenCalledWith('nl', {
        subject: 'Kennisgeving {{breach.reference}}',
        body: '**{{customer.name}}**Beste {{recipient.name}},\n\n## Wat is er gebeurd?',
      }),
    );
  });

  it('says in Dutch which fields are unknown, next to the body, without the API’s English', async () => {
    const message = 'body: the template cannot be used: unknown field(s): breach.description';
    jest.mocked(putNoticeTemplate).mockRejectedValue(new ApiError(400, [message], 'Bad Request'));
    renderWithProviders(<NoticeTemplatesPage />);
    const nl = await panel();
    fireEvent.click(within(nl).getByRole('button', { name: 'Opslaan' }));
    expect(
      await within(nl).findByText(
        /Onbekend veld: breach\.description\. Kies een veld uit de lijst Beschikbare velden\./,
      ),
    ).toBeTruthy();
    expect(within(nl).getByText('Controleer de gemarkeerde velden.')).toBeTruthy();
    expect(nl.textContent).not.toMatch(/cannot be used|unknown field/);
  });

  it('shows loading, a load error with retry, and an empty field list', async () => {
    jest.mocked(listNoticeTemplates).mockRejectedValueOnce(new ApiError(500, ['boom'], 'Internal Server Error'));
    jest.mocked(listNoticeTemplateFields).mockResolvedValue({ fields: [], conditions: [] });
    renderWithProviders(<NoticeTemplatesPage />);
    const retry = await screen.findByRole('button', { name: 'Opnieuw proberen' });
    await act(async () => {
      fireEvent.click(retry);
    });
    const nl = await panel();
    expect(await within(nl).findByText('Er zijn geen velden beschikbaar.')).toBeTruthy();
  });
});
