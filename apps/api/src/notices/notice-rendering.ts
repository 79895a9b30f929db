import type { Language } from '@lekwacht/contracts';
import Handlebars from 'handlebars';
import { buildNoticeView, DEFAULT_ORGANISATION_PROFILE, type NoticeView } from '@lekwacht/domain';
import { escapeHtml } from '../mail/escape-html';
import { brandColour } from '../mail/mail-layout';
import { type TemplateFields, templateFieldsOf, templateProblems } from './notice-template-check';
import type { NoticeTemplateSource } from './notice-template-defaults';
import {
  fillSkeleton,
  type MarkdownSkeleton,
  placeholder,
  renderSkeleton,
  RESERVED_CHARS,
} from './notice-template-markdown';

export { DEFAULT_TEMPLATES, type NoticeTemplateSource } from './notice-template-defaults';

/**
 * A notice template is a subject line and ONE Markdown body per language, both with Handlebars
 * merge fields; the mail's plain-text and HTML parts are both rendered from the body (see
 * notice-template-markdown.ts for how values are kept out of the markup). One isolated
 * Handlebars instance (no globally registered helpers or partials leak in or out); what a
 * template may contain is checked on Handlebars' parse tree (notice-template-check.ts): only
 * fields of the NoticeView, `{{#if}}`/`{{#unless}}`, never unescaped output in any form.
 */
const hb = Handlebars.create();

export type TemplateField = 'subject' | 'body';

export interface CompiledNoticeTemplate {
  subject: (ctx: NoticeContext) => string;
  text: (ctx: NoticeContext) => string;
  html: (ctx: NoticeContext) => string;
}

/**
 * What a template can reach: the whitelisted NoticeView built per customer by the domain
 * (shared facts, that customer's own slice, our contact point). Never the breach entity.
 */
export type NoticeContext = NoticeView;

/** Distinct skeletons kept per compiled template (one per combination of branches taken). */
const SKELETONS_PER_TEMPLATE = 256;

/** Throws TemplateError naming the part when a source may not be used or does not compile. */
export function compileNoticeTemplate(src: NoticeTemplateSource): CompiledNoticeTemplate {
  const one = (field: TemplateField, source: string) => {
    // The parse tree decides what the template may reach: exactly the NoticeView's fields.
    const problems = templateProblems(source, noticeTemplateFields());
    if (problems.length > 0) throw new TemplateError(field, problems.join('; '));
    try {
      // precompile parses eagerly (compile is lazy), so syntax errors surface here. No HTML
      // escaping by Handlebars: the subject is plain text, and the body is filled with
      // placeholders, not values (the Markdown renderer escapes).
      hb.precompile(source, { noEscape: true, strict: false });
      return hb.compile<unknown>(source, { noEscape: true, knownHelpersOnly: false });
    } catch (err) {
      throw new TemplateError(field, firstLine(err, 'does not compile'));
    }
  };
  const subject = one('subject', src.subject);
  const body = one('body', src.body.replace(/\r\n?/g, '\n').replace(RESERVED_CHARS, ''));
  const guard =
    <T>(field: TemplateField, fn: (ctx: NoticeContext) => T) =>
    (ctx: NoticeContext): T => {
      try {
        return fn(ctx);
      } catch (err) {
        throw new TemplateError(field, firstLine(err, 'cannot be rendered'));
      }
    };
  const skeletons = new Map<string, MarkdownSkeleton>();
  // text() and html() of one view share one rendering.
  const rendered = new WeakMap<NoticeContext, { text: string; html: string }>();
  const renderBody = guard('body', (ctx) => {
    const done = rendered.get(ctx);
    if (done) return done;
    const { view, values } = withPlaceholders(ctx);
    const markdown = body(view);
    let skeleton = skeletons.get(markdown);
    if (!skeleton) {
      skeleton = renderSkeleton(markdown);
      if (skeletons.size >= SKELETONS_PER_TEMPLATE) skeletons.clear();
      skeletons.set(markdown, skeleton);
    }
    const filled = fillSkeleton(skeleton, values);
    const result = { text: filled.text, html: `${brandHeader(ctx)}\n${filled.html}` };
    rendered.set(ctx, result);
    return result;
  });
  return {
    subject: guard('subject', (ctx) => subject(ctx).replace(/\s+/g, ' ').trim()),
    text: (ctx) => renderBody(ctx).text,
    html: (ctx) => renderBody(ctx).html,
  };
}

const firstLine = (err: unknown, fallback: string) =>
  err instanceof Error ? (err.message.split('\n')[0] ?? fallback) : fallback;

/** A stable placeholder number per view path (a trie, so no path strings are built per notice). */
interface PathNode {
  n: number | null;
  children: Map<string, PathNode>;
}
const paths: PathNode = { n: null, children: new Map() };
let nextPlaceholder = 0;

/**
 * The view with every printable value replaced by a placeholder, and the values by number.
 * Falsy values (null, false, 0, '') stay as they are, so `{{#if}}` decides exactly as on the
 * real view; printed, they are "", "false" or "0", which Markdown cannot misread. Equal paths
 * get equal numbers, so views that take the same branches give the same Markdown.
 */
function withPlaceholders(ctx: NoticeContext): { view: unknown; values: string[] } {
  const values: string[] = [];
  const walk = (value: unknown, node: PathNode): unknown => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        let child = node.children.get(key);
        if (!child) {
          child = { n: null, children: new Map() };
          node.children.set(key, child);
        }
        copy[key] = walk((value as Record<string, unknown>)[key], child);
      }
      return copy;
    }
    if (!value) return value;
    node.n ??= nextPlaceholder++;
    values[node.n] = String(value);
    return placeholder(node.n);
  };
  return { view: walk(ctx, paths), values };
}

/** The organisation's name under a bar in its colour: the head of the HTML part (the portal shows its own). */
function brandHeader(ctx: NoticeContext): string {
  const colour = brandColour(ctx.organisation.primaryColour);
  return `<div style="border-top:6px solid ${escapeHtml(colour)};padding:12px 0 8px;margin-bottom:12px"><strong style="font-size:18px;vertical-align:middle">${escapeHtml(ctx.organisation.name)}</strong></div>`;
}

let fieldsCache: TemplateFields | null = null;

/** The fields a template can use: the paths of the NoticeView, for a processor and a controller. */
export function noticeTemplateFields(): TemplateFields {
  fieldsCache ??= templateFieldsOf(
    (['nl', 'en'] as const).flatMap((language) => [sampleContext(language, true), sampleContext(language, false)]),
  );
  return fieldsCache;
}

export class TemplateError extends Error {
  constructor(
    readonly field: TemplateField,
    reason: string,
  ) {
    super(`${field}: the template cannot be used: ${reason}`);
  }
}

/** Plain text → safe HTML: everything escaped, blank lines become paragraphs. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The full HTML document around a notice body fragment (mail and nothing else). */
export function wrapHtml(
  language: Language,
  body: string,
  portal: { url: string; label: string; intro: string } | null,
): string {
  const link = portal
    ? `<p>${escapeHtml(portal.intro)}</p>
<p><a href="${escapeHtml(portal.url)}" style="background:#0b7285;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(portal.label)}</a></p>
<p style="color:#868e96;font-size:12px">${escapeHtml(portal.url)}</p>`
    : '';
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1b1e;max-width:680px">
${body}
${link}
</body></html>`;
}

export const PORTAL_LINK_TEXT: Record<Language, { intro: string; label: string; textIntro: string }> = {
  nl: {
    intro: 'Lees deze kennisgeving online en bevestig de ontvangst via uw persoonlijke link:',
    label: 'Kennisgeving openen en ontvangst bevestigen',
    textIntro: 'Lees deze kennisgeving online en bevestig de ontvangst via uw persoonlijke link (geldig 90 dagen):',
  },
  en: {
    intro: 'Read this notice online and acknowledge receipt through your personal link:',
    label: 'Open the notice and acknowledge receipt',
    textIntro: 'Read this notice online and acknowledge receipt through your personal link (valid for 90 days):',
  },
};

// ---------------------------------------------------------------------------------------------
// Sample data for the template preview: a view built by the same domain function as real notices.

export function sampleContext(language: Language, processor = true): NoticeContext {
  const nl = language === 'nl';
  return buildNoticeView(
    {
      reference: 'DL-2026-0001',
      cause: 'malware',
      occurredAt: new Date('2026-03-01T22:00:00Z'),
      discoveredAt: new Date('2026-03-02T07:30:00Z'),
      containedAt: new Date('2026-03-02T11:00:00Z'),
      customerMeasures: {
        nl: 'Server geïsoleerd, back-up teruggezet, wachtwoorden gewijzigd.',
        en: 'Server isolated, backup restored, passwords reset.',
      },
      customerConsequences: {
        nl: 'Mogelijke inzage in naw-gegevens.',
        en: 'Possible disclosure of names and addresses.',
      },
      customerSummary: {
        nl: 'Een fileserver met exportbestanden is versleuteld door ransomware.',
        en: 'A file server holding export files was encrypted by ransomware.',
      },
      facts: {
        role: 'processor',
        dataCategories: ['contact', 'financial'],
        dpcAdjustment: 0,
        dpcAdjustmentReason: null,
        subjectsCount: 1250,
        vulnerableSubjects: false,
        identifiability: 'maximum',
        confidentiality: 'unknown_recipients',
        integrity: 'none',
        availability: 'temporary',
        malicious: true,
        dataUnintelligible: false,
        recipientTrusted: false,
        exfiltrationEvidence: null,
        backupAvailable: true,
        financialUndertaking: false,
      },
    },
    {
      customerId: '00000000-0000-0000-0000-000000000000',
      name: nl ? 'Voorbeeldklant B.V.' : 'Sample Customer Ltd',
      language,
      contactPersonName: nl ? 'Jan de Vries' : 'Jane Doe',
      contactPersonEmail: nl ? 'jan@voorbeeldklant.example' : 'jane@sample.example',
      managementName: nl ? 'Directie Voorbeeldklant' : 'Sample management',
      managementEmail: 'directie@voorbeeldklant.example',
      role: processor ? 'processor' : 'controller',
      dataCategories: ['contact', 'financial'],
      subjectsCount: 1250,
      groupsOfPeople: [nl ? 'klanten' : 'clients'],
      recordsEstimate: 4000,
    },
    null,
    DEFAULT_ORGANISATION_PROFILE,
  );
}
