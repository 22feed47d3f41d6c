// The canonical-form check proves a file canonical by matching its text against its parsed
// value, without building the canonical text. It must never call a file canonical that
// differs from what `npm run fix` writes: on every record and on thousands of small edits
// of them (layout, escapes, numbers, key order, array order), the fast answer "canonical"
// agrees with comparing against the full canonical text.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Canonicalizer, type RecordKind } from '../../scripts/validate/canonical.ts';
import { dataLayout, defaultDataDir } from '../../scripts/shared/paths.ts';
import { validFixture } from '../helpers.ts';

const canonicalizer = new Canonicalizer();

function records(): { kind: RecordKind; text: string; file: string }[] {
  const out: { kind: RecordKind; text: string; file: string }[] = [];
  for (const dir of [defaultDataDir, validFixture]) {
    const layout = dataLayout(dir);
    for (const [kind, folder] of [['article', layout.articles], ['entity', layout.entities], ['event', layout.events]] as const) {
      if (!fs.existsSync(folder)) continue;
      for (const f of fs.readdirSync(folder).filter((n) => n.endsWith('.json'))) out.push({ kind, file: path.join(folder, f), text: fs.readFileSync(path.join(folder, f), 'utf8') });
    }
  }
  return out;
}

const all = records();
const slow = (text: string, value: unknown, kind: RecordKind) => canonicalizer.text(value, kind) === text;

/** Small edits that keep a text parseable but may take it out of canonical form. */
const edits: ((text: string, at: number) => string)[] = [
  (t, i) => t.slice(0, i) + ' ' + t.slice(i), // a space anywhere
  (t, i) => t.slice(0, i) + '\t' + t.slice(i + 1), // a tab for a character
  (t, i) => t.slice(0, i) + t.slice(i + 1), // a character removed
  (t, i) => t.slice(0, i) + '\n' + t.slice(i), // a line break
  (t, i) => t.slice(0, i) + t[i] + t.slice(i), // a character doubled
  (t, i) => t.slice(0, i) + `\\u${t.charCodeAt(i).toString(16).padStart(4, '0')}` + t.slice(i + 1), // a character escaped
  (t, i) => t.slice(0, i) + '\\/' + t.slice(i + 1), // an escaped slash
  (t, i) => t.slice(0, i) + t.slice(i).replace(/(\d)([,\n])/, '$1.0$2'), // 5 -> 5.0
  (t, i) => t.slice(0, i) + t.slice(i).replace(/: (\d)/, ': 0$1'), // 5 -> 05
  (t, i) => t.slice(0, i) + t.slice(i).replace(/: (\d+)/, ': $1e0'), // 5 -> 5e0
  (t, i) => {
    // Two neighbouring lines swapped: key order, array order.
    const a = t.lastIndexOf('\n', i) + 1;
    const b = t.indexOf('\n', a);
    const c = t.indexOf('\n', b + 1);
    return b === -1 || c === -1 ? t : t.slice(0, a) + t.slice(b + 1, c) + '\n' + t.slice(a, b) + t.slice(c);
  },
  (t, i) => t.slice(0, i) + t.slice(i).replace(/"([a-z]+)": /, '"$1": 1, "$1": '), // a duplicated key
  (t, i) => t.slice(0, i) + t.slice(i).replace(/\{\n/, '{\n"zz": 1,\n'), // a key the schema does not list
];

describe('canonical-form matching', () => {
  it('proves every committed record canonical without serializing it', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(canonicalizer.isCanonicalText(r.text, JSON.parse(r.text), r.kind), r.file).toBe(slow(r.text, JSON.parse(r.text), r.kind));
    expect(all.some((r) => canonicalizer.isCanonicalText(r.text, JSON.parse(r.text), r.kind))).toBe(true);
  });

  it('never calls an edited text canonical when the full comparison does not', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.nat(edits.length - 1), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.boolean(), (r, e, where, viaUtf8) => {
        const { text, kind } = all[r]!;
        const edited = edits[e]!(text, Math.floor(where * text.length));
        let value: unknown;
        try {
          value = JSON.parse(edited);
        } catch {
          return; // not JSON any more: the syntax check reports it
        }
        const fast = canonicalizer.isCanonicalText(edited, value, kind, viaUtf8 && edited.isWellFormed());
        const full = slow(edited, value, kind);
        if (fast) expect(full).toBe(true);
        if (!full) rejected++;
      }),
      { numRuns: 3000, seed: 15 },
    );
    // The edits did produce non-canonical texts, so the agreement above was tested.
    expect(rejected).toBeGreaterThan(100);
  });

  it('never calls a record canonical whose keys or unordered arrays are out of order', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (r, seed) => {
        const { text, kind } = all[r]!;
        let s = seed;
        const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        // Swap a few neighbouring items and keys, then write the result in the canonical layout.
        const perturb = (v: unknown): unknown => {
          if (Array.isArray(v)) {
            const out = v.map(perturb);
            if (out.length > 1 && rand() < 0.2) {
              const i = Math.floor(rand() * (out.length - 1));
              [out[i], out[i + 1]] = [out[i + 1], out[i]];
            }
            return out;
          }
          if (typeof v !== 'object' || v === null) return v;
          const entries = Object.entries(v).map(([k, x]) => [k, perturb(x)] as [string, unknown]);
          if (entries.length > 1 && rand() < 0.05) {
            const i = Math.floor(rand() * (entries.length - 1));
            [entries[i], entries[i + 1]] = [entries[i + 1]!, entries[i]!];
          }
          return Object.fromEntries(entries);
        };
        const edited = JSON.stringify(perturb(JSON.parse(text)), null, 2) + '\n';
        const value = JSON.parse(edited);
        const full = slow(edited, value, kind);
        if (canonicalizer.isCanonicalText(edited, value, kind, true)) expect(full).toBe(true);
        if (!full) rejected++;
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(rejected).toBeGreaterThan(30);
  });

  it('compares in full a key that JSON.parse moves: one that reads as a number', () => {
    const r = all.find((x) => x.kind === 'article')!;
    // A key the schema does not list, holding an object whose keys JSON.parse reorders:
    // "2" reads as a number, so it comes before "y" whatever the text says.
    const canonical = canonicalizer.text({ ...(JSON.parse(r.text) as object), zz: { y: 0, 2: 0 } }, r.kind);
    expect(canonicalizer.isCanonicalText(canonical, JSON.parse(canonical), r.kind)).toBe(true);
    const swapped = canonical.replace('    "2": 0,\n    "y": 0\n', '    "y": 0,\n    "2": 0\n');
    expect(swapped).not.toBe(canonical);
    expect(canonicalizer.isCanonicalText(swapped, JSON.parse(swapped), r.kind)).toBe(false);
    expect(slow(swapped, JSON.parse(swapped), r.kind)).toBe(false);
  });

  it('matches any string written as JSON.stringify writes it, and no other way of writing it', () => {
    const r = all.find((x) => x.kind === 'article')!;
    const record = JSON.parse(r.text) as object;
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(anyUnit, fc.constantFrom('"', '\\', '\n', '\u0001', '\ud83d\ude00', '\u2028')), maxLength: 40 }), (s) => {
        const text = canonicalizer.text({ ...record, zz: s }, r.kind);
        expect(canonicalizer.isCanonicalText(text, JSON.parse(text), r.kind)).toBe(true);
        // The same string written another valid way: an uppercase or needless escape.
        const other = text.replace(/\\u([0-9a-f]{4})/, (_, h: string) => `\\u${h.toUpperCase()}`).replace(/"zz": "([^"\\])/, (_, c: string) => `"zz": "\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        if (other !== text) expect(canonicalizer.isCanonicalText(other, JSON.parse(other), r.kind)).toBe(false);
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('proves canonical a record with empty objects and arrays, and not one with a space inside them', () => {
    const r = all.find((x) => x.kind === 'article')!;
    const text = canonicalizer.text({ ...(JSON.parse(r.text) as object), zz: { a: {}, b: [], c: [{}] } }, r.kind);
    expect(canonicalizer.isCanonicalText(text, JSON.parse(text), r.kind)).toBe(true);
    for (const spaced of [text.replace('"a": {}', '"a": { }'), text.replace('"b": []', '"b": [ ]')]) {
      expect(spaced).not.toBe(text);
      expect(canonicalizer.isCanonicalText(spaced, JSON.parse(spaced), r.kind)).toBe(false);
    }
  });

  it('does not take a lone surrogate for canonical text', () => {
    const r = all.find((x) => x.text.includes('"id": "'))!;
    const edited = r.text.replace('"id": "', '"id": "\ud800');
    expect(canonicalizer.isCanonicalText(edited, JSON.parse(edited), r.kind)).toBe(false);
    expect(slow(edited, JSON.parse(edited), r.kind)).toBe(false);
  });
});
