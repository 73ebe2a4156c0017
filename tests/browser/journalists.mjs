// Issue #13 in headless Chromium, every request to a host other than 127.0.0.1 blocked and counted:
// builds a question with the Explorer's clicks, reads the table, map and chart views, opens a copied
// link in a fresh context, exports SVG and PNG, and frames an embed and the playground from another
// origin (a second server on another 127.0.0.1 port). Prints what it saw as JSON.
//   node journalists.mjs <base-url> <table.png> <chart.png> <map.png>
import http from 'node:http';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [baseUrl, tableShot, chartShot, mapShot] = process.argv.slice(2);
const outcome = { blocked: [], failed: [], consoleErrors: [], requested: 0 };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
    '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const article = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><title>An article</title><h1>An article on another site</h1>
    <iframe id="embed" src="${baseUrl}/embed/votes-against-map" width="980" height="720"></iframe>
    <iframe id="playground" src="${baseUrl}/" width="600" height="300"></iframe>`);
});
await new Promise((resolve) => article.listen(0, '127.0.0.1', resolve));
const articleUrl = `http://127.0.0.1:${article.address().port}/`;

async function open(context, label) {
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') { outcome.requested++; return route.continue(); }
    outcome.blocked.push(url.href);
    return route.abort();
  });
  page.on('response', (response) => { if (response.status() >= 400) { outcome.failed.push(`${response.status()} ${response.url()}`); } });
  page.on('console', (message) => { if (message.type() === 'error') { outcome.consoleErrors.push(`${label}: ${message.text()}`); } });
  return page;
}

const editorText = (page) => page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());
const selectedView = (page) => page.getAttribute('[role=tab][aria-selected=true]', 'data-view');
const figureReady = (page, kind, title) => page.locator(`#view-panel svg.figure-${kind}`)
  .filter(title ? { has: page.locator('text.figure-title', { hasText: title }) } : {}).waitFor({ timeout: 20000 });
const bars = (page) => page.$$eval('#view-panel svg.figure-bar g.bar', (gs) => gs.map((g) => ({ label: g.dataset.label, value: Number(g.dataset.value) })));

/** Ticks a field or argument in the Explorer (a path of names), until the editor shows it. */
async function explorerClick(page, ...names) {
  let scope = page.locator('.graphiql-explorer-root');
  for (const name of names) {
    scope = scope.locator(`.graphiql-explorer-${name}`).first();
  }
  const before = await editorText(page);
  for (let attempt = 0; attempt < 5; attempt++) {
    await scope.locator(":scope > span").first().click();
    await page.waitForTimeout(200 * (attempt + 1));
    if (await editorText(page) !== before) { return; }
  }
  throw new Error(`The Explorer did not add ${names.join('.')}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await open(context, 'playground');
  await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
  outcome.hints = await page.locator('#hints').isVisible() ? await page.locator('#hints').innerText() : '';

  // 1. Build "the States that voted NO, with name and m49" by clicking in the Explorer, then run it.
  await page.locator('.graphiql-explorer-root').waitFor({ timeout: 20000 });
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await explorerClick(page, 'states');
  await explorerClick(page, 'states', 'nodes');
  await explorerClick(page, 'states', 'nodes', 'name');
  await explorerClick(page, 'states', 'nodes', 'm49');
  await explorerClick(page, 'states', 'nodes', 'gcmVote');
  await explorerClick(page, 'states', 'where');
  await explorerClick(page, 'states', 'where', 'gcmVote');
  await explorerClick(page, 'states', 'where', 'gcmVote', 'eq');
  await page.locator('.graphiql-explorer-root .graphiql-explorer-states .graphiql-explorer-eq select').first().selectOption('NO');
  outcome.built = await editorText(page);
  await page.locator('.graphiql-execute-button').click();

  await page.locator('#tab-table').click();
  await page.locator('#view-panel table tbody tr').first().waitFor({ timeout: 20000 });
  outcome.table = await page.$$eval('#view-panel table', ([table]) => ({
    columns: [...table.tHead.rows[0].cells].map((c) => c.innerText),
    rows: [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.innerText)),
  }));

  await page.locator('#tab-map').click();
  await figureReady(page, 'map');
  outcome.map = await page.$$eval('#view-panel svg.figure-map path.area.in-answer',
    (paths) => paths.map((p) => ({ m49: p.dataset.m49, fill: p.getAttribute('fill'), value: p.dataset.value })));
  outcome.mapLegend = await page.$$eval('#view-panel svg.figure-map g.legend-item', (items) => items.map((i) => i.textContent));
  outcome.mapNote = await page.locator('#view-panel svg .boundary-note').textContent();

  // 2. A link: copied here, opened in a fresh browser context (no storage shared).
  await page.locator('#copy-link').click();
  outcome.link = await page.inputValue('#share-url');
  outcome.embedCode = await page.inputValue('#embed-code');
  outcome.linkedFrom = { query: await editorText(page), view: await selectedView(page) };
  const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const linked = await open(fresh, 'link');
  await linked.goto(outcome.link, { waitUntil: 'networkidle' });
  await figureReady(linked, 'map');
  outcome.linkedTo = { query: await editorText(linked), view: await selectedView(linked), areas: await linked.locator('#view-panel path.in-answer').count() };
  await fresh.close();

  // 3. The chart of a ready-made question; the keyboard moves between the views.
  const chartTitle = 'Chart: abstentions on the Global Compact, by region';
  await page.getByRole('button', { name: chartTitle }).click();
  await figureReady(page, 'bar', chartTitle);
  outcome.chart = await bars(page);
  outcome.chartText = await page.locator('#view-panel svg.figure-bar').textContent();
  await page.locator('#tab-chart').focus();
  await page.keyboard.press('ArrowRight');
  outcome.keyboardView = await selectedView(page);
  await page.keyboard.press('ArrowLeft');
  await figureReady(page, 'bar');
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#svg').click()]);
  outcome.svgExport = fs.readFileSync(await svgDownload.path(), 'utf8').slice(0, 200);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#png').click()]);
  outcome.pngExport = { name: pngDownload.suggestedFilename(), bytes: fs.statSync(await pngDownload.path()).size };
  await page.evaluate(() => { document.getElementById('share').open = false; });
  await page.screenshot({ path: chartShot });

  // Points: any records with latitude and longitude (the fixture is the test's, not data).
  outcome.points = await page.evaluate(async () => {
    const { renderView } = await import('/playground/views/render.js');
    const holder = document.createElement('div');
    const incidents = [{ name: 'A', latitude: 35.9, longitude: 14.5, dead: 3 }, { name: 'B', latitude: 32.5, longitude: -117.0, dead: 1200 }];
    await renderView(holder, 'map', { incidents: { nodes: incidents } }, {});
    return [...holder.querySelectorAll('svg circle.point')].map((c) => c.textContent);
  });

  await page.getByRole('button', { name: 'Which States voted against the Global Compact?' }).click();
  await page.locator('#view-panel table tbody tr').first().waitFor({ timeout: 20000 });
  await page.screenshot({ path: tableShot });
  const mapTitle = 'Map: how every State voted on the Global Compact';
  await page.getByRole('button', { name: mapTitle }).click();
  await figureReady(page, 'map', mapTitle);
  await page.screenshot({ path: mapShot });

  // 4. Framed from another origin: the embed draws, the playground refuses.
  const other = await open(context, 'article');
  await other.goto(articleUrl, { waitUntil: 'networkidle' });
  const embed = other.frameLocator('#embed');
  await embed.locator('svg.figure-map').waitFor({ timeout: 20000 });
  outcome.embed = { areas: await embed.locator('path.in-answer').count(), source: await embed.locator('svg .figure-source').textContent() };
  // The embed of a copied link (the question built by clicking): its query travels in the fragment.
  const linkEmbed = outcome.embedCode.match(/src="([^"]+)"/)[1];
  await other.evaluate((src) => {
    const frame = Object.assign(document.createElement('iframe'), { id: 'link-embed', src, width: 980, height: 720 });
    document.body.append(frame);
  }, linkEmbed);
  await other.frameLocator('#link-embed').locator('svg.figure-map').waitFor({ timeout: 20000 });
  outcome.linkEmbed = { src: linkEmbed, areas: await other.frameLocator('#link-embed').locator('path.in-answer').count() };
  outcome.framedPlayground = await other.frameLocator('#playground').locator('#graphiql').count();
  outcome.framedPlaygroundUrl = (await (await other.$('#playground')).contentFrame())?.url() ?? null;
  outcome.articleOrigin = articleUrl;
} catch (error) {
  outcome.error = String(error);
  if (process.env.OPENGCM_DEBUG_SHOT) { await browser.contexts()[0]?.pages()[0]?.screenshot({ path: process.env.OPENGCM_DEBUG_SHOT }); }
} finally {
  await browser.close();
  article.close();
}
console.log(JSON.stringify(outcome));
