import { applyMarkdown, insertAt } from './markdown-edit';

describe('applyMarkdown', () => {
  const value = 'Beste klant,\nregel twee\nregel drie';

  it('makes the lines of the selection a heading or a list, and takes it off again', () => {
    const heading = applyMarkdown(value, 15, 15, 'heading');
    expect(heading.value).toBe('Beste klant,\n## regel twee\nregel drie');
    expect(applyMarkdown(heading.value, heading.start, heading.end, 'heading').value).toBe(value);
    const list = applyMarkdown(value, 14, value.length, 'list');
    expect(list.value).toBe('Beste klant,\n- regel twee\n- regel drie');
    expect(list.value.slice(list.start, list.end)).toBe('- regel twee\n- regel drie');
    expect(applyMarkdown(list.value, list.start, list.end, 'list').value).toBe(value);
  });

  it('wraps the selection in bold, or a placeholder to type over', () => {
    const bold = applyMarkdown(value, 0, 5, 'bold');
    expect(bold.value).toBe('**Beste** klant,\nregel twee\nregel drie');
    expect(bold.value.slice(bold.start, bold.end)).toBe('Beste');
    const empty = applyMarkdown('a ', 2, 2, 'bold', 'tekst');
    expect(empty.value).toBe('a **tekst**');
    expect(empty.value.slice(empty.start, empty.end)).toBe('tekst');
  });

  it('makes the selection a link and selects the address', () => {
    const link = applyMarkdown('Zie onze site.', 9, 13, 'link');
    expect(link.value).toBe('Zie onze [site](https://).');
    expect(link.value.slice(link.start, link.end)).toBe('https://');
  });
});

describe('insertAt', () => {
  it('replaces the selection and puts the cursor after the insert', () => {
    expect(insertAt('Beste X,', 6, 7, '{{recipient.name}}')).toEqual({
      value: 'Beste {{recipient.name}},',
      start: 24,
      end: 24,
    });
  });
});
