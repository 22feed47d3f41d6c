// The published API, loaded from the built package entry (dist/), on the real data.
import { describe, expect, it } from 'vitest';
import * as api from '../../dist/index.mjs';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../../scripts/shared/paths.ts';

// Every expected value is computed from the records, never named: adding or removing an
// article changes no test.
const { articles, entities } = api;
const recordFiles = fs.readdirSync(path.join(defaultDataDir, 'articles')).filter((f) => f.endsWith('.json'));
const dates = articles.flatMap((a) => a.events.flatMap((e) => e.dates));
/** The entity listed by the most articles. */
const widest = entities.map((e) => e.id).sort((x, y) => articles.filter((a) => a.entities.some((l) => l.entity === y)).length - articles.filter((a) => a.entities.some((l) => l.entity === x)).length)[0]!;

describe('the data', () => {
  it('has every record and entity, sorted by id, with the package version', () => {
    expect(articles.map((a) => a.id).sort()).toEqual(recordFiles.map((f) => path.basename(f, '.json')).sort());
    expect(articles.map((a) => a.id)).toEqual([...articles.map((a) => a.id)].sort());
    expect(entities.map((e) => e.id)).toEqual([...entities.map((e) => e.id)].sort());
    expect(api.version).toBe(createRequire(import.meta.url)('../../package.json').version);
  });

  it('is deeply frozen, so a consumer cannot change the shared records', () => {
    const quote = articles[0]!.quotes[0]!;
    expect(Object.isFrozen(articles)).toBe(true);
    expect(Object.isFrozen(quote.content)).toBe(true);
    expect(() => {
      (quote.content as { start: number }).start = 0;
    }).toThrow(TypeError);
  });

  it('gives the codebook: a definition for every value the records use, and each event type\'s codes', () => {
    const { codebook } = api;
    for (const a of articles) for (const e of a.events) {
      expect(codebook.vocabularies['eventType']?.[e.type], e.type).toMatch(/\w/);
      expect(Object.keys(codebook.eventTypes)).toContain(e.type);
    }
    const cameo = Object.values(codebook.eventTypes).map((t) => t.cameo).filter((c) => c !== null);
    expect(cameo.length).toBeGreaterThan(0);
    for (const c of cameo) expect(typeof c).toBe('string');
    expect(Object.isFrozen(codebook.vocabularies)).toBe(true);
  });

  it('is one shared copy for ESM and CommonJS importers', () => {
    const cjs = createRequire(import.meta.url)('../../dist/index.cjs') as typeof api;
    expect(cjs.articles).toBe(articles);
  });
});

describe('lookups', () => {
  it('finds articles and entities by id', () => {
    for (const a of articles) expect(api.getArticle(a.id)).toBe(a);
    for (const e of entities) expect(api.getEntity(e.id)).toBe(e);
    expect(api.getArticle('no-such-article')).toBeUndefined();
  });

  it('gives the text of every selector, equal to its exact text', () => {
    for (const a of articles) {
      for (const e of a.entities) for (const m of e.mentions) expect(api.selectorText(a.id, m)).toBe(m.exact);
      for (const q of a.quotes) expect(api.selectorText(a.id, q.content)).toBe(q.content.exact);
    }
  });

  it('gives the verbatim source text, and a clear error for an unknown article', () => {
    const a = articles[0]!;
    expect([...api.sourceText(a.id)].length).toBe(a.source.length);
    expect(() => api.sourceText('no-such-article')).toThrow(/no article "no-such-article"/);
  });
});

describe('joins', () => {
  it('lists every quote of a speaker across articles', () => {
    for (const e of entities) {
      const expected = articles.flatMap((a) => a.quotes.filter((q) => q.speaker.entity === e.id).map((q) => q.id));
      expect(api.quotesBySpeaker(e.id).map((r) => r.quote.id)).toEqual(expected);
    }
  });

  it('lists the articles that mention an entity', () => {
    const found = api.mentionsOf(widest);
    expect(found.map((r) => r.article.id)).toEqual(articles.filter((a) => a.entities.some((e) => e.entity === widest)).map((a) => a.id));
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) for (const m of r.mentions) expect(api.selectorText(r.article.id, m)).toBe(m.exact);
    expect(api.mentionsOf('no-such-entity')).toEqual([]);
  });

  it('finds event dates in a range by the days each date covers', () => {
    const all = api.eventsBetween('1900', '2100');
    const total = articles.reduce((n, a) => n + a.events.reduce((m, e) => m + e.dates.length, 0), 0);
    expect(all).toHaveLength(total);
    expect(all.map((r) => r.span[0])).toEqual([...all.map((r) => r.span[0])].sort());

    // A date known only to the month overlaps a day inside it, but is not within it.
    const month = dates.find((d) => d.precision === 'month')!.value;
    const day = `${month}-16`;
    const around = api.eventsBetween(day, day);
    expect(around.filter((r) => r.date.precision === 'month').map((r) => r.date.value)).toContain(month);
    expect(api.eventsBetween(day, day, { match: 'within' }).every((r) => r.date.precision === 'day')).toBe(true);
    for (const r of around) expect(r.span[0] <= day && day <= r.span[1]).toBe(true);

    const expiries = api.eventsBetween('1900', '2100', { roles: ['expires'] });
    expect(expiries.map((r) => r.date.value).sort()).toEqual(dates.filter((d) => d.role === 'expires').map((d) => d.value).sort());
    expect(() => api.eventsBetween('May 2019', '2019')).toThrow(RangeError);
  });

  it('lists each real-world event of the registry once, with the article events that report it', () => {
    const { registryEvents } = api;
    expect(registryEvents.map((r) => r.id)).toEqual([...registryEvents.map((r) => r.id)].sort());
    const linked = articles.flatMap((a) => a.events.filter((e) => e.registry).map((e) => ({ a, e })));
    expect(linked.length).toBeGreaterThan(0);
    for (const r of registryEvents) {
      expect(api.getRegistryEvent(r.id)).toBe(r);
      const expected = linked.filter(({ e }) => e.registry!.event === r.id).map(({ a, e }) => `${a.id}/${e.id}/${e.registry!.relation}`);
      expect(api.reportsOf(r.id).map((x) => `${x.article.id}/${x.event.id}/${x.relation}`)).toEqual(expected);
    }
    for (const { e } of linked) expect(api.getRegistryEvent(e.registry!.event)).toBeDefined();
    expect(api.reportsOf('no-such-event')).toEqual([]);
    expect(api.getRegistryEvent('no-such-event')).toBeUndefined();
  });

  it('gives the span of every date form', () => {
    expect(api.dateSpan('2019-05')).toEqual(['2019-05-01', '2019-05-31']);
    expect(api.dateSpan('2020-02')).toEqual(['2020-02-01', '2020-02-29']);
    expect(api.dateSpan('2018')).toEqual(['2018-01-01', '2018-12-31']);
    expect(api.dateSpan('2019-07-02/2019-07-05')).toEqual(['2019-07-02', '2019-07-05']);
    expect(api.dateSpan('July 2019')).toBeUndefined();
  });
});
