import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../api/types';
import nl from './nl.json';

export const DEFAULT_LANGUAGE: Language = 'nl';
const STORAGE_KEY = 'lekwacht.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * The dictionaries not in the initial bundle (issue #19): each is its own chunk, fetched the first
 * time its language is used. Dutch, the default and the fallback, is bundled.
 */
const LAZY_DICTIONARIES: Record<Exclude<Language, 'nl'>, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('./en.json'),
};

/**
 * i18next asks this backend for a language it does not have yet: at start-up when the stored
 * language is English, and in `changeLanguage` (which switches only once the texts are there).
 */
const lazyDictionaries: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    const load = LAZY_DICTIONARIES[language as keyof typeof LAZY_DICTIONARIES];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/**
 * Dutch by default. Resolves once the active language's texts are there: at once for Dutch (bundled,
 * so initialisation is synchronous), after its chunk for English. main.tsx renders after it, so
 * there is no flash of Dutch or of keys; if the chunk cannot be fetched, the Dutch texts show.
 */
export const i18nReady = i18n
  .use(lazyDictionaries)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
    lng: typeof window === 'undefined' ? DEFAULT_LANGUAGE : storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language ?? DEFAULT_LANGUAGE;

export const currentLanguage = (): Language =>
  isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;

export default i18n;
