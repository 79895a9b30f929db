import type { EnisaBand } from './api/assessments-api';

/** Badge colours of the ENISA severity bands: green → yellow → orange → red. */
export const BAND_COLORS: Record<EnisaBand, string> = {
  low: 'green',
  medium: 'yellow',
  high: 'orange',
  very_high: 'red',
};

/** "3.5" / "3,5": scores with at most two decimals, in the UI language. */
export const formatScore = (value: number, lang: string): string =>
  value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
