// The annotation workbench in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), as a contributor uses it: a new article is recorded from an empty draft
// to a record the validator accepts, with no file edited by hand (new entities with a role
// and a cited Wikidata id, a registry event, every occurrence of a name, notes, a date based
// on the text), by keyboard (the find box) and by mouse selection, after an emoji so that
// code points and UTF-16 units differ; each way work could be lost keeps it; then a second
// reader reviews it. Every page is checked for console errors and with axe-core. Screenshots are saved to
// dist/screenshots/. Skipped, with a message, where no Chromium is installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../scripts/contribute/workbench/server.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { axeViolations, runScript, validFixture } from '../helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`workbench e2e skipped: no Chromium at ${CHROMIUM}; install Debian's chromium package`);
const shots = path.join(repoRoot, 'dist', 'screenshots');

const ID = '2026-01-05-acme-stops-huawei-sales';
// An emoji first: every span after it sits one UTF-16 unit further than its code point.
const TEXT = '🚀 Fixture Wire | Tech\nAcme Phones said on Monday that it will stop selling Huawei phonse. “We are done,” said Jane Roe. Analysts call it a “pause”. Huawei declined to comment. Tim Stone, an editor at Fixture Wire, wrote the report.\n';

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
    const bad = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  }

  const status = () => page.locator('#status').textContent();
  // What the page says once a save is done: "saved" alone would also match "unsaved" and
  // "not saved yet", said before it, and let the next step race the save.
  const SAVED = /^saved data\//;

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
    // A change is applied when its form closes and the page says so; a refused one keeps the
    // form and says why. (A form that closed without the change would show here, not later.)
    const applied = async () => ((await page.locator('form.panel').count()) === 0 && (await status())?.includes('not saved yet') ? 'applied' : await status());
    await expect.poll(applied, { timeout: 15_000 }).toBe('applied');
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

  /** Applies a form opened from another one: the page returns to that one. */
  async function applyNested(returnsTo: string): Promise<void> {
    await page.locator('form.panel button[type=submit]').click();
    await expect.poll(async () => ((await page.locator(`form.panel[aria-label="${returnsTo}"]`).count()) === 1 ? 'back' : await status()), { timeout: 10_000 }).toBe('back');
  }

  it('records a whole article in the page: entities with roles and a cited Wikidata id, a registry event, every occurrence of a name, notes, a date based on the text', async () => {
    await page.locator('#author').fill('First Author');
    await page.locator('#author').press('Tab');
    // A quote before its speaker's mention, with its cue and a note; its marks are trimmed.
    await find('“We are done,”');
    await key('q');
    await page.locator('#f-qid').fill('q-roe-done');
    await page.locator('#f-speaker').fill('jane-roe');
    await find('said', 2);
    await page.locator('form.panel [data-field="cue"]').click();
    await page.locator('#f-qnote').fill('Jane Roe is the chief executive of Acme Phones.');
    await apply();
    // A mention selected with the mouse after the emoji, then every other occurrence in one step.
    await mouseSelect('Huawei');
    await key('m');
    await page.locator('#f-entity').fill('huawei');
    await page.getByRole('button', { name: 'Mark every occurrence…' }).click();
    // Both places of the name, the selected one among them.
    await expect.poll(() => page.locator('input[name=occurrence]').count()).toBe(2);
    // Each place takes its own form: "Huawei phones" names Huawei as a modifier.
    await page.locator('select[name=occurrence-form]').first().selectOption('modifier');
    await apply(); // the mention form it came from is settled too
    // Mentions by the keyboard path (by id, by name).
    for (const [text, entity] of [['Acme Phones', 'acme-phones'], ['Jane Roe', 'Jane Roe']] as const) {
      await find(text);
      await key('m');
      await page.locator('#f-entity').fill(entity);
      await apply();
    }
    // New entities, made from the mention form and returning to it with the new id.
    await find('Fixture Wire');
    await key('m');
    await page.getByRole('button', { name: 'Create a new entity' }).click();
    expect(await page.locator('#f-name').inputValue()).toBe('Fixture Wire');
    await page.locator('#f-id').fill('fixture-wire');
    await page.locator('#f-kind').selectOption('media');
    await page.locator('#f-description').fill('A fictional wire service of the workbench test.');
    await applyNested('Add a mention');
    expect(await page.locator('#f-entity').inputValue()).toBe('fixture-wire');
    await page.getByRole('button', { name: 'Mark every occurrence…' }).click();
    await apply();
    await find('Tim Stone');
    await key('m');
    await page.getByRole('button', { name: 'Create a new entity' }).click();
    await page.locator('#f-id').fill('tim-stone');
    await page.locator('#f-kind').selectOption('person');
    await page.locator('#f-description').fill('A fictional editor of the workbench test.');
    await page.locator('#f-wikidata').fill('Q4115189');
    await page.locator('#f-ec-id').fill('c-fixture-wikidata');
    await page.locator('#f-ec-pub').fill('Fixture sources (fictional)');
    await page.locator('#f-ec-title').fill('The item of the fixture editor');
    await page.locator('#f-ec-kind').selectOption('reference');
    await page.locator('#f-ec-read-url').fill('https://example.org/fixture/editor-item');
    await page.getByRole('button', { name: 'Add the citation' }).click();
    await page.locator('#f-wdcite').fill('c-fixture-wikidata');
    await page.locator('#f-note').fill('');
    await page.locator('#f-r-title').fill('Editor');
    await page.locator('#f-r-org').fill('fixture-wire');
    await find('an editor at Fixture Wire');
    await page.locator('form.panel [data-field="rtext"]').click();
    await page.getByRole('button', { name: 'Add the role' }).click();
    await applyNested('Add a mention');
    await page.locator('#f-form').selectOption('name');
    await find('Tim Stone');
    await page.locator('form.panel [data-field="span"]').click();
    await apply();
    // An event: the selection is its trigger; a date resting on the words of the text; a new
    // registry event made from the event form.
    await find('stop selling');
    await key('e');
    expect(await page.locator('#f-trigger-shown').textContent()).toContain('stop selling');
    await page.locator('#f-eid').fill('ev-acme-stops-huawei-sales');
    await page.locator('#f-type').selectOption('sales-suspended');
    await page.locator('#f-summary').fill('Acme Phones said it would stop selling Huawei phones.');
    await page.locator('#f-fact').selectOption('announced');
    for (const [entity, role] of [['acme-phones', 'agent'], ['huawei', 'affected']] as const) {
      await page.locator('#f-p-entity').fill(entity);
      await page.locator('#f-p-role').selectOption(role);
      await page.getByRole('button', { name: 'Add participant' }).click();
    }
    await find('on Monday');
    await page.locator('form.panel [data-field="dtext"]').click();
    await page.locator('form.panel [data-field="dbasis"]').click();
    await page.locator('#f-d-role').selectOption('announced');
    await page.locator('#f-d-value').fill('2026-01-05');
    await page.locator('#f-d-resolution').selectOption('relative');
    await page.locator('#f-d-anchor').fill('2026-01-06');
    await page.getByRole('button', { name: 'Add date' }).click();
    // The date's fields are emptied once it is added: a second click cannot add it twice.
    expect(await page.locator('#f-d-value').inputValue()).toBe('');
    await find('Acme Phones said on Monday that it will stop selling Huawei phonse.');
    await page.locator('form.panel [data-field="evidence"]').click();
    await page.locator('form.panel').getByRole('button', { name: 'Create a registry event' }).click();
    // It starts from the event's type, summary and participants.
    expect(await page.locator('#f-rtype').inputValue()).toBe('sales-suspended');
    expect(await page.locator('form.panel li', { hasText: 'agent: acme-phones' }).count()).toBe(1);
    await page.locator('#f-rid').fill('2026-01-05-acme-stops-huawei-sales');
    await page.locator('#f-rsummary').fill('Acme Phones announces it will stop selling Huawei phones.');
    await page.locator('#f-rd-role').selectOption('announced');
    await page.locator('#f-rd-value').fill('2026-01-05');
    await find('on Monday');
    await page.locator('form.panel [data-field="rdtext"]').click();
    await page.getByRole('button', { name: 'Add date' }).click();
    await applyNested('Add an event');
    expect(await page.locator('#f-registry').inputValue()).toBe('2026-01-05-acme-stops-huawei-sales');
    await apply();
    await recordTheRest();
    await axe('editor');
    await page.screenshot({ path: path.join(shots, 'workbench-editor.png'), fullPage: true });
    await page.keyboard.press('Control+s');
    await expect.poll(status).toMatch(SAVED);
    checkSavedRecord();
  }, 180_000);

  /** The source issue, the scare quote, a citation and the article's details. */
  async function recordTheRest(): Promise<void> {
    await find('phonse');
    await key('i');
    await page.locator('#f-sid').fill('si-phonse');
    await page.locator('#f-skind').selectOption('typo');
    await page.locator('#f-corrected').fill('phones');
    await page.locator('#f-explanation').fill('A typo for "phones".');
    await apply();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('#f-reason').selectOption('scare-quote');
    await apply();
    await page.getByRole('button', { name: 'Add a citation' }).click();
    await page.locator('#f-c-id').fill('c-fixture-calendar');
    await page.locator('#f-c-kind').selectOption('reference');
    await page.locator('#f-c-pub').fill('Fixture sources (fictional)');
    await page.locator('#f-c-title').fill('When the fixture article appeared');
    await page.locator('#f-c-read-url').fill('https://example.org/fixture/calendar');
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
  }

  function checkSavedRecord(): void {
    const record = JSON.parse(fs.readFileSync(path.join(data, 'articles', `${ID}.json`), 'utf8'));
    const cps = [...TEXT];
    const all = [...record.entities.flatMap((e: { mentions: unknown[] }) => e.mentions), record.quotes[0].content, record.quotes[0].cue, record.events[0].trigger, record.sourceIssues[0].target];
    for (const s of all as { start: number; end: number; exact: string }[]) expect(cps.slice(s.start, s.end).join(''), JSON.stringify(s)).toBe(s.exact);
    const huawei = record.entities.find((e: { entity: string }) => e.entity === 'huawei').mentions;
    expect(huawei.map((m: { form: string }) => m.form)).toEqual(['modifier', 'name']); // marked in one step
    expect(huawei[0].start).toBe([...TEXT.slice(0, TEXT.indexOf('Huawei'))].length); // code points, not UTF-16 units
    expect(record.entities.find((e: { entity: string }) => e.entity === 'jane-roe')).toBeDefined(); // typed by name
    expect(record.quotes[0]).toMatchObject({ content: { exact: 'We are done,' }, note: 'Jane Roe is the chief executive of Acme Phones.' });
    expect(record.quoteMarks.unclassified).toBeUndefined();
    expect(record.events[0].dates[0].basis.text[0].exact).toBe('on Monday');
    expect(record.events[0].registry).toEqual({ event: '2026-01-05-acme-stops-huawei-sales', relation: 'same' });
    expect(record.review.history.at(-1)).toMatchObject({ change: 'Annotated in the workbench.', by: 'First Author' });
    // The entity and registry event files were written with the record, nothing before.
    const stone = JSON.parse(fs.readFileSync(path.join(data, 'entities', 'tim-stone.json'), 'utf8'));
    expect(stone).toMatchObject({ wikidata: 'Q4115189', wikidataBasis: { cite: ['c-fixture-wikidata'] }, roles: [{ title: 'Editor', organization: 'fixture-wire', basis: { article: ID } }] });
    expect(fs.existsSync(path.join(data, 'entities', 'fixture-wire.json'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(data, 'events', '2026-01-05-acme-stops-huawei-sales.json'), 'utf8')).dates[0].basis).toMatchObject({ article: ID, text: [{ exact: 'on Monday' }] });
    const v = runScript('validate/validate.ts', ['--data', data]);
    expect(v.status, v.stdout + v.stderr).toBe(0);
  }

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
    await expect.poll(status).toMatch(SAVED);
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
    expect(consoleErrors.splice(0), "console errors").toEqual([expect.stringContaining("409 (Conflict)")]);
    fs.writeFileSync(file, before);
    await page.reload();
    await expect.poll(() => page.locator('#text').count()).toBe(1);
  }, 60_000);

  it('loses no work: a nested form returns with its values, a filled form is not replaced unasked, a check never closes a form opened meanwhile', async () => {
    await find('Analysts');
    await key('q');
    await page.locator('#f-qid').fill('q-kept-value');
    await page.locator('form.panel').getByRole('button', { name: 'Create the speaker as a new entity' }).click();
    await expect.poll(() => page.locator('form.panel[aria-label="Create an entity"]').count()).toBe(1);
    await page.locator('form.panel').getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('#f-qid').inputValue()).toBe('q-kept-value');
    // Another form asks before it replaces one with values typed; declining keeps them.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: /^Article details/ }).click();
    expect(await page.locator('#f-qid').inputValue()).toBe('q-kept-value');
    // So does Esc.
    page.once('dialog', (d) => void d.dismiss());
    await page.locator('#f-qid').press('Escape');
    expect(await page.locator('#f-qid').inputValue()).toBe('q-kept-value');
    await page.locator('form.panel').getByRole('button', { name: 'Close' }).click();
    // A slow check: the form opened while it runs stays open when it returns.
    await page.route('**/check', async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    await find('Tech');
    await key('b');
    await page.locator('form.panel button[type=submit]').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await expect.poll(status).toContain('boilerplate: not saved yet');
    expect(await page.locator('form.panel[aria-label="Article details"]').count()).toBe(1);
    await page.unroute('**/check');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('main h2').first().textContent()).not.toContain('unsaved');
  }, 60_000);

  it('keeps a new entity in the page until the record is saved, so that undo leaves no file behind', async () => {
    await page.getByRole('button', { name: 'Create an entity' }).click();
    await page.locator('#f-id').fill('orphan-co');
    await page.locator('#f-name').fill('Orphan Co');
    await page.locator('#f-description').fill('A fictional company that is undone.');
    await apply();
    await expect.poll(() => page.locator('aside li', { hasText: 'orphan-co: Orphan Co' }).count()).toBe(1);
    expect(fs.existsSync(path.join(data, 'entities', 'orphan-co.json'))).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('aside li', { hasText: 'orphan-co' }).count()).toBe(0);
    await page.keyboard.press('Control+s');
    await expect.poll(status).toMatch(SAVED);
    expect(fs.existsSync(path.join(data, 'entities', 'orphan-co.json'))).toBe(false);
  }, 60_000);

  it('offers the unsaved work of a closed tab back when the record is opened again', async () => {
    await find('Tech');
    await key('b');
    await apply();
    await expect.poll(() => fs.existsSync(path.join(data, '.drafts', `${ID}.json`))).toBe(true);
    page.once('dialog', (d) => void d.accept()); // the page asks before a tab with unsaved work closes
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${wb.url}#/article/${ID}`);
    await expect.poll(() => page.getByRole('button', { name: 'Restore it' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Restore it' }).click();
    await expect.poll(status).toContain('restored the unsaved work');
    expect(await page.locator('aside li', { hasText: 'navigation: “Tech”' }).count()).toBe(1);
    await page.keyboard.press('Control+s');
    await expect.poll(status).toMatch(SAVED);
    expect(fs.existsSync(path.join(data, '.drafts', `${ID}.json`))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(data, 'articles', `${ID}.json`), 'utf8')).boilerplate.map((b: { span: { exact: string } }) => b.span.exact)).toContain('Tech');
  }, 60_000);

  it('lets a second reader review every part in text order, a group at once, and marks it checked only under a name that is no author', async () => {
    await key('r');
    await expect.poll(async () => ((await page.locator('#confirm').count()) === 1 ? 'reviewing' : await status()), { timeout: 15_000 }).toBe('reviewing');
    await axe('review');
    await page.screenshot({ path: path.join(shots, 'workbench-review.png'), fullPage: true });
    const total = Number((await page.locator('aside h2').first().textContent())!.match(/item 1 of (\d+)/)![1]);
    expect(await page.locator('.review-card h3').textContent()).toBe('The article details');
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
    const last = record.review.history.at(-1);
    expect(last.by).toBe('Second Reader');
    expect(last.change).toMatch(/Review pass in the workbench: \d+ annotation\(s\) confirmed, 1 item\(s\) flagged: \/source \(check the form\)/);
    expect(record.review.status).toBe('draft');
    expect(record.source.publisher).toEqual({ entity: 'fixture-wire', note: 'Named in the page header.', basis: { text: [expect.objectContaining({ exact: 'Fixture Wire' })] } });

    // A second pass goes through the record in the order of the text, every mention of one
    // entity at once, then its citations, entity files and registry events.
    await key('r');
    await expect.poll(() => page.locator('#confirm').count()).toBe(1);
    const starts: number[] = [];
    const titles: string[] = [];
    for (let i = 0; i < total; i++) {
      titles.push((await page.locator('.review-card h3').textContent())!);
      const selected = page.locator('.seg.selected');
      const s = (await selected.count()) > 0 ? await selected.first().getAttribute('data-s') : null;
      if (s !== null && i > 0 && !/^(Citation|Entity file|Registry event) /.test(titles.at(-1)!)) starts.push(Number(s));
      if (titles.at(-1)!.startsWith('Every mention of huawei')) expect(await page.locator('#confirm').textContent()).toContain('Confirm all 2');
      await page.keyboard.press('c');
    }
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const t of ['Every mention of huawei (2)', 'Quote q-roe-done', 'Event ev-acme-stops-huawei-sales', 'Entity file tim-stone', 'Registry event 2026-01-05-acme-stops-huawei-sales', 'Citation c-fixture-calendar']) expect(titles).toContain(t);
    // The author cannot mark it checked; a second reader can.
    await page.locator('#reviewer').fill('first author');
    await page.locator('#mark-checked').check();
    await page.getByRole('button', { name: 'Write the review pass' }).click();
    await expect.poll(status).toContain('among the authors');
    await page.locator('#reviewer').fill('Third Reader');
    await page.getByRole('button', { name: 'Write the review pass' }).click();
    await expect.poll(status).toContain('review pass written');
    const checked = JSON.parse(fs.readFileSync(path.join(data, 'articles', `${ID}.json`), 'utf8'));
    expect(checked.review.status).toBe('checked');
    expect(checked.review.history.at(-1)).toMatchObject({ by: 'Third Reader', change: expect.stringContaining('marked checked') });
    const v = runScript('validate/validate.ts', ['--data', data]);
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
    // A draft is renamed and deleted in the page, with its text.
    page.once('dialog', (d) => void d.accept('2026-01-06-markup-as-text'));
    await page.getByRole('button', { name: 'Rename this draft' }).click();
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('2026-01-06-markup-as-text');
    expect(fs.readFileSync(path.join(data, 'sources', '2026-01-06-markup-as-text.txt'), 'utf8')).toBe(hostile);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete this draft' }).click();
    await expect.poll(() => page.locator('table a').count()).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(data, 'articles')).filter((f) => f.startsWith('2026-01-06'))).toEqual([]);
    expect(fs.readdirSync(path.join(data, 'sources')).filter((f) => f.startsWith('2026-01-06'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
