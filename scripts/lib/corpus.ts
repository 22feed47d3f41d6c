// Loads a data tree (records, entities, source texts) once, so that every rule works on
// the same parsed files and nothing is read or hashed twice.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { Article, Entity } from '../../types/index.d.ts';
import { readJsonFile, type JsonFile } from './json-file.ts';
import { compileSchemas, type CompiledSchemas } from './schemas.ts';
import { SourceText } from '../api/text.cts';
import { dataLayout, displayPath } from './paths.ts';

export interface RecordFile<T> extends JsonFile {
  kind: 'article' | 'entity';
  /** Schema errors; empty when the file parsed and matches its schema. */
  schemaErrors: ErrorObject[];
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
}

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
  const out: RecordFile<T> = { ...json, kind, schemaErrors: [], record: undefined };
  if (json.syntaxErrors.length > 0) return out;
  const validate = kind === 'article' ? schemas.article : schemas.entity;
  if (validate(json.value)) out.record = json.value as T;
  else out.schemaErrors = [...(validate.errors ?? [])];
  return out;
}

export function loadSource(file: string): SourceFile {
  const out: SourceFile = { path: file, display: displayPath(file), id: path.basename(file, '.txt'), text: undefined, sha256: undefined, problem: undefined };
  let bytes: Buffer;
  try {
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
  const complete = selection.files.length === 0;
  const entityFiles = listDir(layout.entities, '.json');
  const registry = new Map<string, RecordFile<Entity>>();
  for (const f of entityFiles) registry.set(path.basename(f, '.json'), loadRecord<Entity>(f, 'entity', schemas));

  const articleFiles = complete
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

  const sourceIds = new Set(listDir(layout.sources, '.txt').map((f) => path.basename(f, '.txt')));
  const sources = new Map<string, SourceFile>();
  for (const a of articles) sources.set(a.name, loadSource(path.join(layout.sources, a.name + '.txt')));

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
  return { dataDir, complete, articles, entities, registry, sources, sourceIds };
}

/** Records that parsed and match their schema, for rules that need typed data. */
export function validRecords<T>(files: RecordFile<T>[]): (RecordFile<T> & { record: T })[] {
  return files.filter((f): f is RecordFile<T> & { record: T } => f.record !== undefined);
}
