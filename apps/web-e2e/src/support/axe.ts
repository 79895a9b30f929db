import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Always left out of the scan: the sandboxed frames that show a notice's or e-mail's own HTML
 * (`sandbox=""`, no scripts, so axe cannot run inside them and waits for them forever). The frame
 * element itself has a title; the HTML inside is the customer's notice, generated from a template.
 */
const ALWAYS_EXCLUDED = ['iframe[sandbox]'];

/**
 * Opens `path`, waits for its heading (and for `alsoWaitFor`, text that only shows once the
 * page's data has loaded), then runs axe.
 */
export async function violations(
  page: Page,
  path: string,
  ready: RegExp | string | { text: string },
  alsoWaitFor: (string | RegExp)[] = [],
  exclude: string[] = [],
) {
  await page.goto(path);
  const readyLocator =
    typeof ready === 'object' && 'text' in ready
      ? page.getByText(ready.text)
      : page.getByRole('heading', { name: ready });
  await readyLocator.first().waitFor({ timeout: 30_000 });
  for (const text of alsoWaitFor) await page.getByText(text).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const axe = new AxeBuilder({ page: page as never });
  for (const selector of [...ALWAYS_EXCLUDED, ...exclude]) axe.exclude(selector);
  const result = await axe.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}
