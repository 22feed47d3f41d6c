// The review viewer in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): every page opens from file://, every quote of every record is
// highlighted with its speaker, the timeline shows every event, and screenshots are
// saved to dist/screenshots/. Skipped, with a message, where no Chromium is installed.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { buildSite } from '../../scripts/publish/viewer.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { loadCorpus, validRecords } from '../../scripts/validate/corpus.ts';
import { axeViolations, validFixture } from '../helpers.ts';
import { articles, getEntity, registryEvents } from '../../dist/index.mjs';

const CHROMIUM = '/usr/bin/chromium';
const site = path.join(repoRoot, 'dist', 'site');
const shots = path.join(repoRoot, 'dist', 'screenshots');
const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`viewer e2e skipped: no Chromium at ${CHROMIUM}; install Debian's chromium package and run npm run test:e2e`);

describe.skipIf(!hasBrowser)('the viewer in Chromium', () => {
  let browser: Browser;
  const url = (file: string) => pathToFileURL(path.join(site, file)).href;

  beforeAll(async () => {
    buildSite(site);
    fs.mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The network is closed here: keep Chromium from reaching out. (playwright gives
      // each launch a new, empty profile of its own.)
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('index: lists every article and shows every event on the timeline, with its precision', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('index.html'));
    const links = await page.$$eval('table a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(articles.map((a) => `article-${a.id}.html`));
    const shown = new Set(await page.$$eval('[data-event]', (els) => els.map((e) => e.getAttribute('data-event'))));
    for (const a of articles) for (const ev of a.events) expect(shown.has(`${a.id}/${ev.id}`), `${a.id}/${ev.id}`).toBe(true);
    // One real-world event is one row: an article event that is the same as a registry
    // event is shown in the registry event's row, which lists the articles reporting it.
    const same = (e: (typeof articles)[number]['events'][number]) => e.registry?.relation === 'same';
    for (const r of registryEvents) {
      const row = await page.$$eval(`[data-registry-event="${r.id}"] [data-event]`, (els) => els.map((e) => e.getAttribute('data-event')));
      expect(new Set(row), r.id).toEqual(new Set(articles.flatMap((a) => a.events.filter((e) => e.registry?.event === r.id).map((e) => `${a.id}/${e.id}`))));
      expect(await page.locator(`[data-registry-event="${r.id}"]`).count(), r.id).toBe(r.dates.length);
    }
    // Each date shows its precision: as many badges of each as the timeline holds dates.
    for (const precision of ['day', 'month', 'year', 'range']) {
      const events = [...registryEvents.flatMap((r) => r.dates), ...articles.flatMap((a) => a.events.filter((e) => !same(e)).flatMap((e) => e.dates))].filter((d) => d.precision === precision).length;
      const published = articles.filter((a) => a.source.published?.precision === precision).length;
      expect(await page.locator(`.timeline .precision-${precision}`).count(), precision).toBe(events);
      expect(await page.locator(`table .precision-${precision}`).count(), precision).toBe(published);
    }
    await page.screenshot({ path: path.join(shots, 'index-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, 'index-phone.png') });
    await page.close();
  }, 60_000);

  it('shows a quotation over two paragraphs as one quote (the fixture tree)', async () => {
    const out = path.join(repoRoot, 'dist', 'site-fixture');
    buildSite(out, validFixture);
    const corpus = loadCorpus(validFixture);
    const continued = validRecords(corpus.articles).flatMap((f) => f.record.quotes.filter((q) => q.continuation).map((q) => ({ id: f.record.id, q })));
    expect(continued.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const { id, q } of continued) {
      await page.goto(pathToFileURL(path.join(out, `article-${id}.html`)).href);
      const texts = await page.$$eval(`.text [data-quote="${q.id}"]`, (els) => els.map((e) => e.textContent ?? ''));
      expect(texts.join('')).toBe([q.content, ...q.continuation!].map((p) => p.exact).join(''));
      // One entry in the panel, with the words of every paragraph.
      const entry = await page.locator(`#ann-${q.id}`).textContent();
      for (const part of [q.content, ...q.continuation!]) expect(entry).toContain(part.exact);
    }
    await page.close();
  }, 60_000);

  it('keeps the panel beside the text on a wide screen as the page scrolls, and marks the other articles on a page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const a of articles) {
      await page.goto(url(`article-${a.id}.html`));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const [panel, text] = await Promise.all([page.locator('.panel').boundingBox(), page.locator('.text').boundingBox()]);
      // In view after scrolling to the end, and beside the text, not below it.
      expect(panel!.y, a.id).toBeGreaterThanOrEqual(-1);
      expect(panel!.y, a.id).toBeLessThan(900);
      expect(panel!.x, a.id).toBeGreaterThanOrEqual(text!.x + text!.width - 1);
      const others = (a.segments ?? []).filter((sg) => sg.kind !== 'main').length;
      expect(await page.locator('.text .segment-start').count(), a.id).toBe(others);
    }
    await page.close();
  }, 60_000);

  it('shows every page on a phone without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const file of fs.readdirSync(site).filter((f) => f.endsWith('.html'))) {
      await page.goto(url(file));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, file).toBeLessThanOrEqual(390);
    }
    await page.close();
  }, 60_000);

  it('lists every quote, source issue and entity across the articles, each list with a filter that works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('quotes.html'));
    const quotes = articles.flatMap((a) => a.quotes);
    expect(await page.locator('#quotes tbody tr').count()).toBe(quotes.length);
    const speaker = quotes.find((q) => q.speaker.entity)!.speaker.entity!;
    const spoken = quotes.filter((q) => q.speaker.entity === speaker).length;
    await page.locator('#quotes-filter').fill(getEntity(speaker)!.name);
    expect(await page.locator('#quotes tbody tr:not([hidden])').count()).toBeGreaterThanOrEqual(spoken);
    expect(await page.locator('#quotes tbody tr:not([hidden])').count()).toBeLessThan(quotes.length);
    await page.goto(url('issues.html'));
    expect(await page.locator('#issues tbody tr').count()).toBe(articles.reduce((n, a) => n + a.sourceIssues.length, 0));
    await page.goto(url('entities.html'));
    expect(await page.locator('#entities tbody tr').count()).toBe(new Set(articles.flatMap((a) => a.entities.map((e) => e.entity))).size);
    await page.close();
  }, 60_000);

  it('gives each real-world event a page with every report side by side', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const r of registryEvents) {
      await page.goto(url(`event-${r.id}.html`));
      const reports = articles.flatMap((a) => a.events.filter((e) => e.registry?.event === r.id));
      expect(await page.locator('table.reports tbody tr').count(), r.id).toBe(reports.length);
    }
    await page.close();
  }, 60_000);

  const pages = () => fs.readdirSync(site).filter((f) => f.endsWith('.html'));

  it('axe, run as below, reports a violation in a page that has one', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });

  // The two sizes in contexts of their own, side by side: most of each is waiting on the page.
  it.concurrent.each([['desktop', 1280, 900], ['phone', 390, 844]] as const)('every page at %s size: no axe violation of any impact, no dead in-page link', async (_, width, height) => {
    const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
    const page = await context.newPage();
    for (const file of pages()) {
      await page.goto(url(file));
      expect((await axeViolations(page)).map((v) => `${file}: ${v.id} (${v.impact}, ${v.nodes.length} node(s))`)).toEqual([]);
      const dead = await page.$$eval('a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => id !== '' && !document.getElementById(id)));
      expect(dead, file).toEqual([]);
    }
    await context.close();
  }, 120_000);

  it.each(articles.map((a) => [a.id] as const))('article %s: every annotation is reachable from the text, and leads back to it', async (id) => {
    const page = await browser.newPage();
    await page.goto(url(`article-${id}.html`));
    const entries = await page.$$eval('aside li[id]', (lis) => lis.map((li) => li.id));
    // From the text directly, or through the list of a place where annotations overlap.
    const targets = new Set(await page.$$eval('.text a.seg, aside li[id^="at-"] li a', (as) => as.map((a) => a.getAttribute('href')!.slice(1))));
    expect(entries.filter((e) => !targets.has(e))).toEqual([]);
    // One link per annotated stretch: no link starts or ends inside a word.
    const split = await page.$$eval('.text a.seg', (as) => {
      const section = document.querySelector('.text')!;
      const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
      // Where each text node starts in the section's text, found in one pass: the character
      // just before a link and the one just after it are then looked up, not serialized.
      const full = section.textContent ?? '';
      const startOf = new Map<Node, number>();
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(), at = 0; n; n = walker.nextNode()) {
        startOf.set(n, at);
        at += (n as Text).data.length;
      }
      return as.filter((a) => {
        const first = document.createTreeWalker(a, NodeFilter.SHOW_TEXT).nextNode();
        const t = a.textContent ?? '';
        if (!first || t === '') return false;
        const start = startOf.get(first)!;
        return (word(full[start - 1]) && word(t[0])) || (word(t.slice(-1)) && word(full[start + t.length]));
      }).map((a) => a.textContent);
    });
    expect(split).toEqual([]);
    const backs = await page.$$eval('aside li[id]', (lis) => lis.filter((li) => !li.querySelector(':scope > .back a')).map((li) => li.id));
    expect(backs).toEqual([]);
    await page.close();
  }, 60_000);

  it.each(articles.map((a) => [a.id, a] as const))('article %s: every quote is highlighted with its speaker', async (id, a) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url(`article-${id}.html`));
    for (const q of a.quotes) {
      const parts = await page.$$eval(`[data-quote="${q.id}"]`, (els) => els.map((e) => ({ text: e.textContent ?? '', speaker: e.getAttribute('data-speaker'), title: e.getAttribute('title') ?? '' })));
      const speaker = q.speaker.entity ? getEntity(q.speaker.entity)!.name : q.speaker.description!;
      expect(parts.map((p) => p.text).join(''), q.id).toBe([q.content, ...(q.continuation ?? [])].map((p) => p.exact).join(''));
      for (const p of parts) {
        expect(p.speaker).toBe(speaker);
        expect(p.title).toContain(`quote by ${speaker}`);
      }
    }
    // Every kind of annotation is visible, and highlights are reachable from the keyboard.
    const has = { mention: a.entities.length, evidence: a.events.length, issue: a.sourceIssues.length, boilerplate: a.boilerplate.length };
    for (const [cls, n] of Object.entries(has)) expect((await page.locator(`.text .${cls}`).count()) > 0, cls).toBe(n > 0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.screenshot({ path: path.join(shots, `article-${id}-desktop.png`), fullPage: true });
    if (id === articles[0]!.id) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(shots, `article-${id}-phone.png`) });
    }
    await page.close();
  }, 60_000);
});
