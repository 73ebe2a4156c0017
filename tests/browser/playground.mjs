// Opens the playground in headless Chromium with every request to a host other than 127.0.0.1
// blocked and counted, picks a ready-made question, runs it and prints what it saw as JSON.
//   node playground.mjs <base-url> <example-title> <expected-text> <screenshot.png>
import { chromium } from 'playwright-core';

const [baseUrl, title, expected, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
    '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const outcome = { blocked: [], failed: [], consoleErrors: [], requested: 0, result: '' };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') {
      outcome.requested++;
      return route.continue();
    }
    outcome.blocked.push(url.href);
    return route.abort();
  });
  page.on('response', (response) => { if (response.status() >= 400) outcome.failed.push(`${response.status()} ${response.url()}`); });
  page.on('console', (message) => { if (message.type() === 'error') outcome.consoleErrors.push(message.text()); });

  await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: title }).click();
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(
    (text) => document.querySelector('.result-window')?.innerText.includes(text),
    expected,
    { timeout: 20000 });
  outcome.result = (await page.locator('.result-window').innerText()).slice(0, 4000);
  await page.screenshot({ path: screenshot });

  // The documentation explorer works only if the introspection query was answered.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).first().click({ timeout: 10000 });
  await docs.getByText('states', { exact: true }).first().waitFor({ timeout: 10000 });
  outcome.docs = (await page.locator('.graphiql-doc-explorer').innerText()).slice(0, 1000);
} catch (error) {
  outcome.error = String(error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(outcome));
