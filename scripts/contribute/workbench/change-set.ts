// A change from the workbench is the record together with the entity and registry event
// files made or edited with it: checked as one, with the validator's rules over the record
// and every entity, registry event and text it touches (what `npm run validate` reports for
// those files), and written as one, so that the page never leaves a file behind that the
// record does not account for.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { entityUse, loadArticles, loadSource, planCorpus, recordFromText, type Corpus, type RecordFile } from '../../validate/corpus.ts';
import type { Canonicalizer, RecordKind } from '../../validate/canonical.ts';
import type { CompiledSchemas } from '../../shared/schemas.ts';
import { dataLayout } from '../../shared/paths.ts';
import type { Entity, RegistryEvent } from '../../../types/index.d.ts';

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An error the workbench answers with an HTTP status and a message a person can act on. */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** An entity or registry event file as the page holds it: its value, and the version (sha256)
 * of the file the edit starts from, or null for a file the change creates. */
export interface PendingFile {
  value: unknown;
  version: string | null;
}

export interface ChangeSet {
  record: unknown;
  entities: PendingFile[];
  events: PendingFile[];
}

/** A change set from a request body, refused with a message when it is not one. */
export function parseChangeSet(body: unknown): ChangeSet {
  const b = (body ?? {}) as { record?: unknown; entities?: unknown; events?: unknown };
  if (typeof b.record !== 'object' || b.record === null || Array.isArray(b.record)) throw new StoreError(400, 'send the record as a JSON object');
  const files = (v: unknown, what: string): PendingFile[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new StoreError(400, `send the ${what} as a list of { value, version }`);
    return v.map((f: { value?: unknown; version?: unknown }) => {
      const id = (f?.value as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string' || !ID.test(id)) throw new StoreError(400, `every one of the ${what} needs an id of lower-case letters and digits joined by hyphens`);
      if (f.version !== null && typeof f.version !== 'string') throw new StoreError(400, `say which version of ${what} "${id}" the edit starts from (null for a new one)`);
      return { value: f.value, version: f.version as string | null };
    });
  };
  return { record: b.record, entities: files(b.entities, 'entities'), events: files(b.events, 'registry events') };
}

const KINDS = [
  ['entities', 'entity'],
  ['events', 'event'],
] as const;

/** The texts of a change set in canonical form, by the file each would be written to. */
export function canonicalTexts(dataDir: string, id: string, change: ChangeSet, canonicalizer: Canonicalizer): { file: string; kind: RecordKind; text: string; version: string | null }[] {
  const layout = dataLayout(dataDir);
  const out = [{ file: path.join(layout.articles, `${id}.json`), kind: 'article' as RecordKind, text: canonicalizer.text(change.record, 'article'), version: null as string | null }];
  for (const [key, kind] of KINDS) {
    const seen = new Set<string>();
    for (const f of change[key]) {
      const fileId = (f.value as { id: string }).id;
      if (seen.has(fileId)) throw new StoreError(400, `${kind} "${fileId}" is sent twice; send each file once`);
      seen.add(fileId);
      const full = { $schema: `../../schema/${kind}.schema.json`, ...(f.value as object) };
      out.push({ file: path.join(layout[key], `${fileId}.json`), kind, text: canonicalizer.text(full, kind), version: f.version });
    }
  }
  return out;
}

/**
 * The corpus the rules check for a record given as text, with some entity and registry event
 * files replaced or added: the record, its source text, and every entity and registry event
 * it touches (those it uses or links to, and those of the change).
 */
export function corpusFor(dataDir: string, id: string, texts: { file: string; kind: RecordKind; text: string }[], schemas: CompiledSchemas): Corpus {
  const layout = dataLayout(dataDir);
  const [record, ...files] = texts;
  const plan = planCorpus(dataDir, { files: [record!.file] }, schemas);
  const pendingEntities: RecordFile<Entity>[] = [];
  const pendingEvents: RecordFile<RegistryEvent>[] = [];
  for (const f of files) {
    const name = path.basename(f.file, '.json');
    if (f.kind === 'entity') {
      const rf = recordFromText<Entity>(f.file, 'entity', f.text, schemas);
      plan.registry.set(name, rf);
      pendingEntities.push(rf);
    } else {
      const rf = recordFromText<RegistryEvent>(f.file, 'event', f.text, schemas);
      plan.eventRegistry.set(name, rf);
      pendingEvents.push(rf);
    }
  }
  const corpus = loadArticles(plan, [], { withEntities: false, complete: false });
  const article = recordFromText<never>(record!.file, 'article', record!.text, schemas);
  corpus.articles = [article];
  corpus.articleIds = new Set([id]);
  corpus.sources.set(id, loadSource(path.join(layout.sources, `${id}.txt`)));
  corpus.entityUse = entityUse(corpus.articles);
  const used = [...corpus.entityUse].map((e) => plan.registry.get(e)).filter((e): e is RecordFile<Entity> => e !== undefined);
  corpus.entities = [...new Set([...used, ...pendingEntities])];
  const linked = ((article.record as { events?: { registry?: { event?: string } }[] } | undefined)?.events ?? []).map((e) => e.registry?.event).filter((e): e is string => typeof e === 'string');
  corpus.events = [...new Set([...linked.map((e) => plan.eventRegistry.get(e)).filter((e): e is RecordFile<RegistryEvent> => e !== undefined), ...pendingEvents])];
  // A basis in an entity or registry event may point into another article's text.
  for (const f of [...corpus.entities, ...corpus.events]) {
    for (const ref of f.text.matchAll(/"article": "([a-z0-9-]+)"/g)) {
      if (!corpus.sources.has(ref[1]!)) corpus.sources.set(ref[1]!, loadSource(path.join(layout.sources, `${ref[1]}.txt`)));
    }
  }
  return corpus;
}

/** Refuses a change whose files changed on disk since the page read them, or that would
 * create a file that already exists. */
export function checkVersions(texts: { file: string; version: string | null }[], display: (file: string) => string): void {
  for (const t of texts.slice(1)) {
    const exists = fs.existsSync(t.file);
    if (t.version === null && exists) throw new StoreError(409, `${display(t.file)} already exists; pick it from the list, or give the new one another id`);
    if (t.version !== null && (!exists || hash(fs.readFileSync(t.file, 'utf8')) !== t.version)) throw new StoreError(409, `${display(t.file)} changed on disk since this page loaded it; reload the page to see the new file (your edits here are not saved)`);
  }
}
