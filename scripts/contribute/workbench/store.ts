// The workbench's access to the data tree: read a record with its text and everything its
// forms need, check an edit with the validator's own rules without writing it, and save an
// edit the way `npm run fix` writes (canonical form, atomic rename), refusing a save when the
// file changed on disk since it was loaded or when the edit would add errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { entityUse, loadArticles, loadSource, planCorpus, recordFromText, validRecords, type Corpus } from '../../validate/corpus.ts';
import { Canonicalizer } from '../../validate/canonical.ts';
import { loadRules, runRules } from '../../validate/run-rules.ts';
import { loadAnnotations, loadValidators, type CompiledSchemas } from '../../shared/schemas.ts';
import { writeFileAtomic } from '../../shared/atomic-write.ts';
import { updateOverview } from '../../publish/overview.ts';
import { dataLayout } from '../../shared/paths.ts';
import { articleIdProblem, newArticle } from '../new-article.ts';
import type { Problem } from '../../shared/problems.ts';
import type { Rule } from '../../validate/rule.ts';

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

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export interface Opened {
  id: string;
  /** The record as on disk, parsed (it may be invalid: the problems say how). */
  record: unknown;
  /** The sha256 of the file as loaded: a save must name it, so that a change on disk is noticed. */
  version: string;
  text: string;
  problems: Problem[];
}

export class Store {
  readonly dataDir: string;
  private readonly layout: ReturnType<typeof dataLayout>;
  private readonly canonicalizer = new Canonicalizer();
  private readonly schemas: CompiledSchemas = loadValidators();
  private rules: Rule[] = [];

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.layout = dataLayout(dataDir);
  }

  async init(): Promise<this> {
    this.rules = await loadRules();
    return this;
  }

  private recordPath(id: string): string {
    if (!ID.test(id)) throw new StoreError(400, `"${id}" is not an article id (lower-case letters and digits joined by hyphens)`);
    return path.join(this.layout.articles, `${id}.json`);
  }

  /** Every record with its review status and its count of errors, for the start page. */
  list(): { id: string; headline: string | null; status: string | null; errors: number; warnings: number }[] {
    const plan = planCorpus(this.dataDir, { files: [] }, this.schemas);
    const corpus = loadArticles(plan, plan.articleFiles, { withEntities: true, complete: false });
    const problems = runRules(corpus, this.rules);
    return corpus.articles.map((a) => {
      const mine = problems.filter((p) => p.file === a.display);
      const r = a.value as { source?: { headline?: { exact?: string } | null }; review?: { status?: string } } | undefined;
      return { id: a.name, headline: r?.source?.headline?.exact ?? null, status: r?.review?.status ?? null, errors: mine.filter((p) => p.severity === 'error').length, warnings: mine.filter((p) => p.severity === 'warning').length };
    });
  }

  /** The corpus for checking one record, with the record given as text (an unsaved edit). */
  private corpusWith(id: string, text: string): Corpus {
    const file = this.recordPath(id);
    const plan = planCorpus(this.dataDir, { files: [file] }, this.schemas);
    const corpus = loadArticles(plan, [], { withEntities: false, complete: false });
    const article = recordFromText<never>(file, 'article', text, this.schemas);
    corpus.articles = [article];
    corpus.articleIds = new Set([id]);
    corpus.sources.set(id, loadSource(path.join(this.layout.sources, `${id}.txt`)));
    corpus.entityUse = entityUse(corpus.articles);
    return corpus;
  }

  /** What `npm run validate` reports for this record if it read as `text`. */
  check(id: string, text: string): Problem[] {
    return runRules(this.corpusWith(id, text), this.rules);
  }

  /**
   * An unsaved edit in canonical form, with what the validator reports for it: the page
   * adopts this record, so its indices are those of the problems' pointers and of the file.
   */
  checkEdit(id: string, record: unknown): { record: unknown; problems: Problem[] } {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new StoreError(400, 'send the record as a JSON object');
    const text = this.canonicalizer.text(record, 'article');
    return { record: JSON.parse(text) as unknown, problems: this.check(id, text) };
  }

  open(id: string): Opened {
    const file = this.recordPath(id);
    if (!fs.existsSync(file)) throw new StoreError(404, `there is no record "${id}"; start it from its text`);
    const disk = fs.readFileSync(file, 'utf8');
    const src = loadSource(path.join(this.layout.sources, `${id}.txt`));
    if (!src.text) throw new StoreError(409, src.problem ?? `the text of "${id}" cannot be read`);
    let record: unknown;
    try {
      record = JSON.parse(disk);
    } catch {
      throw new StoreError(409, `${id}.json is not valid JSON; npm run validate says where, fix it first`);
    }
    return { id, record, version: hash(disk), text: src.text.text, problems: this.check(id, disk) };
  }

  /**
   * Saves an edited record: refused when the file changed since `version` was loaded, when
   * the record's id or text pin was altered, or when the edit has more errors than the file.
   */
  save(id: string, record: unknown, version: string): { version: string; problems: Problem[] } {
    const file = this.recordPath(id);
    const disk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (hash(disk) !== version) throw new StoreError(409, `data/articles/${id}.json changed on disk since this page loaded it; reload the page to see the new file (your edits here are not saved)`);
    const r = record as { id?: unknown; source?: { sha256?: unknown; length?: unknown } };
    if (typeof record !== 'object' || record === null || Array.isArray(record) || r.id !== id) throw new StoreError(400, `the record's id must be "${id}"`);
    const before = JSON.parse(disk) as { source?: { sha256?: unknown; length?: unknown } };
    if (r.source?.sha256 !== before.source?.sha256 || r.source?.length !== before.source?.length) throw new StoreError(400, 'the text pin (source.sha256, source.length) cannot change: source texts are never edited');
    const text = this.canonicalizer.text(record, 'article');
    const problems = this.check(id, text);
    const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error').length;
    const was = errors(this.check(id, disk));
    if (errors(problems) > was) {
      const added = problems.filter((p) => p.severity === 'error').slice(0, 3).map((p) => `${p.pointer}: ${p.message}`).join(' | ');
      throw new StoreError(422, `not saved: the edit would leave ${errors(problems)} error(s) where the file has ${was}; correct them first (${added})`);
    }
    writeFileAtomic(file, text);
    updateOverview(this.dataDir);
    return { version: hash(text), problems };
  }

  /** Everything the forms offer: the registry, the vocabularies and the registry events. */
  context(): { entities: { id: string; name: string; aliases: string[]; kind: string }[]; events: { id: string; type: string; summary: string }[]; vocabularies: Record<string, Record<string, string>>; eventTypes: Record<string, { plover: string | null; cameo: string | null }> } {
    const plan = planCorpus(this.dataDir, { files: [] }, this.schemas);
    const entities = validRecords([...plan.registry.values()]).map(({ record: e }) => ({ id: e.id, name: e.name, aliases: e.aliases, kind: e.kind }));
    const events = validRecords([...plan.eventRegistry.values()]).map(({ record: e }) => ({ id: e.id, type: e.type, summary: e.summary }));
    const a = loadAnnotations();
    return { entities, events, vocabularies: a.vocabularies, eventTypes: a.eventTypes };
  }

  /** Creates an entity file with every required field, refused when the id is taken or the entity invalid. */
  createEntity(entity: unknown): { id: string } {
    const e = entity as { id?: unknown };
    if (typeof e?.id !== 'string' || !ID.test(e.id)) throw new StoreError(400, 'an entity id is lower-case letters and digits joined by hyphens');
    const file = path.join(this.layout.entities, `${e.id}.json`);
    if (fs.existsSync(file)) throw new StoreError(409, `entity "${e.id}" already exists; pick it from the list`);
    const full = { $schema: '../../schema/entity.schema.json', citations: [], ...e };
    if (!this.schemas.entity(full)) {
      const first = this.schemas.entity.errors?.[0];
      throw new StoreError(422, `the entity is not complete: ${first?.instancePath || '/'} ${first?.message ?? ''}; fill in every field (a null Wikidata id needs a note)`);
    }
    fs.mkdirSync(this.layout.entities, { recursive: true });
    writeFileAtomic(file, this.canonicalizer.text(full, 'entity'));
    return { id: e.id };
  }

  /** Starts an article from its text, as `npm run new` does. */
  start(id: string, text: string, language = 'en'): { id: string } {
    const problem = articleIdProblem(id);
    if (problem) throw new StoreError(400, `${problem}; choose another id`);
    if (fs.existsSync(this.recordPath(id))) throw new StoreError(409, `record "${id}" already exists; open it instead`);
    // The text passes through a private temporary folder, never through the repository.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-annotate-'));
    try {
      const source = path.join(tmp, `${id}.txt`);
      fs.writeFileSync(source, text);
      newArticle(source, { id, language, dataDir: this.dataDir });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    return { id };
  }

  /** Writes a review pass to review.history: who read it, what was confirmed and flagged. */
  review(id: string, version: string, pass: { reviewer: string; confirmed: number; flagged: { pointer: string; comment: string }[]; date: string; checked?: boolean }): { version: string; problems: Problem[] } {
    const opened = this.open(id);
    if (opened.version !== version) throw new StoreError(409, `data/articles/${id}.json changed on disk since this page loaded it; reload the page and review again`);
    if (!pass.reviewer.trim()) throw new StoreError(400, 'say who reviewed the record');
    const record = structuredClone(opened.record) as { review: { status: string; history: { date: string; change: string }[] } };
    // "Checked" is a claim: only a pass with nothing flagged, over a record with no error.
    if (pass.checked) {
      if (pass.flagged.length > 0 || opened.problems.some((p) => p.severity === 'error')) throw new StoreError(422, 'a record is marked checked only when it has no error and the pass flagged nothing');
      record.review.status = 'checked';
    }
    const flagged = pass.flagged.map((f) => `${f.pointer} (${f.comment || 'no comment'})`).join('; ');
    record.review.history.push({
      date: pass.date,
      change: `Review pass in the workbench by ${pass.reviewer.trim()}: ${pass.confirmed} annotation(s) confirmed, ${pass.flagged.length} flagged${flagged ? `: ${flagged}` : ''}${pass.checked ? '; marked checked' : ''}.`,
    });
    return this.save(id, record, version);
  }
}
