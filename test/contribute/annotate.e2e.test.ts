// The annotation workbench in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), as a contributor uses it: a new article is annotated from an empty draft
// to a record the validator accepts, by keyboard (the find box) and by mouse selection,
// after an emoji so that code points and UTF-16 units differ; then a second reader reviews
// it. Every page is checked for console errors and with axe-core. Screenshots are saved to
// dist/screenshots/. Skipped, with a message, where no Chromium is installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../scripts/contribute/workbench/server.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { runScript, validFixture } from '../helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`workbench e2e skipped: no Chromium at ${CHROMIUM}; install Debian's chromium package`);
const shots = path.join(repoRoot, 'dist', 'screenshots');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const ID = '2026-01-05-acme-stops-huawei-sales';
// An emoji first: every span after it sits one UTF-16 unit further than its code point.
const TEXT = '🚀 Fixture Wire | Tech\nAcme Phones said on Monday that it will stop selling Huawei phonse. “We are done,” said Jane Roe. Analysts call it a “pause”. Huawei declined to comment.\n';

describe.skipIf(!hasBrowser)('the annotation workbench in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let wb: Workbench;
  let data: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-workbench-'));
    fs.cpSync(validFixture, data, { recursive: true });
    wb = await startWorkbench(data, 0);
    fs.mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    // bypassCSP only so that the test can inject axe-core; the page itself runs under its CSP.
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await wb?.close();
    if (data) fs.rmSync(data, { recursive: true, force: true });
  });

  async function axe(name: string): Promise<void> {
    await page.evaluate(axeSource);
    const result = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  }

  const status = () => page.locator('#status').textContent();

  /** Selects text through the find box, as the keyboard path does. */
  async function find(text: string, times = 1): Promise<void> {
    await page.locator('#find').fill(text);
    for (let i = 0; i < times; i++) await page.locator('#find').press('Enter');
    expect(await status()).toContain('selected');
  }

  /** A shortcut key, after leaving the find box with Esc. */
  async function key(k: string): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press(k);
  }

  /** Selects text with a real DOM selection in the article text, as a mouse drag does. */
  async function mouseSelect(text: string): Promise<void> {
    await page.evaluate((needle) => {
      const box = document.getElementById('text')!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(needle);
        if (i === -1) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + needle.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`${needle} is not in one text node`);
    }, text);
  }

  async function apply(): Promise<void> {
    await page.locator('form.panel button[type=submit]').click();
    // A change is applied when its form closes; a refused one keeps the form and says why.
    await expect.poll(async () => ((await page.locator('form.panel').count()) === 0 ? 'applied' : await status()), { timeout: 10_000 }).toBe('applied');
  }

  it('starts an article from its text, as npm run new does', async () => {
    await page.goto(wb.url);
    await expect.poll(() => page.locator('table a').count()).toBeGreaterThan(0);
    await axe('start page');
    await page.screenshot({ path: path.join(shots, 'workbench-start.png'), fullPage: true });
    await page.locator('#new-id').fill(ID);
    await page.locator('#new-text').fill(TEXT);
    await page.getByRole('button', { name: 'Start the draft' }).click();
    await expect.poll(() => page.locator('#text').count()).toBe(1);
    expect(fs.readFileSync(path.join(data, 'sources', `${ID}.txt`), 'utf8')).toBe(TEXT);
  }, 60_000);

  it('annotates the draft by selecting text, with live validation, and saves a record the validator accepts', async () => {
    // A mention of an existing entity, selected with the mouse after the emoji.
    await mouseSelect('Huawei');
    await key('m');
    await page.locator('#f-entity').fill('huawei');
    await page.locator('#f-form').selectOption('name');
    await apply();
    // Mentions of existing entities, by the keyboard path (by id, by name).
    for (const [text, entity, times] of [['Acme Phones', 'acme-phones', 1], ['Jane Roe', 'Jane Roe', 1], ['Huawei', 'Huawei', 2]] as const) {
      await find(text, times);
      await key('m');
      await page.locator('#f-entity').fill(entity);
      await apply();
    }
    // A new entity, created without leaving the page, and its mention.
    await find('Fixture Wire');
    await key('m');
    await page.getByRole('button', { name: 'Create a new entity' }).click();
    await page.locator('#f-id').fill('fixture-wire');
    await page.locator('#f-kind').selectOption('media');
    await page.locator('#f-description').fill('A fictional wire service of the workbench test.');
    await page.locator('form.panel button[type=submit]').click();
    await expect.poll(status).toContain('created data/entities/fixture-wire.json');
    await apply();
    // A quote with its speaker and cue: its words selected with the marks, which are trimmed.
    await find('“We are done,”');
    await key('q');
    await page.locator('#f-qid').fill('q-roe-done');
    await page.locator('#f-speaker').fill('jane-roe');
    await find('said', 2);
    await page.locator('form.panel [data-field="cue"]').click();
    await apply();
    // An event with a relative date.
    await find('stop selling');
    await key('e');
    await page.locator('form.panel [data-field="trigger"]').click();
    await page.locator('#f-eid').fill('ev-acme-stops-huawei-sales');
    await page.locator('#f-type').selectOption('sales-suspended');
    await page.locator('#f-summary').fill('Acme Phones said it would stop selling Huawei phones.');
    await page.locator('#f-fact').selectOption('announced');
    await page.locator('#f-p-entity').fill('acme-phones');
    await page.locator('#f-p-role').selectOption('agent');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.locator('#f-p-entity').fill('huawei');
    await page.locator('#f-p-role').selectOption('affected');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await find('on Monday');
    await page.locator('form.panel [data-field="dtext"]').click();
    await page.locator('#f-d-role').selectOption('announced');
    await page.locator('#f-d-value').fill('2026-01-05');
    await page.locator('#f-d-resolution').selectOption('relative');
    await page.locator('#f-d-anchor').fill('2026-01-06');
    await page.getByRole('button', { name: 'Add date' }).click();
    await find('Acme Phones said on Monday that it will stop selling Huawei phonse.');
    await page.getByRole('button', { name: 'Add the selection' }).first().click();
    await apply();
    // A source issue.
    await find('phonse');
    await key('i');
    await page.locator('#f-sid').fill('si-phonse');
    await page.locator('#f-skind').selectOption('typo');
    await page.locator('#f-corrected').fill('phones');
    await page.locator('#f-explanation').fill('A typo for "phones".');
    await apply();
    // The scare quote: a pair of marks dismissed with its reason.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('#f-reason').selectOption('scare-quote');
    await apply();
    // The article's details: its publisher (named in the text) and its date, resting on a source read.
    await page.getByRole('button', { name: 'Add a citation' }).click();
    await page.locator('#f-cid').fill('c-fixture-calendar');
    await page.locator('#f-pub').fill('Fixture sources (fictional)');
    await page.locator('#f-title').fill('When the fixture article appeared');
    await apply();
    await key('d');
    await page.locator('#f-publisher').fill('fixture-wire');
    await page.locator('#f-pubnote').fill('Named in the page header.');
    await find('Fixture Wire');
    await page.locator('form.panel [data-field="pubtext"]').click();
    await page.locator('#f-pvalue').fill('2026-01-06');
    await page.locator('#f-presolution').selectOption('inferred');
    await page.locator('#f-pnote').fill('Fixture: the date is given by the test.');
    await page.locator('#f-pcite').fill('c-fixture-calendar');
    await apply();
    await axe('editor');
    await page.screenshot({ path: path.join(shots, 'workbench-editor.png'), fullPage: true });
    await page.keyboard.press('Control+s');
    await expect.poll(status).toContain('saved');

    const record = JSON.parse(fs.readFileSync(path.join(data, 'articles', `${ID}.json`), 'utf8'));
    const cps = [...TEXT];
    const all = [...record.entities.flatMap((e: { mentions: unknown[] }) => e.mentions), record.quotes[0].content, record.quotes[0].cue, record.events[0].trigger, record.sourceIssues[0].target];
    for (const s of all as { start: number; end: number; exact: string }[]) expect(cps.slice(s.start, s.end).join(''), JSON.stringify(s)).toBe(s.exact);
    const huawei = record.entities.find((e: { entity: string }) => e.entity === 'huawei').mentions[0];
    expect(record.entities.find((e: { entity: string }) => e.entity === 'jane-roe')).toBeDefined(); // typed by name
    expect(huawei.start).toBe([...TEXT.slice(0, TEXT.indexOf('Huawei'))].length); // code points, not UTF-16 units
    expect(record.quotes[0].content.exact).toBe('We are done,');
    expect(record.quoteMarks.unclassified).toBeUndefined();
    expect(fs.existsSync(path.join(data, 'entities', 'fixture-wire.json'))).toBe(true);
    const v = runScript('validate/validate.ts', ['--data', data, path.join(data, 'articles', `${ID}.json`)]);
    expect(v.status, v.stdout + v.stderr).toBe(0);
  }, 120_000);

  it('takes a warning about an unrecorded name to the name, with the form that records it', async () => {
    const second = [...TEXT.slice(0, TEXT.lastIndexOf('Huawei'))].length;
    const item = page.locator('aside li', { hasText: `huawei: “Huawei” [${second}, ${second + 6})` });
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.problems li').count()).toBe(1);
    await page.locator('.problems li button').first().click();
    await expect.poll(() => page.locator('#f-entity').count()).toBe(1);
    expect(await page.locator('#f-entity').inputValue()).toBe('huawei');
    expect(await page.locator('.seg.selected').first().getAttribute('data-s')).toBe(String(second));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.problems li').count()).toBe(0);
    expect(await page.locator('main h2').first().textContent()).not.toContain('unsaved');
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('undoes a change, and takes a problem to its span and field', async () => {
    await find('Tech');
    await key('b');
    await page.locator('#f-bkind').selectOption('other');
    await apply();
    // Leaving with unsaved changes asks first; declining keeps the record and its changes.
    page.once('dialog', (d) => void d.dismiss());
    await page.locator('header h1 a').click();
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('(unsaved changes)');
    // A boilerplate span of kind "other" without its note: the validator's problem is listed.
    await expect.poll(() => page.locator('.problems li').count()).toBeGreaterThan(0);
    await page.locator('.problems li button').first().click();
    await expect.poll(() => page.locator('form.panel').count()).toBe(1);
    expect(await page.locator('.seg.selected').first().textContent()).toBe('Tech');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.problems li').count()).toBe(0);
    await page.keyboard.press('Control+s');
    await expect.poll(status).toContain('saved');
  }, 60_000);

  it('refuses to save over a file that changed on disk since it was loaded', async () => {
    const file = path.join(data, 'articles', `${ID}.json`);
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, before.replace('"status": "draft"', '"status": "draft" '));
    await find('Analysts');
    await key('b');
    await apply();
    await page.keyboard.press('Control+s');
    await expect.poll(status).toContain('changed on disk');
    expect(fs.readFileSync(file, 'utf8')).toContain('"status": "draft" ');
    // The refused save is the only thing the browser logs: its 409 answer.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('409 (Conflict)')]);
    fs.writeFileSync(file, before);
    await page.reload();
    await expect.poll(() => page.locator('#text').count()).toBe(1);
  }, 60_000);

  it('lets a second reader review every annotation, and writes the pass to review.history', async () => {
    await key('r');
    await expect.poll(async () => ((await page.locator('#confirm').count()) === 1 ? 'reviewing' : await status())).toBe('reviewing');
    await axe('review');
    await page.screenshot({ path: path.join(shots, 'workbench-review.png'), fullPage: true });
    const total = Number((await page.locator('aside h2').first().textContent())!.match(/of (\d+)/)![1]);
    await page.locator('#flag-comment').fill('check the form');
    await page.keyboard.press('Tab');
    await page.locator('#flag').click();
    for (let i = 1; i < total; i++) await page.keyboard.press('c');
    await page.locator('#reviewer').fill('Second Reader');
    // Something was flagged: the record cannot be marked checked in this pass.
    expect(await page.locator('#mark-checked').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Write the review pass' }).click();
    await expect.poll(status).toContain('review pass written');
    const record = JSON.parse(fs.readFileSync(path.join(data, 'articles', `${ID}.json`), 'utf8'));
    const last = record.review.history.at(-1).change as string;
    expect(last).toContain('Review pass in the workbench by Second Reader');
    expect(last).toContain(`${total - 1} annotation(s) confirmed, 1 flagged`);
    expect(last).toContain('check the form');
    expect(record.review.status).toBe('draft');
    expect(record.source.publisher).toEqual({ entity: 'fixture-wire', note: 'Named in the page header.', basis: { text: [expect.objectContaining({ exact: 'Fixture Wire' })] } });

    // A second pass with nothing flagged, over a record with no error, marks it checked.
    await key('r');
    await expect.poll(() => page.locator('#confirm').count()).toBe(1);
    for (let i = 0; i < total; i++) await page.keyboard.press('c');
    await page.locator('#reviewer').fill('Third Reader');
    await page.locator('#mark-checked').check();
    await page.getByRole('button', { name: 'Write the review pass' }).click();
    await expect.poll(status).toContain('review pass written');
    const checked = JSON.parse(fs.readFileSync(path.join(data, 'articles', `${ID}.json`), 'utf8'));
    expect(checked.review.status).toBe('checked');
    expect(checked.review.history.at(-1).change).toContain('marked checked');
    const v = runScript('validate/validate.ts', ['--data', data, path.join(data, 'articles', `${ID}.json`)]);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    // Recorded without opening the JSON, the article builds into the package.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-workbench-dist-'));
    const built = runScript('publish/build.ts', ['--data', data, '--out', out]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'dataset.json'), 'utf8')).articles.map((a: { id: string }) => a.id)).toContain(ID);
    fs.rmSync(out, { recursive: true, force: true });
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('shows markup in an article text as text: nothing in it runs', async () => {
    const hostile = 'Page <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> “quoted”\n';
    await page.goto(wb.url);
    await page.locator('#new-id').fill('2026-01-06-hostile-markup');
    await page.locator('#new-text').fill(hostile);
    await page.getByRole('button', { name: 'Start the draft' }).click();
    await expect.poll(() => page.locator('#text').count()).toBe(1);
    expect(await page.locator('#text img, #text script').count()).toBe(0);
    expect(await page.locator('#text').textContent()).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
