// `npm run agreement` compares two recordings of one text layer by layer: precision, recall
// and F1 for exact and for overlapping spans, a match counting only with the same values,
// and every disagreement with its place. Figures are checked on items with known answers,
// and the command on a fixture record and an edited copy of it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareLayer, compareRecords, LAYERS, pooled, type Item } from '../../scripts/contribute/compare-records.ts';
import { table } from '../../scripts/contribute/agreement.ts';
import { loadValidators } from '../../scripts/shared/schemas.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { runScript, validFixture } from '../helpers.ts';
import type { Article } from '../../types/index.d.ts';

const item = (start: number, end: number, value = 'entity x'): Item => ({ span: { start, end, exact: 'w'.repeat(end - start) }, values: [value] });

describe('agreement of one layer', () => {
  // First: four items. Second: the first item the same; the second at the same span with
  // another value; the third at an overlapping span; the fourth missing; one item more.
  const first = [item(0, 5), item(10, 15), item(20, 25), item(30, 35)];
  const second = [item(0, 5), item(10, 15, 'entity y'), item(21, 25), item(40, 45)];
  const r = compareLayer('mentions', first, second);

  it('counts a match only at the same span (exact) with the same values', () => {
    expect(r.exact).toEqual({ matched: 1, precision: 0.25, recall: 0.25, f1: 0.25 });
  });

  it('counts overlapping spans with the same values under overlap', () => {
    expect(r.overlap).toEqual({ matched: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('lists every disagreement in text order: other values, a missing item, an extra item', () => {
    expect(r.disagreements.map((d) => [d.span.start, d.first.split(' at ')[0], d.second.split(' at ')[0]])).toEqual([
      [10, 'entity x', 'entity y'],
      [30, 'entity x', '(nothing)'],
      [40, '(nothing)', 'entity x'],
    ]);
  });

  it('pairs the same spans first, so that a short item never takes the partner of a longer one', () => {
    const both = item(0, 22, 'entity us-department-of-commerce');
    const r2 = compareLayer('mentions', [item(0, 2, 'entity united-states'), both], [{ ...both }]);
    expect(r2.overlap.matched).toBe(1);
    expect(r2.exact.matched).toBe(1);
    expect(r2.disagreements.map((d) => [d.first.split(' at ')[0], d.second])).toEqual([['entity united-states', '(nothing)']]);
  });

  it('gives full agreement for two empty layers, and none when one reader marked nothing', () => {
    expect(compareLayer('quotes', [], []).overlap.f1).toBe(1);
    expect(compareLayer('quotes', [item(0, 5)], []).overlap).toEqual({ matched: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('npm run agreement', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const RECORD = path.join(validFixture, 'articles', '2020-01-fixture-deal.json');
  const record = JSON.parse(fs.readFileSync(RECORD, 'utf8')) as Article;

  it('compares a record with a second recording that misses a mention and reads a quote as partial', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-agreement-'));
    dirs.push(dir);
    const second = structuredClone(record);
    const removed = second.entities[0]!.mentions.pop()!;
    if (second.entities[0]!.mentions.length === 0) second.entities.shift();
    second.quotes[0]!.kind = 'partial';
    const file = path.join(dir, 'second.json');
    fs.writeFileSync(file, JSON.stringify(second));
    const out = path.join(dir, 'agreement.json');
    const r = runScript('contribute/agreement.ts', [RECORD, file, '--json', out]);
    expect(r.status, r.stderr).toBe(0);
    const layers = JSON.parse(fs.readFileSync(out, 'utf8')).layers as { layer: string; first: number; second: number; exact: { matched: number; recall: number; precision: number } }[];
    const mentions = layers.find((l) => l.layer === 'mentions')!;
    const n = LAYERS.mentions(record).length;
    expect(mentions).toMatchObject({ first: n, second: n - 1, exact: { matched: n - 1, recall: (n - 1) / n, precision: 1 } });
    expect(layers.find((l) => l.layer === 'quotes')!.exact.matched).toBe(LAYERS.quotes(record).length - 1);
    for (const l of layers.filter((x) => x.layer !== 'mentions' && x.layer !== 'quotes')) expect(l.exact.matched).toBe(l.first);
    // Each disagreement names its place in the text beside the first record.
    expect(r.stdout).toContain('2 disagreement(s)');
    expect(r.stdout).toMatch(new RegExp(`line \\d+, column \\d+, \\[${removed.start}, ${removed.end}\\) mentions: first: .*; second: \\(nothing\\)`));
    expect(r.stdout).toMatch(/quotes: first: speaker .*, kind direct at .*; second: speaker .*, kind partial/);
  });

  it('refuses two records of different texts, and a file that is not a record, without a stack trace', () => {
    const other = path.join(validFixture, 'articles', '2020-02-fixture-interview.json');
    const r = runScript('contribute/agreement.ts', [RECORD, other]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('different texts');
    const bad = runScript('contribute/agreement.ts', [RECORD, path.join(validFixture, 'entities', 'huawei.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not a valid article record');
    expect(bad.stderr + r.stderr).not.toMatch(/\n\s+at /);
  });
});

// The second recordings kept in docs/agreement/ stay comparable: each is a valid record of
// the same text as the released one, and the figures its README gives are what they yield now.
describe('docs/agreement', () => {
  const dir = path.join(repoRoot, 'docs', 'agreement');
  const seconds = fs.readdirSync(dir).filter((f) => f.endsWith('.second.json')).sort();
  const schemas = loadValidators();
  const pairs = seconds.map((f) => {
    const id = f.replace(/\.second\.json$/, '');
    return [id, JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'articles', `${id}.json`), 'utf8')) as Article, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Article] as const;
  });

  it.each(pairs.map((p) => [p[0], p] as const))('holds a valid second recording of the text of %s', (_, [, released, second]) => {
    expect(schemas.article(second)).toBe(true);
    expect(second.source.sha256).toBe(released.source.sha256);
  });

  it('gives in its README the figures the recordings yield (run npm run agreement on each, if not)', () => {
    expect(pairs.length).toBeGreaterThan(0);
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const row of table(pooled(pairs.map(([, a, b]) => compareRecords(a, b))))) expect(readme).toContain(row);
  });
});
