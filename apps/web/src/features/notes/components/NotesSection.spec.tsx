import { notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import type { User } from '../../../api/types';
import i18n from '../../../i18n/i18n';
import { renderWithProviders, testQueryClient } from '../../../testing/render-with-providers';
import { meQueryKey } from '../../../shared/session/auth-api';
import { type DirectoryUser, userDirectoryQueryKey } from '../../../shared/users/user-directory-api';
import { addNote, listNotes, type Note } from '../api/notes-api';
import { NotesSection } from './NotesSection';

jest.mock('@mantine/notifications', () => ({ notifications: { show: jest.fn() } }));
jest.mock('../api/notes-api', () => ({
  ...jest.requireActual('../api/notes-api'),
  listNotes: jest.fn(),
  addNote: jest.fn(),
}));

const me = {
  id: 'u-me',
  role: 'officer',
  name: 'Olga Officier',
  email: 'olga@lekwacht.test',
  language: 'nl',
  active: true,
} as User;
const directory: DirectoryUser[] = [
  { id: 'u-me', name: 'Olga Officier', role: 'officer' },
  { id: 'u-kim', name: 'Kim de Wit', role: 'officer' },
  { id: 'u-dirk', name: 'Dirk Directeur', role: 'manager' },
  { id: 'u-bea', name: 'Bea Beheer', role: 'admin' },
];

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  breachId: 'b1',
  body: 'Eerste notitie',
  author: { id: 'u-kim', name: 'Kim de Wit' },
  mentions: [],
  // 09:30 UTC is 10:30 in Amsterdam (CET)
  createdAt: '2026-11-20T09:30:00.000Z',
  editedAt: null,
  ...over,
});

const HOSTILE = '**Let op** <script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3))';

function renderSection(status: 'open' | 'closed' = 'open', user: User = me) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user);
  queryClient.setQueryData(userDirectoryQueryKey, directory);
  return renderWithProviders(<NotesSection breach={{ id: 'b1', status }} />, { queryClient });
}

const textarea = () => screen.getByRole('textbox', { name: /^Notitie/ });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Notitie plaatsen' }));
/** The MultiSelect's search input (its hidden input carries the same label). */
const mentionInput = () =>
  screen
    .getAllByLabelText("Collega's noemen")
    .find((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type !== 'hidden')!;

async function mention(name: string) {
  const input = mentionInput();
  act(() => input.focus());
  fireEvent.click(input);
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: new RegExp(`^${name}`) }));
}

/** Script, images, event handlers or javascript: links anywhere in the section. */
const active = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('script, img, iframe, [onerror], [onclick], a[href^="javascript" i]'));

jest.setTimeout(30_000);

describe('NotesSection', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    (listNotes as jest.Mock).mockResolvedValue([]);
  });

  it('lists the notes as the API gives them (newest first) with author, Amsterdam time and rendered Markdown', async () => {
    (listNotes as jest.Mock).mockResolvedValue([
      note({
        id: 'n2',
        body: HOSTILE,
        author: { id: 'u-dirk', name: 'Dirk Directeur' },
        mentions: [{ id: 'u-kim', name: 'Kim de Wit' }],
        createdAt: '2026-11-20T10:45:00.000Z',
      }),
      note(),
    ]);
    const { container } = renderSection();
    const list = await screen.findByRole('list', { name: 'Notities, nieuwste eerst' });
    const items = within(list).getAllByRole('article');
    expect(items.map((a) => within(a).getByRole('heading').textContent)).toEqual(['Dirk Directeur', 'Kim de Wit']);
    expect(within(items[0]!).getByText('20 nov 2026, 11:45')).toBeTruthy();
    expect(within(items[1]!).getByText('20 nov 2026, 10:30')).toBeTruthy();
    expect(within(items[0]!).getByText('Noemt Kim de Wit')).toBeTruthy();
    expect(items[0]!.querySelector('strong')?.textContent).toBe('Let op');
    // typed HTML stays text; nothing in it runs or loads
    expect(items[0]!.textContent).toContain('<script>alert(1)</script>');
    expect(items[0]!.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(within(items[0]!).getByText('klik').closest('a')).toBeNull();
    expect(active(container)).toEqual([]);
  });

  it('speaks English with English times on the English screen', async () => {
    await i18n.changeLanguage('en');
    try {
      (listNotes as jest.Mock).mockResolvedValue([note()]);
      const view = renderSection();
      const list = await screen.findByRole('list', { name: 'Notes, newest first' });
      expect(within(list).getByText('20 Nov 2026, 10:30')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Post note' })).toBeTruthy();
      view.unmount();
    } finally {
      await i18n.changeLanguage('nl');
    }
  });

  it('says when there are no notes yet, and shows a retry when they cannot be loaded', async () => {
    renderSection();
    expect(await screen.findByText(/Nog geen notities/)).toBeTruthy();

    (listNotes as jest.Mock)
      .mockReset()
      .mockRejectedValueOnce(new ApiError(500, ['boom']))
      .mockResolvedValue([]);
    const view = renderSection();
    const alert = await within(view.container).findByRole('alert');
    expect(within(alert).getByText('De notities konden niet worden geladen')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(listNotes).toHaveBeenCalledTimes(2));
  });

  it('posts nothing without text, then posts the note with the chosen colleagues and empties the form', async () => {
    (addNote as jest.Mock).mockResolvedValue(note({ id: 'n9', mentions: [{ id: 'u-dirk', name: 'Dirk Directeur' }] }));
    renderSection();
    submit();
    expect(await screen.findByText('Schrijf eerst een notitie.')).toBeTruthy();
    expect(addNote).not.toHaveBeenCalled();

    fireEvent.change(textarea(), { target: { value: 'Kun je naar de **AP-melding** kijken?' } });
    expect(screen.getByText('37 van 10.000 tekens')).toBeTruthy();
    await mention('Dirk Directeur');
    submit();
    await waitFor(() => expect(addNote).toHaveBeenCalledTimes(1));
    expect((addNote as jest.Mock).mock.calls[0]).toEqual([
      'b1',
      { body: 'Kun je naar de **AP-melding** kijken?', mentionIds: ['u-dirk'] },
    ]);
    await waitFor(() => expect((textarea() as HTMLTextAreaElement).value).toBe(''));
    expect(notifications.show).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Notitie geplaatst; 1 collega krijgt een e-mail.' }),
    );
  });

  it('offers only officers and managers other than me to mention', async () => {
    renderSection();
    const input = mentionInput();
    act(() => input.focus());
    fireEvent.click(input);
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kim de Wit · Privacy officer', 'Dirk Directeur · Directie']);
  });

  it('posts with Ctrl+Enter from the text field', async () => {
    (addNote as jest.Mock).mockResolvedValue(note());
    renderSection();
    fireEvent.change(textarea(), { target: { value: 'Snel genoteerd' } });
    fireEvent.keyDown(textarea(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(addNote).toHaveBeenCalledWith('b1', { body: 'Snel genoteerd' }));
  });

  it('previews the Markdown inertly before posting', async () => {
    const { container } = renderSection();
    fireEvent.change(textarea(), { target: { value: HOSTILE } });
    fireEvent.click(screen.getByRole('tab', { name: 'Voorbeeld' }));
    const panel = await screen.findByRole('tabpanel');
    expect(panel.querySelector('strong')?.textContent).toBe('Let op');
    expect(panel.textContent).toContain('<script>alert(1)</script>');
    expect(active(container)).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Schrijven' }));
    expect((textarea() as HTMLTextAreaElement).value).toBe(HOSTILE);
  });

  it("puts the API's refusals on their fields, translated, naming the colleague a mention was refused for", async () => {
    (addNote as jest.Mock).mockRejectedValue(
      new ApiError(400, ['…'], 'Bad Request', [
        { path: 'body', rule: 'maxLength', message: 'body must be shorter', params: { limit: 10000 } },
        { path: 'mentionIds.0', rule: 'isIn', message: 'mentionIds.0 must be one of the active officers and managers' },
      ]),
    );
    renderSection();
    fireEvent.change(textarea(), { target: { value: 'Tekst' } });
    await mention('Dirk Directeur');
    submit();
    expect(await screen.findByText('Gebruik hoogstens 10000 tekens.')).toBeTruthy();
    expect(screen.getByText('Dirk Directeur: Kies een van de aangeboden waarden.')).toBeTruthy();
    // the text stays, so nothing typed is lost
    expect((textarea() as HTMLTextAreaElement).value).toBe('Tekst');
  });

  it('shows a refusal for the breach as a whole (409, closed meanwhile) in an alert, translated', async () => {
    (addNote as jest.Mock).mockRejectedValue(
      new ApiError(409, ['breach is closed'], 'Conflict', [
        { path: 'breach', rule: 'closed', message: 'breach is closed; notes can only be added while it is open' },
      ]),
    );
    renderSection();
    fireEvent.change(textarea(), { target: { value: 'Te laat' } });
    submit();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('De notitie is niet geplaatst')).toBeTruthy();
    expect(within(alert).getByText(/Het datalek is gesloten; heropen het eerst./)).toBeTruthy();
  });

  it('offers no form on a closed breach, but still lists its notes', async () => {
    (listNotes as jest.Mock).mockResolvedValue([note()]);
    renderSection('closed');
    expect(await screen.findByText('Eerste notitie')).toBeTruthy();
    expect(screen.getByText('Dit datalek is gesloten: er kunnen geen notities meer bij.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Notitie plaatsen' })).toBeNull();
  });

  it('lets a manager write notes too', async () => {
    renderSection('open', { ...me, id: 'u-dirk', role: 'manager', name: 'Dirk Directeur' } as User);
    expect(await screen.findByRole('button', { name: 'Notitie plaatsen' })).toBeTruthy();
  });
});
