import i18n, { i18nReady } from './i18n';

describe('dictionaries (issue #19: only the active language in the initial bundle)', () => {
  afterAll(() => i18n.changeLanguage('nl'));

  it('starts in Dutch, bundled, without waiting', async () => {
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe('nl');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await i18nReady;
    expect(i18n.t('common.save')).toBe('Opslaan');
  });

  it('fetches English when asked, and switches only once its texts are there', async () => {
    const switching = i18n.changeLanguage('en');
    expect(i18n.language).toBe('nl');
    await switching;
    expect(i18n.language).toBe('en');
    expect(i18n.t('common.save')).toBe('Save');
    expect(document.documentElement.lang).toBe('en');
  });
});
