// "Did you mean" hints: the known names nearest to a mistyped one, by edit distance.

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Up to `n` candidates near enough to `word` to be what was meant, nearest first. */
export function nearest(word: string, candidates: Iterable<string>, n = 3): string[] {
  const limit = Math.max(2, Math.ceil(word.length * 0.4));
  return [...candidates]
    .map((c) => {
      const [w, k] = [word.toLowerCase(), c.toLowerCase()];
      // "trump" for "donald-trump": a part of the name is as good as a near miss.
      const d = editDistance(w, k);
      return { c, d: w.length >= 3 && (k.includes(w) || w.includes(k)) ? Math.min(d, limit) : d };
    })
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, n)
    .map(({ c }) => c);
}

/** The one nearest candidate, if any is near enough. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return nearest(word, candidates, 1)[0];
}
