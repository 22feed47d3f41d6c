// Loads a data tree (records, entities, source texts) once, so that every rule works on
// the same parsed files and nothing is read or hashed twice.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { Article, Entity } from '../../types/index.d.ts';
import { MAX_RECORD_BYTES, readJsonFile, type JsonFile } from './json-file.ts';
import { inspectValue, type UnsafeValue } from './inspect-value.ts';
import { compileSchemas, type CompiledSchemas } from './schemas.ts';
import { SourceText } from '../api/text.cts';
import { dataLayout, displayPath } from './paths.ts';

export interface RecordFile<T> extends JsonFile {
  kind: 'article' | 'entity';
  /** Schema errors; empty when the file parsed and matches its schema. */
  schemaErrors: ErrorObject[];
  /** Unsafe nesting, keys or strings in the parsed value; recursive checks skip such files. */
  unsafe: UnsafeValue[];
  /** The typed record, present only when the file parsed and matches its schema. */
  record: T | undefined;
}

export interface SourceFile {
  path: string;
  display: string;
  id: string;
  /** Absent when the file cannot be read or is not UTF-8 (see `problem`). */
  text: SourceText | undefined;
  sha256: string | undefined;
  problem: string | undefined;
}

export interface Corpus {
  dataDir: string;
  /** True when the whole tree is checked, so corpus-wide checks (unused files) apply. */
  complete: boolean;
  articles: RecordFile<Article>[];
  /** Entity files to check: all of them, or the selected ones and those the selected records use. */
  entities: RecordFile<Entity>[];
  /** Every entity file in the tree, by file name, for resolving references. */
  registry: Map<string, RecordFile<Entity>>;
  /** Source texts of the records checked, by id. */
  sources: Map<string, SourceFile>;
  /** Source text files that exist in the tree, by id. */
  sourceIds: Set<string>;
  /** Problems with the tree's layout itself (a folder that is a symbolic link). */
  layoutProblems: { display: string; message: string }[];
}

/** The largest source text read. */
export const MAX_SOURCE_BYTES = MAX_RECORD_BYTES;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function listDir(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

function loadRecord<T>(file: string, kind: 'article' | 'entity', schemas: CompiledSchemas): RecordFile<T> {
  const json = readJsonFile(file, path.basename(file, '.json'));
  const out: RecordFile<T> = { ...json, kind, schemaErrors: [], unsafe: [], record: undefined };
  if (json.syntaxErrors.length > 0) return out;
  out.unsafe = inspectValue(json.value);
  // Too deep to hand to anything else; the unsafe-values rule reports it.
  if (out.unsafe.some((u) => u.kind === 'depth')) return out;
  const validate = kind === 'article' ? schemas.article : schemas.entity;
  if (validate(json.value)) {
    if (out.unsafe.length === 0) out.record = json.value as T;
  } else out.schemaErrors = [...(validate.errors ?? [])];
  return out;
}

export function loadSource(file: string): SourceFile {
  const out: SourceFile = { path: file, display: displayPath(file), id: path.basename(file, '.txt'), text: undefined, sha256: undefined, problem: undefined };
  let bytes: Buffer;
  try {
    const stat = fs.lstatSync(file);
    if (stat.isSymbolicLink()) {
      out.problem = `${out.display} is a symbolic link, which is never followed (it could point outside the data tree); replace it with the text itself`;
      return out;
    }
    if (!stat.isFile()) {
      out.problem = `${out.display} is not a regular file; a source text is a plain UTF-8 file`;
      return out;
    }
    if (stat.size > MAX_SOURCE_BYTES) {
      out.problem = `${out.display} is ${(stat.size / 1048576).toFixed(1)} MiB, over the ${MAX_SOURCE_BYTES / 1048576} MiB limit for one article text; check that it is one article`;
      return out;
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    out.problem = code === 'ENOENT' ? `${out.display} is missing; add the source text as data/sources/<id>.txt` : `cannot read ${out.display} (${code ?? 'unreadable'}); make it a readable file`;
    return out;
  }
  out.sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    out.text = new SourceText(utf8.decode(bytes));
  } catch {
    out.problem = `${out.display} is not valid UTF-8; restore the original bytes of the article`;
  }
  return out;
}

export interface Selection {
  /** Record, entity or source files named on the command line; empty for the whole tree. */
  files: string[];
}

/** Loads the tree, or the selected files plus what they reference. */
export function loadCorpus(dataDir: string, selection: Selection = { files: [] }, schemas = compileSchemas()): Corpus {
  const layout = dataLayout(dataDir);
  // A layout folder that is a symbolic link could lead outside the tree: never follow it.
  const layoutProblems: Corpus['layoutProblems'] = [];
  for (const dir of [layout.articles, layout.entities, layout.sources]) {
    if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
      layoutProblems.push({ display: displayPath(dir), message: 'this folder is a symbolic link, which is never followed; make it a real folder inside the data tree' });
    }
  }
  const safeDir = (dir: string) => !layoutProblems.some((p) => p.display === displayPath(dir));
  const complete = selection.files.length === 0;
  const entityFiles = safeDir(layout.entities) ? listDir(layout.entities, '.json') : [];
  const registry = new Map<string, RecordFile<Entity>>();
  for (const f of entityFiles) registry.set(path.basename(f, '.json'), loadRecord<Entity>(f, 'entity', schemas));

  const articleFiles = !safeDir(layout.articles)
    ? []
    : complete
    ? listDir(layout.articles, '.json')
    : selection.files.filter((f) => f.endsWith('.json') && path.dirname(f) === layout.articles);
  // A selected source text selects the record of the same id.
  for (const f of selection.files) {
    if (f.endsWith('.txt')) {
      const record = path.join(layout.articles, path.basename(f, '.txt') + '.json');
      if (!articleFiles.includes(record)) articleFiles.push(record);
    }
  }
  const articles = articleFiles.map((f) => loadRecord<Article>(f, 'article', schemas));

  const sourceIds = new Set((safeDir(layout.sources) ? listDir(layout.sources, '.txt') : []).map((f) => path.basename(f, '.txt')));
  const sources = new Map<string, SourceFile>();
  for (const a of articles) {
    const file = path.join(layout.sources, a.name + '.txt');
    sources.set(a.name, safeDir(layout.sources) ? loadSource(file) : { path: file, display: displayPath(file), id: a.name, text: undefined, sha256: undefined, problem: `${displayPath(layout.sources)} is a symbolic link and is not read` });
  }

  let entities: RecordFile<Entity>[];
  if (complete) entities = [...registry.values()];
  else {
    const wanted = new Set(selection.files.filter((f) => path.dirname(f) === layout.entities).map((f) => path.basename(f, '.json')));
    for (const a of articles) for (const m of a.record?.entities ?? []) wanted.add(m.entity);
    entities = [...wanted].map((id) => registry.get(id)).filter((e): e is RecordFile<Entity> => e !== undefined);
    // A named entity file that does not exist is still checked, so that it is reported.
    for (const f of selection.files) {
      if (path.dirname(f) === layout.entities && !registry.has(path.basename(f, '.json'))) entities.push(loadRecord<Entity>(f, 'entity', schemas));
    }
  }
  return { dataDir, complete, articles, entities, registry, sources, sourceIds, layoutProblems };
}

/** Records that parsed and match their schema, for rules that need typed data. */
export function validRecords<T>(files: RecordFile<T>[]): (RecordFile<T> & { record: T })[] {
  return files.filter((f): f is RecordFile<T> & { record: T } => f.record !== undefined);
}
