// Property tests of `npm run fix`: on any re-ordering and re-formatting of a record, and
// any drift of selectors whose text occurs once, fixing gives back the canonical record;
// fixing twice changes nothing more; and a fix never changes what a record says.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Canonicalizer } from '../../scripts/validate/canonical.ts';
import { fixRecord } from '../../scripts/contribute/fix-record.ts';
import { buildIndex, pathOf } from '../../scripts/validate/record-index.ts';

const findSelectors = (value: unknown) => buildIndex(value).selectors.map((found) => ({ selector: found.value, path: pathOf(found) }));
import { SourceText } from '../../scripts/api/text.cts';
import { defaultDataDir } from '../../scripts/shared/paths.ts';
import { validFixture } from '../helpers.ts';

const canonicalizer = new Canonicalizer();
// Arrays whose order carries no meaning (x-orderBy in the schema); other arrays keep order.
const UNORDERED = new Set(['mentions', 'evidence', 'entities', 'boilerplate', 'ignored', 'unclassified']);

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same record with keys and unordered arrays in random order. */
function scramble(v: unknown, rand: () => number, key = ''): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => scramble(x, rand));
    return UNORDERED.has(key) ? shuffle(items, rand) : items;
  }
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(shuffle(Object.entries(v), rand).map(([k, x]) => [k, scramble(x, rand, k)]));
}

/** What a record says: key order and unordered arrays normalized away. */
function meaning(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => meaning(x));
    return UNORDERED.has(key) ? items.map((x) => JSON.stringify(x)).sort() : items;
  }
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, meaning((v as Record<string, unknown>)[k], k)]));
}

interface Sample {
  name: string;
  kind: 'article' | 'entity' | 'event';
  text: string;
  source?: SourceText;
}

function samples(dataDir: string): Sample[] {
  const out: Sample[] = [];
  for (const f of fs.readdirSync(path.join(dataDir, 'articles'))) {
    const id = path.basename(f, '.json');
    out.push({ name: f, kind: 'article', text: fs.readFileSync(path.join(dataDir, 'articles', f), 'utf8'), source: new SourceText(fs.readFileSync(path.join(dataDir, 'sources', id + '.txt'), 'utf8')) });
  }
  for (const f of fs.readdirSync(path.join(dataDir, 'entities')).slice(0, 8)) out.push({ name: f, kind: 'entity', text: fs.readFileSync(path.join(dataDir, 'entities', f), 'utf8') });
  return out;
}

const all = [...samples(validFixture), ...samples(defaultDataDir)];
const indent = fc.constantFrom<number | string>(0, 1, 2, 3, 4, '\t');

describe.each(all.map((s) => [s.name, s]))('fix on %s', (_, sample) => {
  const fix = (text: string) => fixRecord(JSON.parse(text), sample.kind, canonicalizer, text, sample.source);

  it('turns any re-ordering and re-formatting back into the canonical file, and is idempotent', () => {
    fc.assert(
      fc.property(fc.integer(), indent, (seed, space) => {
        const messy = JSON.stringify(scramble(JSON.parse(sample.text), rng(seed)), null, space);
        const once = fix(messy);
        expect(once.text).toBe(sample.text);
        expect(once.unplaced).toEqual([]);
        expect(fix(once.text).changes).toEqual([]);
        expect(meaning(JSON.parse(once.text))).toEqual(meaning(JSON.parse(messy)));
      }),
      { numRuns: 25 },
    );
  });

  const drift = (record: unknown, seed: number, delta: number, pick: (exact: string, path: (string | number)[], context: boolean) => boolean) => {
    const drifted = structuredClone(record);
    const rand = rng(seed);
    const moved = findSelectors(drifted).filter(({ selector, path }) => pick(selector.exact, path, selector.prefix !== undefined || selector.suffix !== undefined) && rand() < 0.3);
    for (const { selector } of moved) {
      selector.start = Math.max(0, selector.start + delta);
      selector.end = selector.start + [...selector.exact].length;
    }
    return { drifted, moved };
  };
  const unique = (exact: string) => sample.source!.text.indexOf(exact) === sample.source!.text.lastIndexOf(exact);
  const shift = fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0);

  if (sample.source === undefined) return; // entities have no text to re-anchor against

  it('re-anchors shifted selectors whose text occurs once, back to the canonical file', () => {
    fc.assert(
      fc.property(fc.integer(), shift, (seed, delta) => {
        const { drifted } = drift(JSON.parse(sample.text), seed, delta, unique);
        const result = fix(JSON.stringify(drifted));
        expect(result.unplaced).toEqual([]);
        expect(result.text).toBe(sample.text);
      }),
      { numRuns: 25 },
    );
  });

  it('puts a shifted selector whose text occurs more than once back where it was, or reports it and leaves it; it never moves one elsewhere', () => {
    fc.assert(
      fc.property(fc.integer(), shift, (seed, delta) => {
        const { drifted, moved } = drift(JSON.parse(sample.text), seed, delta, (e) => !unique(e));
        const broken = moved.filter(({ selector }) => sample.source!.slice(selector.start, Math.min(selector.end, sample.source!.length)) !== selector.exact);
        const result = fix(JSON.stringify(drifted));
        const unplaced = new Set(result.unplaced.map((u) => u.pointer));
        expect(unplaced.size).toBeLessThanOrEqual(broken.length);
        // Every selector of the fixed file stands where the canonical file has it, or is one
        // of the broken ones, reported and left as it was drifted.
        const canonical = JSON.parse(sample.text);
        const fixed = JSON.parse(result.text);
        const original = new Set(findSelectors(canonical).map(({ selector }) => `${selector.start}:${selector.end}:${selector.exact}`));
        // (A shift can land on another occurrence of the same text: that selector is anchored
        // as written, and fix leaves a contributor's anchored choice alone.)
        const driftedPlaces = new Set(moved.map(({ selector }) => `${selector.start}:${selector.end}:${selector.exact}`));
        for (const { selector, path } of findSelectors(fixed)) {
          const place = `${selector.start}:${selector.end}:${selector.exact}`;
          if (original.has(place)) continue;
          expect(driftedPlaces.has(place), place).toBe(true);
          const anchored = sample.source!.slice(selector.start, Math.min(selector.end, sample.source!.length)) === selector.exact;
          expect(anchored || unplaced.has('/' + path.join('/')), place).toBe(true);
        }
        if (unplaced.size === 0 && broken.length === moved.length) expect(result.text).toBe(sample.text);
      }),
      { numRuns: 25 },
    );
  });
});
