import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/exec.js';

/**
 * The HTML report of the bundled exports, opened from file:// in Debian's headless Chromium: every system and
 * chart is there with the inventory's counts, injected markup in file, field and system names stays text, and
 * the page requests nothing from the network. Needs `npm run build` and /usr/bin/chromium (installed by .ci/run).
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOT = join(REPO_ROOT, 'test-artifacts', 'html-report.png');
const available = existsSync(CHROMIUM);

/** Fabricated addresses only; the names are the attack. */
const HOSTILE_SYSTEM = '<svg onload=alert(3)>';
const HOSTILE_FILE = '"><img src=x onerror=alert(1)>.csv';
const SCRIPT_DIR = '<script>alert(1)<'; // with the file below: "<script>alert(1)</script>.csv"
const HOSTILE_HEADER = '<img src=x onerror=alert(2)>';

interface JsonCategory { category: string; occurrences: number; distinctValues: number }
interface JsonInventory { systems: Array<{ name: string; categories: JsonCategory[] }> }

const digits = (text: string | null): number => Number((text ?? '').replace(/\D/g, ''));

describe('HTML report in headless Chromium', () => {
  if (!available) {
    if (process.env.CI) {
      it(`needs ${CHROMIUM} in CI`, () => {
        expect.fail(`${CHROMIUM} is missing: install Debian's chromium package (.ci/run does)`);
      });
    } else {
      console.warn(`html-browser: ${CHROMIUM} not installed, browser test skipped (apt-get install chromium)`);
      it.skip(`needs ${CHROMIUM} (apt-get install chromium)`, () => {});
    }
    return;
  }

  let work: string;
  let browser: Browser;
  let inventory: JsonInventory;
  let reportUrl: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'gdpr-html-'));
    const input = join(work, 'exports');
    cpSync(join(REPO_ROOT, 'fixtures', 'exports'), input, { recursive: true });
    writeFileSync(join(input, 'helpdesk', HOSTILE_FILE), `E-post\nanna.berg@example.se\n`);
    mkdirSync(join(input, 'helpdesk', SCRIPT_DIR));
    writeFileSync(join(input, 'helpdesk', SCRIPT_DIR, 'script>.csv'), `${HOSTILE_HEADER},Anteckning\nper.lind@example.se,ok\n`);
    mkdirSync(join(input, HOSTILE_SYSTEM));
    writeFileSync(join(input, HOSTILE_SYSTEM, 'kontakter.csv'), 'Namn,E-post\nTest Testsson,test.testsson@example.org\n');

    const out = join(work, 'reports');
    const run = await runCli(['scan', input, '--format', 'html', '--format', 'json', '--out-dir', out, '--lang', 'sv', '--quiet'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    inventory = JSON.parse(readFileSync(join(out, 'inventory.json'), 'utf8')) as JsonInventory;
    reportUrl = pathToFileURL(join(out, 'inventory.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows every system with its chart and the inventory counts, runs no injected script and fetches nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const dialogs: string[] = [];
    const network: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      network.push(url);
      return route.abort();
    });
    // Runs before the page's own code (through the debugger, outside the CSP): records any policy violation.
    // (Browser code is passed as text: the project's tsconfig has no DOM types, on purpose.)
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    await page.goto(reportUrl);

    expect(await page.title()).toBe('Förteckning över personuppgifter');
    const names = inventory.systems.map((s) => s.name);
    expect(names).toContain(HOSTILE_SYSTEM);
    expect(names.length).toBeGreaterThanOrEqual(4);

    for (const system of inventory.systems) {
      const section = page.locator(`section.system[data-system="${system.name.replace(/["\\]/g, '\\$&')}"]`);
      await expect.poll(() => section.count()).toBe(1);
      expect(await section.locator('h2').textContent()).toBe(`System: ${system.name}`);
      if (system.categories.length > 0) {
        expect(await section.locator('svg.chart').count()).toBe(1);
        expect(await section.locator('svg.chart > title').textContent()).toBe(`Förekomster per kategori i ${system.name}`);
        expect(await section.locator('svg.chart g.bar').count()).toBe(system.categories.length);
      }
      for (const c of system.categories) {
        const row = section.locator(`table.categories tr[data-category="${c.category}"]`);
        expect(digits(await row.locator('td[data-field="occurrences"]').textContent()), `${system.name}/${c.category}`).toBe(c.occurrences);
        expect(digits(await row.locator('td[data-field="distinct"]').textContent()), `${system.name}/${c.category}`).toBe(c.distinctValues);
        const matrixCell = page.locator(`table.matrix tr[data-system="${system.name.replace(/["\\]/g, '\\$&')}"] td[data-category="${c.category}"]`);
        const [occurrences, distinct] = ((await matrixCell.textContent()) ?? '').split('/').map(digits);
        expect([occurrences, distinct]).toEqual([c.occurrences, c.distinctValues]);
      }
    }

    // Injected names are visible as text, and nothing they spell out exists as an element.
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('helpdesk/<script>alert(1)</script>.csv');
    expect(body).toContain(`helpdesk/${HOSTILE_FILE}`);
    expect(body).toContain(HOSTILE_HEADER);
    expect(await page.evaluate("document.querySelectorAll('img[src=x], img, iframe, object, embed, [onerror], [onload]').length")).toBe(0);
    expect(await page.evaluate("document.querySelectorAll('script').length")).toBe(1);
    expect(dialogs).toEqual([]);

    // Our own script and stylesheet ran under the CSP: headers became sort buttons, styles applied.
    expect(await page.locator('table.matrix th button.sort').count()).toBeGreaterThan(2);
    expect(await page.evaluate("getComputedStyle(document.querySelector('th')).fontWeight")).toBe('600');
    expect(await page.evaluate('window.cspViolations')).toEqual([]);

    // Sorting works: by occurrences, ascending, in the first system's place table.
    const places = page.locator('section.system').first().locator('table.places');
    await places.locator('th button.sort').nth(3).click();
    expect(await places.locator('th').nth(3).getAttribute('aria-sort')).toBe('ascending');
    const counts = (await places.locator('tbody td.num').allTextContents()).map(digits);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    expect(network).toEqual([]);
    expect(errors).toEqual([]);

    mkdirSync(join(REPO_ROOT, 'test-artifacts'), { recursive: true });
    await places.locator('th button.sort').nth(3).click(); // back to descending for the screenshot
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  }, 120_000);

  it('blocks markup that got past escaping: the CSP refuses inline handlers and foreign scripts', async () => {
    const report = readFileSync(new URL(reportUrl), 'utf8');
    const tampered = join(work, 'tampered.html');
    writeFileSync(tampered, report.replace('<main>', '<main><img src="data:," onerror="alert(1)"><script>alert(2)</script>'));
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.effectiveDirective));`,
    });
    await page.goto(pathToFileURL(tampered).href);
    await expect.poll(() => page.evaluate('window.cspViolations.length')).toBeGreaterThanOrEqual(2);
    expect(dialogs).toEqual([]);
    // The report's own script still ran.
    expect(await page.locator('th button.sort').count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
