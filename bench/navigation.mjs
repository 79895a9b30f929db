// In-app navigation, breach list ⇄ breach page, with 100,000 breaches (issue #19 point 3).
// Goal: data painted ≤ 300 ms after the click (median of 20). Starts the built app (API + web,
// `npx nx run-many -t build -p api web`) on a fresh PostgreSQL database (BENCH_PG), seeds
// 100,000 breaches on top of the demo data, logs in as the officer through the login form in
// Debian's Chromium (headless, playwright-core, 1280×900, one browser context for the whole run,
// as one user's session), opens the register from the menu, then measures per run:
//   toBreachMs          click on a breach in the list → its heading ("DL-… · title") painted
//   toBreachContentsMs  click → the open tab's contents (the overview) painted below it
//   toListMs            click on "Terug naar datalekken" → the list's rows painted again
//   toListContentsMs    click → every row's deadline chips painted
//   breachRequestStartMs / breachResponseEndMs  click → GET /api/breaches/{id} sent / received
//                       (Resource Timing; negative: asked before the click, on intent)
//   …InDomMs            the same up to the element being in the DOM (before layout and paint)
// Two ways of opening a breach, BENCH_RUNS (20) each, each run a breach not opened before:
//   hover   the mouse rests on the row for BENCH_HOVER_MS (100) and then clicks (pointerenter:
//           intent prefetch), rows of the first page
//   direct  a click with no pointer or focus event before it (HTMLElement.click() in the page):
//           nothing of that breach was loaded before the click; rows of the second page
//           ("Volgende")
// "Painted": the element is in the DOM, then two animation frames. Times from the page's own
// clock (the click event's timeStamp). CHROMIUM=/path overrides /usr/bin/chromium;
// BENCH_WEB_DIR=/path serves another build of the web app (e.g. the previous commit's) with the
// same API, for a before/after.
import pg from 'pg';
import { freshDatabase, launchChromium, load, median, percentile, record, startApp } from './lib.mjs';
import { seedBreaches } from './seed-breaches.mjs';

const BREACHES = Number(process.env.BENCH_BREACHES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const HOVER_MS = Number(process.env.BENCH_HOVER_MS ?? 100);
const loadAverageAtStart = load();
const url = freshDatabase('lekwacht_bench_navigation');
const app = await startApp({
  port: 3915,
  env: {
    DATABASE_URL: url,
    DEMO_DATA: 'true',
    SCHEDULER_ENABLED: 'false',
    SESSION_SECRET: 'x'.repeat(40),
    // BENCH_WEB_DIR: another build of the web app to measure (e.g. the previous commit's), same API
    ...(process.env.BENCH_WEB_DIR ? { LEKWACHT_WEB_DIR: process.env.BENCH_WEB_DIR } : {}),
  },
});
const db = new pg.Client({ connectionString: url });
await db.connect();
await seedBreaches(db, BREACHES, 'DL-2095-');
const [{ breaches }] = (await db.query('SELECT count(*)::int AS breaches FROM breaches')).rows;
await db.end();

const browser = await launchChromium();

/**
 * Arms the probe in the page: the next click's timeStamp, then the time `ready()` first holds,
 * plus two animation frames. `kind` picks the condition: the breach heading or the list's rows.
 */
const arm = ({ kind, expected }) => {
  const state = { clickAt: null, inDomAt: null, paintedAt: null, panelPaintedAt: null };
  window.__nav = state;
  const ready =
    kind === 'breach'
      ? () => [...document.querySelectorAll('main h1')].some((h) => h.textContent?.startsWith(`${expected} ·`))
      : () => {
          const links = document.querySelectorAll('main table tbody tr a');
          return links.length === expected.rows && expected.firsts.includes(links[0]?.textContent);
        };
  // what follows the first paint: the breach page's open tab (the overview) below the heading,
  // the list's deadline chips in every row
  const panelReady = () =>
    kind === 'breach'
      ? document.querySelector('main [role="tabpanel"]') !== null
      : [...document.querySelectorAll('main table tbody tr')].every((tr) => tr.querySelector('.mantine-Badge-root'));
  const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => (state[key] = performance.now())));
  performance.clearResourceTimings(); // its buffer holds 250 entries
  addEventListener('click', (e) => (state.clickAt = e.timeStamp), { capture: true, once: true });
  const check = () => {
    if (state.clickAt === null) return false;
    if (state.inDomAt === null && ready()) {
      state.inDomAt = performance.now();
      painted('paintedAt');
    }
    if (state.inDomAt !== null && panelReady()) {
      painted('panelPaintedAt');
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true, characterData: true });
};

const listRows = (page) =>
  page.$$eval('main table tbody tr', (rows) =>
    rows.map((tr) => ({
      reference: tr.querySelector('a')?.textContent ?? '',
      href: tr.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );

// Counts the page's requests in flight, so each run starts when the previous one's are done.
const countRequests = () => {
  window.__inflight = 0;
  const fetch = window.fetch;
  window.fetch = (...args) => {
    window.__inflight++;
    return fetch(...args).finally(() => window.__inflight--);
  };
};
async function settle(page) {
  await page.waitForFunction(() => window.__inflight === 0, null, { timeout: 30_000 });
  await page.waitForTimeout(200);
}

async function waitForList(page) {
  await page.waitForFunction(() => document.querySelectorAll('main table tbody tr a').length > 0, null, {
    timeout: 30_000,
  });
  await settle(page);
  return listRows(page);
}

/** Runs `act` (a click) and returns click → in the DOM / painted (/ the breach's tab contents painted), in ms. */
async function measure(page, kind, expected, act) {
  await page.evaluate(arm, { kind, expected });
  await act();
  await page.waitForFunction(() => window.__nav.paintedAt !== null && window.__nav.panelPaintedAt !== null, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => ({
    clickAt: window.__nav.clickAt,
    inDomMs: window.__nav.inDomAt - window.__nav.clickAt,
    paintedMs: window.__nav.paintedAt - window.__nav.clickAt,
    panelPaintedMs: window.__nav.panelPaintedAt - window.__nav.clickAt,
  }));
}

const runs = { hover: [], direct: [] };
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
});
const page = await context.newPage();
await page.addInitScript(countRequests);
try {
  await page.goto(`${app.url}/login`);
  await page.getByLabel(/^E-mailadres/).fill('officer@lekwacht.test');
  await page
    .getByLabel(/^Wachtwoord/)
    .first()
    .fill('lekwacht-demo');
  await page.getByRole('button', { name: /^Inloggen$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByRole('navigation').getByRole('link', { name: 'Datalekken' }).click();
  const firstPage = await waitForList(page);
  let listPage = firstPage;

  for (const mode of ['hover', 'direct']) {
    if (mode === 'direct') {
      await page.getByRole('button', { name: /^Volgende/ }).click();
      await page.waitForFunction(
        (first) => document.querySelector('main table tbody tr a')?.textContent !== first,
        firstPage[0].reference,
      );
      listPage = await waitForList(page);
      await page.mouse.move(0, 0); // nowhere near a row: nothing hovered
    }
    for (let i = 0; i < RUNS; i++) {
      const row = listPage[i % listPage.length];
      const id = row.href.split('/').pop();
      const link = page.locator(`main table tbody tr a[href="${row.href}"]`);
      const toBreach = await measure(page, 'breach', row.reference, async () => {
        if (mode === 'hover') {
          await link.hover();
          await page.waitForTimeout(HOVER_MS);
          await link.click();
        } else {
          await link.evaluate((a) => a.click());
        }
      });
      const request = await page.evaluate(
        ([id, clickAt]) => {
          const e = performance
            .getEntriesByType('resource')
            .filter((r) => new URL(r.name).pathname === `/api/breaches/${id}`)
            .at(-1);
          return e ? { start: e.startTime - clickAt, end: e.responseEnd - clickAt } : null;
        },
        [id, toBreach.clickAt],
      );
      await settle(page);
      const back = page.getByRole('link', { name: 'Terug naar datalekken' });
      const firsts = [...new Set([listPage[0].reference, firstPage[0].reference])];
      const toList = await measure(page, 'list', { rows: listPage.length, firsts }, () => back.click());
      const onPage = await page.evaluate(() => document.querySelector('main table tbody tr a')?.textContent);
      if (onPage !== listPage[0].reference) {
        // the back link opened the first page, not the one we came from (as before issue #19):
        // timed as it is (a list painted), then back to our page, untimed
        await page.getByRole('button', { name: /^Volgende/ }).click();
        await page.waitForFunction(
          (first) => document.querySelector('main table tbody tr a')?.textContent === first,
          listPage[0].reference,
        );
      }
      await settle(page);
      if (mode === 'direct') await page.mouse.move(0, 0);
      const run = {
        breach: row.reference,
        toBreachMs: Math.round(toBreach.paintedMs),
        toBreachInDomMs: Math.round(toBreach.inDomMs),
        toBreachContentsMs: Math.round(toBreach.panelPaintedMs),
        toListMs: Math.round(toList.paintedMs),
        toListInDomMs: Math.round(toList.inDomMs),
        toListContentsMs: Math.round(toList.panelPaintedMs),
        backToSamePage: onPage === listPage[0].reference,
        breachRequestStartMs: request ? Math.round(request.start) : null,
        breachResponseEndMs: request ? Math.round(request.end) : null,
        load1: load()[0],
      };
      console.error(JSON.stringify({ mode, ...run }));
      runs[mode].push(run);
    }
  }
} finally {
  await context.close();
  await browser.close();
  app.kill();
}

const stats = (values) => {
  const s = values.filter((v) => v !== null).sort((a, b) => a - b);
  return { n: s.length, median: median(s), p90: percentile(s, 90), max: s.at(-1) ?? null };
};
const summary = (list) => ({
  toBreachMs: stats(list.map((r) => r.toBreachMs)),
  toBreachInDomMs: stats(list.map((r) => r.toBreachInDomMs)),
  toBreachContentsMs: stats(list.map((r) => r.toBreachContentsMs)),
  toListMs: stats(list.map((r) => r.toListMs)),
  toListInDomMs: stats(list.map((r) => r.toListInDomMs)),
  toListContentsMs: stats(list.map((r) => r.toListContentsMs)),
  breachRequestStartMs: stats(list.map((r) => r.breachRequestStartMs)),
  breachResponseEndMs: stats(list.map((r) => r.breachResponseEndMs)),
});
record('navigation', {
  web: process.env.BENCH_WEB_DIR ?? 'dist/apps/web',
  loadAverageAtStart,
  database: 'postgres server (15)',
  breaches,
  browser: 'Debian Chromium, headless, 1280×900, one context (warm session) for all runs',
  modes: {
    hover: `mouse rests ${HOVER_MS} ms on the row, then clicks (intent prefetch possible); rows of page 1`,
    direct: 'HTMLElement.click() with no pointer or focus event before it (nothing prefetched); rows of page 2',
  },
  hover: summary(runs.hover),
  direct: summary(runs.direct),
  runs,
  goal: 'data painted ≤ 300 ms after the click (median of 20), list → breach and back',
});
process.exit(0);
