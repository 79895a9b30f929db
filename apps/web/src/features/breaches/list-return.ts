/**
 * Where in the register the user last was (its page and filters), so "Terug naar datalekken" on
 * a breach returns there instead of to the first page. Kept for this tab's session only.
 */
let lastSearch = '';

export function rememberListSearch(search: URLSearchParams): void {
  lastSearch = search.toString();
}

/** The register as the user left it. */
export const breachListPath = (): string => (lastSearch ? `/breaches?${lastSearch}` : '/breaches');
