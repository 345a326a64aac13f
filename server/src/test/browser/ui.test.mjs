// Browser tests of the Dragoman web UI: Playwright (playwright-core) driving Debian's Chromium against a server
// that BrowserTest.java started on the analysed test archive. Environment: BASE_URL, TOKEN, CHROMIUM,
// SCREENSHOTS (directory), XSS_FILE (the XSS article), ACTOR (a speaker in the archive).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, mkdir} from 'node:fs/promises';
import {chromium} from 'playwright-core';

const BASE = process.env.BASE_URL;
const SHOTS = process.env.SCREENSHOTS;
const ACTOR = process.env.ACTOR;
let browser;
let context;

before(async () => {
  await mkdir(SHOTS, {recursive: true});
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({viewport: {width: 1366, height: 860}});
});

after(async () => {
  if (browser) await browser.close();
});

/** A page that fails the test on any uncaught script error or dialog. */
async function open(path) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('dialog', async (d) => {
    problems.push('dialog: ' + d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console error: ' + m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push('HTTP ' + r.status() + ' ' + r.url());
  });
  await page.goto(BASE + path);
  return {page, problems};
}

test('search page: overview, search, results with facets', async () => {
  const {page, problems} = await open('/');
  await page.getByRole('heading', {name: 'Actors in the news'}).waitFor();
  assert.ok(await page.locator('.actor-grid li a').count() > 3, 'the overview lists actors');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'the search box has the focus');
  await page.keyboard.type('Merz');
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=Merz/);
  await page.locator('.hit').first().waitFor();
  const titles = await page.locator('.hit-title').allTextContents();
  assert.ok(titles.some((t) => t.includes('NATO')), 'the NATO sample is found: ' + titles.join(' | '));
  assert.ok(await page.locator('.snippet mark').count() > 0, 'matches are marked in the snippets');
  assert.ok(await page.locator('.facet-list a').count() > 0, 'facets are shown');
  await page.screenshot({path: SHOTS + '/search.png', fullPage: true});
  // a facet narrows the results
  const outletFacet = page.locator('.facet').filter({hasText: 'Outlet'}).locator('a').first();
  const outlet = await outletFacet.locator('.facet-value').textContent();
  await outletFacet.click();
  await page.waitForURL(/outlet=/);
  await page.locator('.hit').first().waitFor();
  const metas = await page.locator('.hit .meta').allTextContents();
  assert.ok(metas.every((m) => m.includes(outlet)), 'every hit is from ' + outlet);
  assert.deepEqual(problems, []);
});

test('article page: quotes coloured by speaker, events highlighted, records on Enter', async () => {
  const {page, problems} = await open('/?q=Merz');
  await page.locator('.hit-title', {hasText: 'NATO'}).first().click();
  await page.waitForURL(/article\.html\?id=/);
  await page.locator('.article-text .k-quote').first().waitFor();
  const quoteSpans = await page.locator('.article-text .k-quote').count();
  assert.ok(quoteSpans > 5, 'quotes are highlighted: ' + quoteSpans);
  const colours = await page.$$eval('.article-text .k-quote', (xs) => [...new Set(xs.map((x) =>
    [...x.classList].find((c) => c.startsWith('spk-'))))]);
  assert.ok(colours.length >= 3, 'several speakers, several colours: ' + colours);
  assert.ok(await page.locator('.article-text .k-entity').count() > 10, 'entities are highlighted');
  assert.ok(await page.locator('.article-text .k-event').count() > 0, 'events are highlighted');
  assert.ok(await page.locator('.legend li').count() >= 3, 'the speakers legend is shown');

  // keyboard: Tab reaches highlights; Enter shows the record and its evidence offsets
  const quote = page.locator('.article-text .k-quote[tabindex="0"]').first();
  await quote.focus();
  await page.keyboard.press('Enter');
  const details = page.locator('#details');
  await details.locator('.record.rec-quote').first().waitFor();
  const text = await details.textContent();
  assert.match(text, /Quote Q\d+/);
  assert.match(text, /evidence\d+–\d+/);
  assert.match(text, /speaker/);
  await page.screenshot({path: SHOTS + '/article.png'});

  // an event: click shows its CAMEO code and evidence
  await page.locator('.article-text .k-event').first().click();
  await details.locator('.record.rec-event').first().waitFor();
  assert.match(await details.textContent(), /Event .*: \d{3}/);
  await page.screenshot({path: SHOTS + '/article-event.png'});
  assert.deepEqual(problems, []);
});

test('actor page: roles, timeline chart, events and quotes with a filter', async () => {
  const {page, problems} = await open('/actor.html?id=' + encodeURIComponent(ACTOR));
  await page.getByRole('heading', {level: 1, name: ACTOR}).waitFor();
  await page.locator('#timeline-chart[data-rendered="true"] canvas').waitFor();
  assert.ok(Number(await page.locator('#timeline-chart').getAttribute('data-days')) > 0, 'the timeline has days');
  await page.locator('#quotes .quote-item').first().waitFor();
  const before = await page.locator('#quotes .quote-item').count();
  assert.ok(before > 0, 'quotes are listed');
  const dates = await page.$$eval('#quotes .quote-item .meta', (xs) => xs.map((x) => x.textContent.slice(0, 10)));
  assert.deepEqual([...dates].sort().reverse(), dates, 'quotes newest first');
  await page.locator('#events table.events tbody tr').first().waitFor();
  await page.screenshot({path: SHOTS + '/actor.png', fullPage: true});
  // the filter narrows the quotes to those with the word
  const firstQuote = await page.locator('#quotes .quote-item blockquote').first().textContent();
  const word = firstQuote.replace(/[“”]/g, '').split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w));
  await page.locator('#quote-filter').fill(word);
  await page.waitForFunction((w) => {
    const items = [...document.querySelectorAll('#quotes .quote-item blockquote')];
    return items.length > 0 && items.every((b) => b.textContent.toLowerCase().includes(w.toLowerCase()));
  }, word);
  assert.deepEqual(problems, []);
});

test('network page: actors as nodes, event counts as edges', async () => {
  const {page, problems} = await open('/network.html');
  await page.locator('#network-chart[data-rendered="true"] canvas').waitFor();
  assert.ok(await page.locator('table.edges tbody tr').count() > 0, 'the edges are listed');
  await page.screenshot({path: SHOTS + '/network.png', fullPage: true});
  await page.selectOption('#root', '01');
  await page.getByRole('button', {name: 'Apply'}).click();
  await page.waitForURL(/root=01/);
  await page.locator('table.edges tbody tr').first().waitFor();
  const roots = await page.$$eval('table.edges tbody tr td:nth-child(3)', (xs) => xs.map((x) => x.textContent));
  assert.ok(roots.every((r) => r.startsWith('01 ')), 'only root 01: ' + roots);
  assert.deepEqual(problems, []);
});

test('an article carrying <script>, <img onerror> and javascript: links runs nothing', async () => {
  const text = await readFile(process.env.XSS_FILE, 'utf8');
  const outlet = '<b onmouseover="window.__dragomanXss=\'outlet\'">Defaced Daily</b>';
  const url = "javascript:window.__dragomanXss='url';alert(5)";
  const response = await fetch(BASE + '/api/articles?published=2026-07-08&url=' + encodeURIComponent(url)
    + '&source=' + encodeURIComponent(outlet), {
    method: 'POST',
    headers: {'Content-Type': 'text/plain; charset=utf-8', 'Authorization': 'Bearer ' + process.env.TOKEN},
    body: text,
  });
  assert.ok(response.status === 201 || response.status === 200, 'ingested: HTTP ' + response.status);
  const stored = await response.json();
  const id = stored.stored.id;

  const {page, problems} = await open('/article.html?id=' + id);
  await page.locator('.article-text .k-quote').first().waitFor();
  // the markup is on the page as text
  const shown = await page.locator('.article-text').textContent();
  assert.ok(shown.includes('<script>window.__dragomanXss = "quote"'), 'the script tag is shown as text');
  assert.ok(shown.includes('<img src="x" onerror='), 'the img tag is shown as text');
  assert.ok((await page.locator('h1').textContent()).includes('<script>'), 'the title is shown as text');
  // and nothing of it became an element or ran
  assert.equal(await page.locator('#main script, #main img, #main iframe, #main object').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
  assert.equal(await page.locator('[onerror], [onmouseover], [onclick]').count(), 0, 'no inline handler');
  // hover and click everything a reader might
  await page.getByText('Defaced Daily', {exact: false}).first().hover();
  for (const seg of await page.locator('.article-text [tabindex="0"]').all()) {
    await seg.focus();
    await page.keyboard.press('Enter');
  }
  await page.screenshot({path: SHOTS + '/xss-article.png'});
  assert.equal(await page.evaluate(() => window.__dragomanXss), undefined, 'nothing ran on the article page');
  // the search page shows its snippet as text too
  await page.goto(BASE + '/?q=' + encodeURIComponent('embassy defaced'));
  await page.locator('.hit').first().waitFor();
  assert.ok((await page.locator('.hit-title').first().textContent()).includes('<script>'));
  await page.screenshot({path: SHOTS + '/xss-search.png'});
  assert.equal(await page.evaluate(() => window.__dragomanXss), undefined, 'nothing ran on the search page');
  await page.goto(BASE + '/actor.html?id=' + encodeURIComponent('Helena Duarte'));
  await page.locator('h1').first().waitFor();
  assert.equal(await page.evaluate(() => window.__dragomanXss), undefined, 'nothing ran on the actor page');
  assert.deepEqual(problems.filter((p) => !p.startsWith('HTTP 404')), [], 'no dialog and no script error');
});
