import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { OPENING_MARKS, QUOTE_MARKS, findQuoteMarks } from '../../shared/quote-marks.ts';

function context(text: string): string {
  return text.replace(/\n/g, ' ').trim();
}

/**
 * Completeness of quotes: every double quotation mark in the text opens or closes a
 * recorded quote, or is listed as not a quote with a reason. So a missed quote is an
 * error, not an oversight.
 */
const rule: Rule = {
  name: 'quote-marks',
  description: 'Every quotation mark in the text belongs to a recorded quote or is listed in quoteMarks.ignored; quotes sit between marks.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const src = corpus.sources.get(file.name);
      if (!src?.text || src.sha256 !== file.record.source.sha256) continue;
      const text = src.text;
      const isMark = (cp: number) => QUOTE_MARKS.has(text.at(cp));
      const accounted = new Set<number>();
      const r = file.record;
      const unclosedIssues = new Set(r.sourceIssues.filter((s) => s.kind === 'unclosed-quote').map((s) => s.quote));

      r.quotes.forEach((q, i) => {
        if (q.kind === 'indirect') return;
        // A quotation may run over several paragraphs: each part opens with a mark, and only
        // the last one closes (the English convention, not an error of the article).
        const parts = [q.content, ...(q.continuation ?? [])];
        const at = (k: number) => (k === 0 ? ['quotes', i, 'content'] : ['quotes', i, 'continuation', k - 1]);
        parts.forEach(({ start, end }, k) => {
          // A mark inside the content is its own quote's mark: report that once, not also as unaccounted.
          if (isMark(start) && !isMark(start - 1)) {
            accounted.add(start);
            report({ file, path: [...at(k), 'start'], message: `the quote's content includes its opening quotation mark ${text.at(start)}; the content is the words inside the marks: move start past the mark, or run \`npm run fix\` to trim it` });
          }
          else if (isMark(start - 1)) accounted.add(start - 1);
          else report({ file, path: [...at(k), 'start'], message: `a ${q.kind} quote's content must start just after an opening quotation mark, but "${text.at(start - 1)}" stands before it; move start to just after the mark, or make the quote indirect` });
          const next = parts[k + 1];
          if (next) {
            const gap = text.slice(end, Math.max(end, next.start - 1));
            if (isMark(end)) report({ file, path: ['quotes', i, 'continuation', k], message: 'a closing quotation mark ends the part before this continuation, so the quotation does not go on here; record this part as a quote of its own, or correct the offsets' });
            else if (next.start <= end || !/^\s*\n\s*$/.test(gap)) report({ file, path: ['quotes', i, 'continuation', k], message: `a continuation must follow the part before it across a paragraph break, with only white space between that part's end and its own opening mark (found "${context(gap).slice(0, 40)}"); correct the offsets, or record a separate quote` });
            return;
          }
          if (isMark(end - 1) && !isMark(end) && end - 1 > start) {
            accounted.add(end - 1);
            report({ file, path: [...at(k), 'end'], message: `the quote's content includes its closing quotation mark ${text.at(end - 1)}; the content is the words inside the marks: move end back before the mark, or run \`npm run fix\` to trim it` });
          } else if (q.unclosed) {
            if (isMark(end)) report({ file, path: ['quotes', i, 'unclosed'], message: 'the quote is marked unclosed but a quotation mark follows it; remove "unclosed"' });
            if (!unclosedIssues.has(q.id)) report({ file, path: ['quotes', i, 'unclosed'], message: `add a source issue of kind "unclosed-quote" with "quote": "${q.id}" to record the missing mark` });
          } else if (isMark(end)) accounted.add(end);
          else report({ file, path: [...at(k), 'end'], message: `the quote's content must end just before a closing quotation mark, but "${text.at(end)}" follows it; move end to the mark, set "unclosed": true if the source never closes it, or add a "continuation" if the quotation goes on in the next paragraph` });
        });
      });

      r.quoteMarks.ignored.forEach((ig, i) => {
        const { start, end } = ig.span;
        if (!isMark(start)) report({ file, path: ['quoteMarks', 'ignored', i, 'span', 'start'], message: 'an ignored span must start with a quotation mark; move start to the mark' });
        else accounted.add(start);
        if (end - 1 === start) return;
        if (!isMark(end - 1)) report({ file, path: ['quoteMarks', 'ignored', i, 'span', 'end'], message: 'an ignored span must end with a quotation mark (included); move end to just after the mark' });
        else accounted.add(end - 1);
      });

      // A draft's unclassified pairs account for their marks, and each is one open item.
      (r.quoteMarks.unclassified ?? []).forEach((span, i) => {
        for (const cp of [span.start, span.end - 1]) if (isMark(cp)) accounted.add(cp);
        const { line, column } = text.lineColumn(span.start);
        // A lone opening mark is most often a quotation that goes on in the next paragraph.
        const lone = span.end - span.start === 1;
        const opens = lone && OPENING_MARKS.has(text.at(span.start));
        const hint = opens ? '; a lone opening mark usually begins a quotation that goes on in the next paragraph: record it as one quote with a "continuation"' : '';
        report({
          file,
          path: ['quoteMarks', 'unclassified', i],
          message: `open item: classify the quotation marks at source line ${line}, column ${column} ("${context(lone ? text.slice(Math.max(0, span.start - 20), Math.min(text.length, span.start + 40)) : span.exact).slice(0, 60)}"): record the quote they enclose in "quotes", or move the span to quoteMarks.ignored with a reason${hint}`,
        });
      });

      r.sourceIssues.forEach((s, i) => {
        if (s.kind !== 'unclosed-quote' || s.quote === undefined) return;
        const q = r.quotes.find((x) => x.id === s.quote);
        if (q && !q.unclosed) report({ file, path: ['sourceIssues', i, 'quote'], message: `quote "${s.quote}" is not marked "unclosed": true; mark it, or correct the issue` });
      });

      for (const cp of findQuoteMarks(text.text)) {
        if (accounted.has(cp)) continue;
        const { line, column } = text.lineColumn(cp);
        const around = context(text.slice(Math.max(0, cp - 25), Math.min(text.length, cp + 25)));
        report({
          file,
          path: ['quoteMarks', 'ignored'],
          message: `quotation mark ${text.at(cp)} at code point ${cp} (source line ${line}, column ${column}: "${around}") is not accounted for; record the quote it opens or closes, or list it in quoteMarks.ignored with a reason`,
        });
      }
    }
  },
};
export default rule;
