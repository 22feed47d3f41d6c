// Loads a data tree (records, entities, source texts) once, so that every rule works on
// the same parsed files and nothing is read or hashed twice.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { Article, Entity, RegistryEvent } from '../../types/index.d.ts';
import type { RecordKind } from './canonical.ts';
import { MAX_RECORD_BYTES, openRegularFile, parseJsonText, readJsonFile, type JsonFile } from './json-file.ts';
import { inspectValue, type UnsafeValue } from './inspect-value.ts';
import { loadValidators, type CompiledSchemas } from '../shared/schemas.ts';
import { SourceText } from '../api/text.cts';
import type { RecordIndex } from './record-index.ts';
import { dataLayout, displayPath } from '../shared/paths.ts';

export interface RecordFile<T> extends JsonFile {
  kind: RecordKind;
  /** Schema errors; empty when the file parsed and matches its schema. */
  schemaErrors: ErrorObject[];
  /** Unsafe nesting, keys or strings in the parsed value; recursive checks skip such files. */
  unsafe: UnsafeValue[];
  /** The typed record, present only when the file parsed and matches its schema. */
  record: T | undefined;
  /** Its selectors, bases and notes, found by one walk when a rule first asks (record-index.ts). */
  index?: RecordIndex;
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
  /** Registry event files to check (all of them with the entities, else none). */
  events: RecordFile<RegistryEvent>[];
  /** Every registry event file in the tree, by file name, for resolving links. */
  eventRegistry: Map<string, RecordFile<RegistryEvent>>;
  /** Source texts of the records checked, by id. */
  sources: Map<string, SourceFile>;
  /** Source text files that exist in the tree, by id. */
  sourceIds: Set<string>;
  /** Problems with the tree's layout itself (a folder that is a symbolic link). */
  layoutProblems: { display: string; message: string }[];
  /** The ids of every article file checked in this run (all of them when complete). */
  articleIds: Set<string>;
  /** The entities that the checked records use; for the unused-entity check. */
  entityUse: Set<string>;
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

function loadRecord<T>(file: string, kind: RecordKind, schemas: CompiledSchemas): RecordFile<T> {
  return checkRecord<T>(readJsonFile(file, path.basename(file, '.json')), kind, schemas);
}

/** A record file given as text (an edit not yet on disk), parsed and checked like a file read. */
export function recordFromText<T>(file: string, kind: RecordKind, text: string, schemas: CompiledSchemas): RecordFile<T> {
  const json = parseJsonText({ path: file, display: displayPath(file), name: path.basename(file, '.json'), text, value: undefined, syntaxErrors: [] });
  return checkRecord<T>(json, kind, schemas);
}

function checkRecord<T>(json: JsonFile, kind: RecordKind, schemas: CompiledSchemas): RecordFile<T> {
  // The file itself becomes the record file (a copy of every field cost more than any rule).
  const out = json as RecordFile<T>;
  out.kind = kind;
  out.schemaErrors = [];
  out.unsafe = [];
  out.record = undefined;
  if (json.syntaxErrors.length > 0) return out;
  // ajv descends only where the schema does, so it is safe on any nesting.
  const validate = schemas[kind];
  const valid = validate(json.value);
  if (!valid) out.schemaErrors = [...(validate.errors ?? [])];
  // A schema-valid value is shallow and has only known keys; its strings can hold a lone
  // surrogate or a control character only through a \u escape (or a raw DEL). So only
  // invalid files, and files with such escapes, need the full inspection.
  if (!valid || json.text.includes('\\u') || json.text.includes('\u007f')) out.unsafe = inspectValue(json.value);
  if (valid && out.unsafe.length === 0) out.record = json.value as T;
  return out;
}

export function loadSource(file: string): SourceFile {
  const out: SourceFile = { path: file, display: displayPath(file), id: path.basename(file, '.txt'), text: undefined, sha256: undefined, problem: undefined };
  const opened = openRegularFile(file, MAX_SOURCE_BYTES, 'article text');
  if ('problem' in opened) {
    out.problem = opened.problem.startsWith('the file does not exist')
      ? `${out.display} is missing; add the source text as data/sources/<id>.txt`
      : `${out.display}: ${opened.problem}`;
    return out;
  }
  const bytes = opened.bytes;
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
/** What a run will check: the registry and the layout, and the article files to load. */
export interface CorpusPlan {
  dataDir: string;
  complete: boolean;
  registry: Map<string, RecordFile<Entity>>;
  entities: RecordFile<Entity>[];
  eventRegistry: Map<string, RecordFile<RegistryEvent>>;
  events: RecordFile<RegistryEvent>[];
  articleFiles: string[];
  /** The ids of the article files, shared by every chunk of a run. */
  articleIds: Set<string>;
  sourceIds: Set<string>;
  layoutProblems: Corpus['layoutProblems'];
  sourcesSafe: boolean;
  schemas: CompiledSchemas;
}

export function planCorpus(dataDir: string, selection: Selection = { files: [] }, schemas = loadValidators()): CorpusPlan {
  const layout = dataLayout(dataDir);
  // A layout folder that is a symbolic link could lead outside the tree: never follow it.
  const layoutProblems: Corpus['layoutProblems'] = [];
  for (const dir of [layout.articles, layout.entities, layout.events, layout.sources]) {
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
  const sourceIds = new Set((safeDir(layout.sources) ? listDir(layout.sources, '.txt') : []).map((f) => path.basename(f, '.txt')));
  const eventRegistry = new Map<string, RecordFile<RegistryEvent>>();
  for (const f of safeDir(layout.events) ? listDir(layout.events, '.json') : []) eventRegistry.set(path.basename(f, '.json'), loadRecord<RegistryEvent>(f, 'event', schemas));
  // The registry events are checked with the whole tree, or when named.
  const events = complete
    ? [...eventRegistry.values()]
    : selection.files.filter((f) => path.dirname(f) === layout.events).map((f) => eventRegistry.get(path.basename(f, '.json')) ?? loadRecord<RegistryEvent>(f, 'event', schemas));

  let entities: RecordFile<Entity>[];
  if (complete) entities = [...registry.values()];
  else {
    // The named entities and those the named records use (read cheaply, by id only).
    const wanted = new Set(selection.files.filter((f) => path.dirname(f) === layout.entities).map((f) => path.basename(f, '.json')));
    for (const f of articleFiles) {
      try {
        for (const m of (JSON.parse(fs.readFileSync(f, 'utf8')) as { entities?: { entity?: unknown }[] }).entities ?? []) if (typeof m?.entity === 'string') wanted.add(m.entity);
      } catch {
        // An unreadable record is reported when it is loaded.
      }
    }
    entities = [...wanted].map((id) => registry.get(id)).filter((e): e is RecordFile<Entity> => e !== undefined);
    // A named entity file that does not exist is still checked, so that it is reported.
    for (const f of selection.files) {
      if (path.dirname(f) === layout.entities && !registry.has(path.basename(f, '.json'))) entities.push(loadRecord<Entity>(f, 'entity', schemas));
    }
  }
  const articleIds = new Set(articleFiles.map((f) => path.basename(f, '.json')));
  return { dataDir, complete, registry, entities, eventRegistry, events, articleFiles, articleIds, sourceIds, layoutProblems, sourcesSafe: safeDir(layout.sources), schemas };
}

/** The entity ids a record that fails its schema still names: in its list, as publisher, speaker, outlet or participant. */
function listedIds(value: unknown): string[] {
  const r = value as { entities?: unknown; source?: { publisher?: { entity?: unknown } }; quotes?: unknown; events?: unknown } | null;
  const arr = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []).filter((x) => typeof x === 'object' && x !== null);
  const ids: unknown[] = [
    ...arr(r?.entities).map((e) => e.entity),
    r?.source?.publisher?.entity,
    ...arr(r?.quotes).flatMap((q) => [(q.speaker as { entity?: unknown } | undefined)?.entity, q.via]),
    ...arr(r?.events).flatMap((e) => arr(e.participants).map((p) => p.entity)),
  ];
  return ids.filter((id): id is string => typeof id === 'string');
}

/** The entities a set of records refer to (participants, speakers, outlets, publishers, lists). */
export function entityUse(articles: RecordFile<Article>[], into = new Set<string>()): Set<string> {
  // A record that fails its schema still uses the entities it lists: no false "unused" warning.
  for (const f of articles) if (f.record === undefined && f.unsafe.length === 0) for (const id of listedIds(f.value)) into.add(id);
  for (const { record: r } of validRecords(articles)) {
    for (const e of r.entities) into.add(e.entity);
    if (r.source.publisher.entity) into.add(r.source.publisher.entity);
    for (const ev of r.events) for (const p of ev.participants) into.add(p.entity);
    for (const q of r.quotes) {
      if (q.speaker.entity) into.add(q.speaker.entity);
      if (q.via) into.add(q.via);
    }
  }
  return into;
}

/** Loads some of a plan's articles with their texts, as a corpus for the rules. */
export function loadArticles(plan: CorpusPlan, files: string[], options: { withEntities: boolean; complete: boolean }): Corpus {
  const layout = dataLayout(plan.dataDir);
  const articles = files.map((f) => loadRecord<Article>(f, 'article', plan.schemas));
  const sources = new Map<string, SourceFile>();
  for (const a of articles) {
    const file = path.join(layout.sources, a.name + '.txt');
    sources.set(a.name, plan.sourcesSafe ? loadSource(file) : { path: file, display: displayPath(file), id: a.name, text: undefined, sha256: undefined, problem: `${displayPath(layout.sources)} is a symbolic link and is not read` });
  }
  return {
    dataDir: plan.dataDir,
    complete: options.complete,
    articles,
    entities: options.withEntities ? plan.entities : [],
    registry: plan.registry,
    events: options.withEntities ? plan.events : [],
    eventRegistry: plan.eventRegistry,
    sources,
    sourceIds: plan.sourceIds,
    articleIds: plan.articleIds,
    entityUse: entityUse(articles),
    layoutProblems: options.withEntities ? plan.layoutProblems : [],
  };
}

/** Loads the tree, or the selected files plus what they reference, in one piece. */
export function loadCorpus(dataDir: string, selection: Selection = { files: [] }, schemas = loadValidators()): Corpus {
  const plan = planCorpus(dataDir, selection, schemas);
  return loadArticles(plan, plan.articleFiles, { withEntities: true, complete: plan.complete });
}

/** Every JSON file a run checks: records, entities and registry events. */
export function jsonFiles(corpus: Corpus): RecordFile<unknown>[] {
  return [...corpus.articles, ...corpus.entities, ...corpus.events];
}

/** Records that parsed and match their schema, for rules that need typed data. */
export function validRecords<T>(files: RecordFile<T>[]): (RecordFile<T> & { record: T })[] {
  return files.filter((f): f is RecordFile<T> & { record: T } => f.record !== undefined);
}
