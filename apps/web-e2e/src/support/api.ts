import type { BrowserContext, Locator, Page } from 'playwright-core';

/**
 * Calls the API with the session of a logged-in browser context (its cookies), sending the
 * double-submit CSRF header the way the web app does. Used to set up data that another journey
 * already covers through the UI (e.g. registering a breach), never to replace what a spec checks.
 */
export async function apiCall<T = unknown>(
  context: BrowserContext,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const cookies = await context.cookies();
  const xsrf = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await context.request.fetch(path, {
    method,
    headers: {
      'x-xsrf-token': decodeURIComponent(xsrf),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    data: body === undefined ? undefined : JSON.stringify(body),
    failOnStatusCode: false,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (CSV, PDF): keep the text
  }
  return { status: res.status(), body: parsed as T };
}

export interface CreatedBreach {
  id: string;
  reference: string;
  title: string;
}

export interface BreachInput {
  title: string;
  cause?: string;
  /** Hours between discovery and now (the clocks run from discovery). */
  discoveredHoursAgo?: number;
  description?: string;
  facts?: Record<string, unknown> | null;
  measuresTaken?: string;
  likelyConsequences?: string;
  /** What customers are told (never the internal description); a default in both languages when omitted. */
  customerSummary?: { nl?: string | null; en?: string | null };
  affectedCustomers?: {
    customerId: string;
    subjectsCount: number | null;
    role?: 'controller' | 'processor';
    dataCategories?: string[];
    groupsOfPeople?: string[];
    recordsEstimate?: number | null;
  }[];
}

/** A unique title, so each spec finds its own breach whatever ran before. */
export const uniqueTitle = (base: string) => `${base} ${Date.now().toString(36).slice(-5)}`;

/** Typical facts of a hacked customer database (ENISA high, AP notification required). */
export const HACKING_FACTS = {
  role: 'controller',
  dataCategories: ['contact', 'financial'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 1500,
  vulnerableSubjects: false,
  identifiability: 'maximum',
  confidentiality: 'unknown_recipients',
  integrity: 'none',
  availability: 'none',
  malicious: true,
  dataUnintelligible: false,
  recipientTrusted: false,
  exfiltrationEvidence: true,
  backupAvailable: null,
  financialUndertaking: false,
};

/** Registers a breach as the officer logged in to `context` (the wizard itself is covered by register-breach.e2e.ts). */
export async function createBreach(context: BrowserContext, input: BreachInput): Promise<CreatedBreach> {
  const discoveredAt = new Date(Date.now() - (input.discoveredHoursAgo ?? 2) * 3600_000).toISOString();
  const res = await apiCall<{ id: string; reference: string; title: string }>(context, 'POST', '/api/breaches', {
    title: input.title,
    description: input.description ?? 'Aangemaakt door de browsertest.',
    cause: input.cause ?? 'hacking',
    occurredAt: null,
    discoveredAt,
    facts: input.facts === undefined ? HACKING_FACTS : input.facts,
    measuresTaken: input.measuresTaken ?? 'Toegang geblokkeerd, wachtwoorden gewijzigd.',
    likelyConsequences: input.likelyConsequences ?? 'Mogelijk phishing gericht aan de betrokkenen.',
    customerSummary: input.customerSummary ?? {
      nl: 'Er is een datalek ontdekt bij onze dienstverlening; wij onderzoeken de gevolgen.',
      en: 'A data breach was discovered in our service; we are investigating the consequences.',
    },
    affectedCustomers: input.affectedCustomers ?? [],
  });
  if (res.status !== 201) throw new Error(`registering breach failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, reference: res.body.reference, title: res.body.title };
}

/** The demo customer with this name. */
export async function customerId(context: BrowserContext, name: string): Promise<string> {
  const res = await apiCall<{ id: string; name: string }[] | { items: { id: string; name: string }[] }>(
    context,
    'GET',
    '/api/customers',
  );
  const list = Array.isArray(res.body) ? res.body : res.body.items;
  const found = list.find((c) => c.name === name);
  if (!found) throw new Error(`no customer ${name}`);
  return found.id;
}

/** Whether `locator` becomes visible within `ms` (a probe for {@link reloadUntil}). */
export const visibleWithin = (locator: Locator, ms = 5_000): Promise<boolean> =>
  locator.waitFor({ state: 'visible', timeout: ms }).then(
    () => true,
    () => false,
  );

/**
 * Reloads until `probe` resolves true, for what a background worker does (mail delivery,
 * escalations). The probe should wait a few seconds itself (see {@link visibleWithin}), so a
 * slow page load is not mistaken for a missing result.
 */
export async function reloadUntil(
  page: Page,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000,
  label = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}`);
    await page.reload();
  }
}

/** Drafts the breach's notices, records their review (every current draft) and sends them, through the API. */
export async function draftReviewAndSendNotices(context: BrowserContext, breachId: string): Promise<void> {
  const drafted = await apiCall(context, 'POST', `/api/breaches/${breachId}/notices`);
  if (drafted.status >= 300)
    throw new Error(`drafting notices failed: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  const list = await apiCall<{ id: string; status: string }[]>(context, 'GET', `/api/breaches/${breachId}/notices`);
  const noticeIds = list.body.filter((n) => n.status === 'draft').map((n) => n.id);
  const reviewed = await apiCall(context, 'POST', `/api/breaches/${breachId}/notices/review`, { noticeIds });
  if (reviewed.status >= 300) throw new Error(`reviewing notices failed: ${reviewed.status}`);
  const sent = await apiCall(context, 'POST', `/api/breaches/${breachId}/notices/send`);
  if (sent.status >= 300) throw new Error(`sending notices failed: ${sent.status}`);
}
