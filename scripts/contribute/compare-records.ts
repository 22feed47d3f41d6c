// Agreement between two recordings of the same text, layer by layer, the way annotation
// corpora report it (PolNeAR, ECB+): each layer's items are matched one to one by their
// span, exactly or by overlap, and a match counts only when the item's key values agree
// too. Precision, recall and F1 take the first record as the reference; F1 is symmetric.
// Every item without a match is a disagreement, listed with its place in the text.
import type { Article, Selector } from '../../types/index.d.ts';

/** One annotation of a layer: where it stands, and the values two readers must agree on. */
export interface Item {
  span: Selector;
  /** The key values, one line each ("entity huawei", "form alias"). */
  values: string[];
}

export type LayerName = 'mentions' | 'quotes' | 'events' | 'sourceIssues' | 'boilerplate' | 'segments';

/** How each layer is read from a record: its items, the span that places each, its key values. */
export const LAYERS: Record<LayerName, (r: Article) => Item[]> = {
  mentions: (r) => r.entities.flatMap((e) => e.mentions.map((m) => ({ span: m, values: [`entity ${e.entity}`, `form ${m.form}`] }))),
  quotes: (r) => r.quotes.map((q) => ({ span: q.content, values: [`speaker ${q.speaker.entity ?? '(unnamed)'}`, `kind ${q.kind}`] })),
  events: (r) =>
    r.events.map((e) => ({
      span: e.trigger,
      values: [`type ${e.type}`, `factuality ${e.factuality}`, `registry ${e.registry ? `${e.registry.event} (${e.registry.relation})` : '(none)'}`, `dates ${e.dates.map((d) => `${d.role} ${d.value}`).sort().join(', ') || '(none)'}`],
    })),
  sourceIssues: (r) => r.sourceIssues.map((s) => ({ span: s.target, values: [`kind ${s.kind}`] })),
  boilerplate: (r) => r.boilerplate.map((b) => ({ span: b.span, values: [`kind ${b.kind}`] })),
  segments: (r) => (r.segments ?? []).map((s) => ({ span: s.span, values: [`kind ${s.kind}`] })),
};

export interface Scores {
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Disagreement {
  layer: LayerName;
  span: Selector;
  /** What the first record says there, and what the second says ("(nothing)" for no item). */
  first: string;
  second: string;
}

export interface LayerAgreement {
  layer: LayerName;
  first: number;
  second: number;
  exact: Scores;
  overlap: Scores;
  /** Disagreements under overlap matching: a place one reader marked and the other did not, or marked with other values. */
  disagreements: Disagreement[];
}

const overlaps = (a: Selector, b: Selector) => a.start < b.end && b.start < a.end;
const sameSpan = (a: Selector, b: Selector) => a.start === b.start && a.end === b.end;
const overlapOf = (a: Selector, b: Selector) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

function scores(matched: number, first: number, second: number): Scores {
  const precision = second === 0 ? (first === 0 ? 1 : 0) : matched / second;
  const recall = first === 0 ? (second === 0 ? 1 : 0) : matched / first;
  return { matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Pairs the items of two readers one to one: first every item with an unpaired item of the
 * other at the same span (one with the same values before another), then, with overlap,
 * each item left with the unpaired item that overlaps it (same values first, then the
 * widest overlap). Same spans go first so that a short item ("US") never takes the partner
 * of a longer one ("US Commerce Department") that both readers marked alike. Values are not
 * needed to pair, so that a pair with other values shows as one disagreement.
 */
function pair(a: Item[], b: Item[], exact: boolean): Map<Item, Item> {
  const pairs = new Map<Item, Item>();
  const used = new Set<Item>();
  const sameValues = (x: Item, y: Item) => Number(y.values.join('\n') === x.values.join('\n'));
  const ordered = [...a].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  const take = (x: Item, fits: (y: Item) => boolean, rank: (p: Item, q: Item) => number) => {
    const y = b.filter((c) => !used.has(c) && fits(c)).sort(rank)[0];
    if (y) {
      used.add(y);
      pairs.set(x, y);
    }
  };
  for (const x of ordered) take(x, (y) => sameSpan(x.span, y.span), (p, q) => sameValues(x, q) - sameValues(x, p));
  if (!exact) for (const x of ordered) if (!pairs.has(x)) take(x, (y) => overlaps(x.span, y.span), (p, q) => sameValues(x, q) - sameValues(x, p) || overlapOf(q.span, x.span) - overlapOf(p.span, x.span));
  return pairs;
}

const describe = (i: Item) => `${i.values.join(', ')} at [${i.span.start}, ${i.span.end}) “${i.span.exact}”`;

/** Agreement of one layer between two readers' items. */
export function compareLayer(layer: LayerName, a: Item[], b: Item[]): LayerAgreement {
  const agreeing = (pairs: Map<Item, Item>) => [...pairs].filter(([x, y]) => y.values.join('\n') === x.values.join('\n')).length;
  const exactPairs = pair(a, b, true);
  const overlapPairs = pair(a, b, false);
  const disagreements: Disagreement[] = [];
  for (const x of a) {
    const y = overlapPairs.get(x);
    if (!y) disagreements.push({ layer, span: x.span, first: describe(x), second: '(nothing)' });
    else if (y.values.join('\n') !== x.values.join('\n')) disagreements.push({ layer, span: x.span, first: describe(x), second: describe(y) });
  }
  const paired = new Set(overlapPairs.values());
  for (const y of b) if (!paired.has(y)) disagreements.push({ layer, span: y.span, first: '(nothing)', second: describe(y) });
  disagreements.sort((p, q) => p.span.start - q.span.start);
  return { layer, first: a.length, second: b.length, exact: scores(agreeing(exactPairs), a.length, b.length), overlap: scores(agreeing(overlapPairs), a.length, b.length), disagreements };
}

/** Agreement of every layer between two records of the same text. */
export function compareRecords(first: Article, second: Article): LayerAgreement[] {
  return (Object.keys(LAYERS) as LayerName[]).map((layer) => compareLayer(layer, LAYERS[layer](first), LAYERS[layer](second)));
}

/** Several texts' agreement taken together (micro-averaged): the items and matches of every
 * text added up, layer by layer. */
export function pooled(results: LayerAgreement[][]): LayerAgreement[] {
  return (Object.keys(LAYERS) as LayerName[]).map((layer) => {
    const all = results.map((r) => r.find((l) => l.layer === layer)!);
    const sum = (f: (l: LayerAgreement) => number) => all.reduce((n, l) => n + f(l), 0);
    const [first, second] = [sum((l) => l.first), sum((l) => l.second)];
    return { layer, first, second, exact: scores(sum((l) => l.exact.matched), first, second), overlap: scores(sum((l) => l.overlap.matched), first, second), disagreements: all.flatMap((l) => l.disagreements) };
  });
}
