// Takes the README's screenshot of the article page from a running server:
//   ./dragoman demo --port 7071 &   then   node src/test/browser/docs-screenshot.mjs http://127.0.0.1:7071 ../docs/article-page.png
import {chromium} from 'playwright-core';

const [base, out] = process.argv.slice(2);
const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']});
const page = await browser.newPage({viewport: {width: 1366, height: 860}});
await page.goto(base + '/?q=' + encodeURIComponent('Merz'));
await page.locator('.hit-title').first().click();
await page.locator('.article-text .k-quote').first().waitFor();
const quote = page.locator('.article-text .k-quote[tabindex="0"]').nth(2);
await quote.focus();
await page.keyboard.press('Enter');
await page.screenshot({path: out});
await browser.close();
