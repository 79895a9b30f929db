import { causeLabelsFor, DATA_CATEGORY_LABELS, labelsIn } from '../breaches/breach-labels';

/**
 * Customer-facing words for the coded facts of a breach, per notice language. They live in the
 * domain so the view model (and nothing else) decides what a customer reads.
 */
export type NoticeLanguage = 'nl' | 'en';

/** A breach's cause in the running text of a notice (breaches/breach-labels.ts keeps the words). */
export const CAUSE_LABEL: Record<NoticeLanguage, Record<string, string>> = {
  nl: labelsIn(causeLabelsFor('customer'), 'nl'),
  en: labelsIn(causeLabelsFor('customer'), 'en'),
};

/** The kinds of personal data in a notice (breaches/breach-labels.ts keeps the words). */
export const CATEGORY_LABEL: Record<NoticeLanguage, Record<string, string>> = {
  nl: labelsIn(DATA_CATEGORY_LABELS, 'nl'),
  en: labelsIn(DATA_CATEGORY_LABELS, 'en'),
};

export const BAND_LABEL: Record<NoticeLanguage, Record<string, string>> = {
  nl: { low: 'laag', medium: 'gemiddeld', high: 'hoog', very_high: 'zeer hoog' },
  en: { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' },
};

export const ROLE_LABEL: Record<NoticeLanguage, Record<'controller' | 'processor', string>> = {
  nl: { controller: 'verwerkingsverantwoordelijke', processor: 'verwerker' },
  en: { controller: 'controller', processor: 'processor' },
};

export const YES_NO: Record<NoticeLanguage, (v: boolean) => string> = {
  nl: (v) => (v ? 'ja' : 'nee'),
  en: (v) => (v ? 'yes' : 'no'),
};

export const UNKNOWN: Record<NoticeLanguage, string> = { nl: 'nog niet bekend', en: 'not known yet' };

/**
 * Fixed text for measures or consequences nobody has written for customers yet: the notice goes
 * out on time (art. 33(4): information may follow in phases) and promises the follow-up notice.
 * Product text, never officer text, so it is in the notice's language by construction.
 */
export const STILL_INVESTIGATING: Record<'measures' | 'consequences', Record<NoticeLanguage, string>> = {
  measures: {
    nl: 'Wij onderzoeken nog welke maatregelen nodig zijn en informeren u daarover in een aanvullende kennisgeving.',
    en: 'We are still investigating which measures are needed and will inform you about them in a follow-up notice.',
  },
  consequences: {
    nl: 'Wij onderzoeken de gevolgen nog en informeren u daarover in een aanvullende kennisgeving.',
    en: 'We are still investigating the consequences and will inform you about them in a follow-up notice.',
  },
};

const AMS: Record<NoticeLanguage, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }),
};
const TZ_SUFFIX: Record<NoticeLanguage, string> = { nl: ' (Nederlandse tijd)', en: ' (Amsterdam time)' };

/** A moment as a customer reads it: long date, 24-hour clock, Amsterdam time, said so. */
export const formatNoticeMoment = (d: Date | null, lang: NoticeLanguage): string | null =>
  d ? AMS[lang].format(d) + TZ_SUFFIX[lang] : null;

export const formatCount = (n: number | null, lang: NoticeLanguage): string =>
  n === null ? UNKNOWN[lang] : n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
