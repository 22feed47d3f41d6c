// A synthetic corpus for the benchmark: N articles shaped exactly like the real records
// (each a copy of one of them, in turn), each with its own source text, sha256 and valid
// anchors, and the real entity registry.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Canonicalizer } from '../validate/canonical.ts';
import { dataLayout, defaultDataDir } from '../shared/paths.ts';

export interface SyntheticCorpus {
  dir: string;
  articles: number;
  /** Bytes of every record, entity and source text. */
  bytes: number;
}

export function makeSyntheticCorpus(dir: string, n: number, from = defaultDataDir): SyntheticCorpus {
  const src = dataLayout(from);
  const out = dataLayout(dir);
  for (const d of [out.articles, out.entities, out.events, out.sources]) fs.mkdirSync(d, { recursive: true });
  let bytes = 0;
  for (const [from, to] of [[src.entities, out.entities], [src.events, out.events]] as const) {
    for (const f of fs.existsSync(from) ? fs.readdirSync(from) : []) {
      fs.copyFileSync(path.join(from, f), path.join(to, f));
      bytes += fs.statSync(path.join(from, f)).size;
    }
  }
  // The real texts too: bases in the registry quote them.
  for (const f of fs.readdirSync(src.sources)) fs.copyFileSync(path.join(src.sources, f), path.join(out.sources, f));
  const templates = fs.readdirSync(src.articles).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const id = path.basename(f, '.json');
    return { record: JSON.parse(fs.readFileSync(path.join(src.articles, f), 'utf8')), text: fs.readFileSync(path.join(src.sources, `${id}.txt`)) };
  });
  const canonicalizer = new Canonicalizer();
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    const id = `bench-${String(i).padStart(6, '0')}`;
    // A suffix makes each text (and its hash) unique without moving any selector.
    const text = Buffer.concat([t.text, Buffer.from(`\nsynthetic copy ${i}\n`)]);
    const record = structuredClone(t.record);
    record.id = id;
    record.source.originalName = `${id}.txt`;
    record.source.sha256 = createHash('sha256').update(text).digest('hex');
    record.source.length = [...text.toString('utf8')].length;
    const json = canonicalizer.text(record, 'article');
    fs.writeFileSync(path.join(out.sources, `${id}.txt`), text);
    fs.writeFileSync(path.join(out.articles, `${id}.json`), json);
    bytes += text.length + Buffer.byteLength(json);
  }
  return { dir, articles: n, bytes };
}
