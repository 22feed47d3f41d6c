// npm run bench:annotate -- [--runs <n>] [--json <file>]
// Measures the workbench on the largest record of the corpus, in a temporary copy of data/:
// opening the article (the record, its text and the validator's problems), checking one
// change with live validation, and saving one change (check, canonical write, overview).
// The target is under 100 ms each. Figures, not a timed test: the test only runs it once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startWorkbench } from '../contribute/workbench/server.ts';
import { dataLayout, defaultDataDir } from '../shared/paths.ts';
import { parse, runMain, UsageError } from '../shared/cli.ts';

const USAGE = 'usage: npm run bench:annotate -- [--runs <n>] [--json <file>]';
const TARGET_MS = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<number> {
  const { values } = parse({ options: { runs: { type: 'string', default: '15' }, json: { type: 'string' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs takes a whole number of at least 1');
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-bench-annotate-'));
  fs.cpSync(defaultDataDir, data, { recursive: true });
  const articles = dataLayout(data).articles;
  const largest = fs.readdirSync(articles).sort((a, b) => fs.statSync(path.join(articles, b)).size - fs.statSync(path.join(articles, a)).size)[0]!;
  const id = path.basename(largest, '.json');
  const wb = await startWorkbench(data, 0);
  const origin = wb.url.replace(/\/$/, '');
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(origin + url, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json', Origin: origin }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(String(json.error));
    return json;
  };
  const rows: { step: string; ms: number }[] = [];
  try {
    const time = async (step: string, fn: (i: number) => Promise<unknown>) => {
      await fn(-1); // warm-up, not counted
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await fn(i);
        ms.push(performance.now() - t);
      }
      rows.push({ step, ms: median(ms) });
    };
    let opened = await call('GET', `/api/articles/${id}`);
    const edit = (i: number) => {
      const record = structuredClone(opened.record) as { review: { history: { date: string; change: string }[] } };
      const last = record.review.history.at(-1)!;
      last.change = i % 2 ? `${last.change} (benchmark edit)` : last.change;
      return record;
    };
    await time('open the article (record, text, problems)', () => call('GET', `/api/articles/${id}`));
    await time('check one change (live validation)', (i) => call('POST', `/api/articles/${id}/check`, { record: edit(i) }));
    await time('save one change (check, canonical write)', async (i) => {
      const saved = await call('POST', `/api/articles/${id}`, { record: edit(i), version: opened.version });
      opened = { ...opened, version: saved.version, record: edit(i) };
    });
  } finally {
    await wb.close();
    fs.rmSync(data, { recursive: true, force: true });
  }
  console.log(`workbench on ${id} (${(fs.statSync(path.join(defaultDataDir, 'articles', largest)).size / 1024).toFixed(0)} KB, the largest record); median of ${runs} run(s); Node ${process.version}`);
  console.log('| step | median | target |');
  console.log('|---|---:|---|');
  for (const r of rows) console.log(`| ${r.step} | ${r.ms.toFixed(1)} ms | ${r.ms < TARGET_MS ? 'met' : 'not met'} (< ${TARGET_MS} ms) |`);
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ record: id, runs, rows, targetMs: TARGET_MS }, null, 2) + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('bench:annotate', USAGE, main);
