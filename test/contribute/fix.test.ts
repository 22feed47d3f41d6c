// `npm run fix` writes canonical form, places selectors from their text (filling in offsets,
// choosing by prefix or suffix, trimming a quote's marks), lists the candidates of an
// ambiguous one, never touches a record whose source changed, regenerates the overview,
// and reports what is left exactly as the validator does.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, copyTree, runScript, validFixture, type Edit } from '../helpers.ts';
import { placeSelectors } from '../../scripts/contribute/fix-record.ts';
import { SourceText } from '../../scripts/api/text.cts';

const RECORD = 'articles/2020-01-fixture-deal.json';
const SOURCE = 'sources/2020-01-fixture-deal.txt';
const dirs: string[] = [];

function fixture(edits: Edit[] = []): string {
  const dir = copyTree(validFixture);
  dirs.push(dir);
  applyEdits(dir, edits);
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const record = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, RECORD), 'utf8'));
const drop = (pointer: string): Edit[] => [
  { file: RECORD, op: 'remove', path: `${pointer}/start` },
  { file: RECORD, op: 'remove', path: `${pointer}/end` },
];
/** Every file of a tree with its bytes, to show that nothing was written. */
const snapshot = (dir: string) =>
  Object.fromEntries((fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'base64')]));
const summary = (stderr: string) => /(\d+) error\(s\), (\d+) warning\(s\)/.exec(stderr)?.slice(1);

describe('npm run fix', () => {
  it('rewrites a valid but non-canonical file into canonical form, and then changes nothing', () => {
    const dir = fixture();
    const canonical = fs.readFileSync(path.join(dir, RECORD), 'utf8');
    applyEdits(dir, [{ file: RECORD, op: 'replace', raw: true, path: '/entities/0/mentions', value: JSON.parse(canonical).entities[0].mentions.reverse() }]);
    expect(fs.readFileSync(path.join(dir, RECORD), 'utf8')).not.toBe(canonical);
    const first = runScript('contribute/fix.ts', ['--data', dir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('fixed: rewritten in canonical form');
    expect(fs.readFileSync(path.join(dir, RECORD), 'utf8')).toBe(canonical);
    const second = runScript('contribute/fix.ts', ['--data', dir]);
    expect(second.stdout).not.toContain('rewritten in canonical form');
  });

  it('fills in start and end of a selector written with only a unique exact', () => {
    const before = record(fixture()).entities[2].mentions[0];
    const dir = fixture(drop('/entities/2/mentions/0'));
    expect(record(dir).entities[2].mentions[0].start).toBeUndefined();
    const r = runScript('contribute/fix.ts', ['--data', dir]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`/entities/2/mentions/0: placed "Jane Roe" at [${before.start}, ${before.end}) (source line 4, column 86)`);
    expect(record(dir).entities[2].mentions[0]).toEqual(before);
    expect(runScript('validate/validate.ts', ['--data', dir]).status).toBe(0);
  });

  it("places the selectors of a registry event's or entity's text basis in the article the basis names", () => {
    const EVENT = 'events/2019-05-16-huawei-entity-list.json';
    const words = 'in May 2019';
    const dir = fixture([{ file: EVENT, op: 'replace', path: '/dates/0/basis', value: { article: '2020-01-fixture-deal', text: [{ exact: words }] } }]);
    const text = new SourceText(fs.readFileSync(path.join(dir, SOURCE), 'utf8'));
    const start = text.codePoint(text.text.indexOf(words));
    expect(start).toBeGreaterThan(0);
    // Named alone, as a contributor fixing one file would: the article's text is read all the same.
    const r = runScript('contribute/fix.ts', ['--data', dir, path.join(dir, EVENT)]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`/dates/0/basis/text/0: placed "${words}" at [${start}, ${start + words.length})`);
    const placed = JSON.parse(fs.readFileSync(path.join(dir, EVENT), 'utf8')).dates[0].basis.text[0];
    expect(placed).toEqual({ start, end: start + words.length, exact: words });
    expect(runScript('validate/validate.ts', ['--data', dir]).status).toBe(0);
  });

  it('lists every candidate of an ambiguous selector with its line, column and words, changes nothing for it, and counts it as the validator does', () => {
    const dir = fixture([...drop('/entities/1/mentions/1'), ...drop('/entities/1/mentions/2')]);
    const r = runScript('contribute/fix.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    // The first mention holds one of the three places; each of the others could be either of the other two.
    for (const i of [1, 2]) expect(r.stdout).toContain(`not placed: /entities/1/mentions/${i}: "Huawei" occurs 2 times where no other entry of this list stands; add a "prefix"`);
    const candidates = r.stdout.split('\n').filter((l) => /^ {4}source line \d+, column \d+, \[\d+, \d+\): ….*\[Huawei\].*…/.test(l));
    expect(candidates).toHaveLength(4);
    expect(candidates[0]).toContain('source line 4, column 46, [90, 96)');
    expect(candidates[0]).toContain('choose it with "prefix": "sell "');
    expect(record(dir).entities[1].mentions[1]).toEqual({ exact: 'Huawei', form: 'name' });
    const validate = runScript('validate/validate.ts', ['--data', dir]);
    expect(summary(r.stderr)).toEqual(summary(validate.stderr));
    expect(validate.stdout).toContain('this selector has no offsets yet; run `npm run fix`');
  });

  it('places a repeated text at the one place no other entry of its list holds', () => {
    const before = record(fixture()).entities[1].mentions[1];
    const dir = fixture(drop('/entities/1/mentions/1'));
    const r = runScript('contribute/fix.ts', ['--data', dir]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(record(dir).entities[1].mentions[1]).toEqual(before);
  });

  it('places a repeated text by its prefix or its suffix, and keeps them', () => {
    const dir = fixture([...drop('/entities/1/mentions/1'), { file: RECORD, op: 'add', path: '/entities/1/mentions/1/prefix', value: 'sell ' }, ...drop('/entities/1/mentions/2'), { file: RECORD, op: 'add', path: '/entities/1/mentions/2/suffix', value: ' on the' }]);
    const r = runScript('contribute/fix.ts', ['--data', dir]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const [, second, third] = record(dir).entities[1].mentions;
    expect(second).toEqual({ start: 90, end: 96, exact: 'Huawei', prefix: 'sell ', form: 'name' });
    expect(third).toEqual({ start: 212, end: 218, exact: 'Huawei', suffix: ' on the', form: 'name' });
    expect(runScript('validate/validate.ts', ['--data', dir]).status).toBe(0);
  });

  it("trims the quotation marks from a quote's words, with or without offsets", () => {
    const expected = record(fixture()).quotes[0].content;
    for (const content of [{ exact: '“We are pleased,”' }, { start: 107, end: 124, exact: '“We are pleased,”' }]) {
      const dir = fixture([{ file: RECORD, op: 'replace', path: '/quotes/0/content', value: content }]);
      const r = runScript('contribute/fix.ts', ['--data', dir]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain("/quotes/0/content: trimmed the quotation marks from the quote's words");
      expect(record(dir).quotes[0].content).toEqual(expected);
    }
  });

  it('refuses a record whose source text changed by one character: exit 1, no file written', () => {
    const dir = fixture([{ file: SOURCE, op: 'bytes', hex: '58', at: 'start' }, ...drop('/entities/2/mentions/0')]);
    const before = snapshot(dir);
    const r = runScript('contribute/fix.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${SOURCE} does not match the sha256 and length pinned in this record`);
    expect(r.stdout).toContain('Source texts are never edited, so nothing was written');
    expect(snapshot(dir)).toEqual(before);
  });

  it('regenerates the overview README.md of the tree it fixes', () => {
    const dir = fixture();
    fs.writeFileSync(path.join(dir, 'README.md'), 'stale\n');
    const r = runScript('contribute/fix.ts', ['--data', dir]);
    expect(r.stdout).toContain('README.md: regenerated from the records');
    const overview = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const f of fs.readdirSync(path.join(dir, 'articles'))) expect(overview).toContain(`\`${path.basename(f, '.json')}\``);
  });
});

describe('placeSelectors', () => {
  it('counts code points after an emoji, and never places a quote away from its marks', () => {
    const text = new SourceText('Acme 🚀 said “Jane Roe said” and Jane Roe left');
    const rec = {
      entities: [{ mentions: [{ exact: 'left' }, { exact: 'Jane Roe' }] }],
      quotes: [{ kind: 'direct', content: { exact: 'Jane Roe said' } }],
    };
    const { changes, unplaced } = placeSelectors(rec, text);
    expect(rec.entities[0]!.mentions[0]).toEqual({ start: 41, end: 45, exact: 'left' });
    expect(rec.quotes[0]!.content).toEqual({ start: 13, end: 26, exact: 'Jane Roe said' });
    expect(changes).toHaveLength(2);
    expect(unplaced.map((u) => [u.pointer, u.candidates.map((c) => c.start)])).toEqual([['/entities/0/mentions/1', [13, 32]]]);
  });

  it('leaves a selector whose text is not in the source, and says so', () => {
    const rec = { a: { start: 0, end: 4, exact: 'Acme' }, b: { exact: 'Nokia' } };
    const { unplaced } = placeSelectors(rec, new SourceText('Acme sells phones'));
    expect(rec.b).toEqual({ exact: 'Nokia' });
    expect(unplaced).toEqual([expect.objectContaining({ pointer: '/b', reason: expect.stringContaining('"Nokia" does not occur in the text'), candidates: [] })]);
  });
});
