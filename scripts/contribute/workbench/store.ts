// The workbench's access to the data tree: read a record with its text and everything its
// forms need, check an edit with the validator's own rules without writing it, and save an
// edit (the record with the entity and registry event files made or edited with it) the way
// `npm run fix` writes (canonical form, atomic rename), refusing a save when a file changed
// on disk since it was loaded or when the edit would add errors. Unsaved work is kept as a
// draft beside the records, so that a closed tab loses nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticles, loadSource, planCorpus, validRecords, type RecordFile } from '../../validate/corpus.ts';
import { Canonicalizer } from '../../validate/canonical.ts';
import { loadRules, runRules } from '../../validate/run-rules.ts';
import { loadAnnotations, loadValidators, type CompiledSchemas } from '../../shared/schemas.ts';
import { writeFileAtomic } from '../../shared/atomic-write.ts';
import { updateOverview } from '../../publish/overview.ts';
import { dataLayout, displayPath } from '../../shared/paths.ts';
import { articleIdProblem, newArticle } from '../new-article.ts';
import type { Problem } from '../../shared/problems.ts';
import type { Rule } from '../../validate/rule.ts';
import { canonicalTexts, checkVersions, corpusFor, hash, ID, StoreError, type ChangeSet } from './change-set.ts';
import { Drafts, type Draft } from './drafts.ts';

export { ID, StoreError } from './change-set.ts';

const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error').length;

export interface Opened {
  id: string;
  /** The record as on disk, parsed (it may be invalid: the problems say how). */
  record: unknown;
  /** The sha256 of the file as loaded: a save must name it, so that a change on disk is noticed. */
  version: string;
  text: string;
  problems: Problem[];
  /** Unsaved work kept from an earlier visit, if any: when it was kept, and whether it starts
   * from the file as it is now (only then can it be restored). */
  draft: { savedAt: string; current: boolean } | null;
}

export class Store {
  readonly dataDir: string;
  private readonly layout: ReturnType<typeof dataLayout>;
  private readonly canonicalizer = new Canonicalizer();
  private readonly schemas: CompiledSchemas = loadValidators();
  private rules: Rule[] = [];
  readonly drafts: Drafts;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    this.layout = dataLayout(dataDir);
    this.drafts = new Drafts(dataDir);
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

  /** What `npm run validate` reports for this record if it read as `text`, and for the
   * entity and registry event files it touches. */
  check(id: string, text: string): Problem[] {
    return runRules(corpusFor(this.dataDir, id, [{ file: this.recordPath(id), kind: 'article', text }], this.schemas), this.rules);
  }

  /**
   * An unsaved change in canonical form, with what the validator reports for the record and
   * every file it touches: the page adopts these values, so its indices are those of the
   * problems' pointers and of the files.
   */
  checkEdit(id: string, change: ChangeSet): { record: unknown; entities: unknown[]; events: unknown[]; problems: Problem[] } {
    const texts = canonicalTexts(this.dataDir, id, change, this.canonicalizer);
    const problems = runRules(corpusFor(this.dataDir, id, texts, this.schemas), this.rules);
    const values = texts.map((t) => JSON.parse(t.text) as unknown);
    return { record: values[0], entities: values.filter((_, i) => texts[i]!.kind === 'entity'), events: values.filter((_, i) => texts[i]!.kind === 'event'), problems };
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
    const version = hash(disk);
    const draft = this.drafts.read(id);
    return { id, record, version, text: src.text.text, problems: this.check(id, disk), draft: draft && { savedAt: draft.savedAt, current: draft.version === version } };
  }

  /**
   * Saves a change: the record with the entity and registry event files made or edited with
   * it, all or none. Refused when a file changed since the page loaded it, when the record's
   * id or text pin was altered, or when the change has more errors than the files on disk.
   */
  save(id: string, change: ChangeSet, version: string): { version: string; versions: Record<string, string>; regenerated: string[]; problems: Problem[] } {
    const file = this.recordPath(id);
    const disk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (hash(disk) !== version) throw new StoreError(409, `data/articles/${id}.json changed on disk since this page loaded it; reload the page to see the new file (your edits here are not saved)`);
    const r = change.record as { id?: unknown; source?: { sha256?: unknown; length?: unknown } };
    if (r.id !== id) throw new StoreError(400, `the record's id must be "${id}"`);
    const before = JSON.parse(disk) as { source?: { sha256?: unknown; length?: unknown } };
    if (r.source?.sha256 !== before.source?.sha256 || r.source?.length !== before.source?.length) throw new StoreError(400, 'the text pin (source.sha256, source.length) cannot change: source texts are never edited');
    const texts = canonicalTexts(this.dataDir, id, change, this.canonicalizer);
    checkVersions(texts, displayPath);
    const problems = runRules(corpusFor(this.dataDir, id, texts, this.schemas), this.rules);
    // The files as they are on disk now, for the same set of files: a save never adds errors.
    const onDisk = texts.map((t, i) => (i === 0 ? { ...t, text: disk } : fs.existsSync(t.file) ? { ...t, text: fs.readFileSync(t.file, 'utf8') } : null)).filter((t) => t !== null);
    const was = errors(runRules(corpusFor(this.dataDir, id, onDisk, this.schemas), this.rules));
    if (errors(problems) > was) {
      const added = problems.filter((p) => p.severity === 'error').slice(0, 3).map((p) => `${p.file} ${p.pointer}: ${p.message}`).join(' | ');
      throw new StoreError(422, `not saved: the change would leave ${errors(problems)} error(s) where the files have ${was}; correct them first (${added})`);
    }
    // The registry files first: a record is never on disk before the entities it names.
    fs.mkdirSync(this.layout.entities, { recursive: true });
    fs.mkdirSync(this.layout.events, { recursive: true });
    const versions: Record<string, string> = {};
    for (const t of [...texts.slice(1), texts[0]!]) {
      writeFileAtomic(t.file, t.text);
      versions[displayPath(t.file)] = hash(t.text);
    }
    this.drafts.remove(id);
    // The overviews follow the data, as after `npm run fix`: the page says which it rewrote.
    const regenerated = updateOverview(this.dataDir).map(displayPath);
    return { version: hash(texts[0]!.text), versions, regenerated, problems };
  }

  /** Keeps unsaved work beside the records, to be offered back when the record is opened again. */
  keepDraft(id: string, draft: Omit<Draft, 'savedAt'>): { savedAt: string } {
    this.recordPath(id);
    return this.drafts.write(id, draft);
  }

  /** The unsaved work kept for a record. */
  draft(id: string): Draft {
    this.recordPath(id);
    const d = this.drafts.read(id);
    if (!d) throw new StoreError(404, `no unsaved work is kept for "${id}"`);
    return d;
  }

  discardDraft(id: string): { discarded: boolean } {
    this.recordPath(id);
    return { discarded: this.drafts.remove(id) };
  }

  /** A draft record that is not yet checked, by its file; refused for a checked one. */
  private openDraftRecord(id: string, version: string): { file: string; disk: string; record: { id: string; review: { status: string } } } {
    const file = this.recordPath(id);
    if (!fs.existsSync(file)) throw new StoreError(404, `there is no record "${id}"`);
    const disk = fs.readFileSync(file, 'utf8');
    if (hash(disk) !== version) throw new StoreError(409, `data/articles/${id}.json changed on disk since this page loaded it; reload the page first`);
    const record = JSON.parse(disk) as { id: string; review: { status: string } };
    if (record.review?.status !== 'draft') throw new StoreError(409, `"${id}" is ${record.review?.status ?? 'not a draft'}: only a draft is renamed or deleted here; a released id is renamed in data/released-ids.json (CONTRIBUTING.md)`);
    const named = this.filesNaming(id);
    if (named.length) throw new StoreError(409, `${named.join(', ')} point${named.length === 1 ? 's' : ''} into the text of "${id}"; change ${named.length === 1 ? 'it' : 'them'} first`);
    return { file, disk, record };
  }

  /** Entity and registry event files whose basis points into an article's text. */
  private filesNaming(id: string): string[] {
    const out: string[] = [];
    for (const dir of [this.layout.entities, this.layout.events]) {
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) if (fs.readFileSync(path.join(dir, f), 'utf8').includes(`"article": "${id}"`)) out.push(displayPath(path.join(dir, f)));
    }
    return out;
  }

  /** Renames a draft: its record, its text and its kept unsaved work. */
  rename(id: string, to: string, version: string): { id: string; version: string } {
    const { file, record } = this.openDraftRecord(id, version);
    const problem = articleIdProblem(to);
    if (problem) throw new StoreError(400, `${problem}; choose another id`);
    const target = this.recordPath(to);
    const source = path.join(this.layout.sources, `${to}.txt`);
    if (fs.existsSync(target) || fs.existsSync(source)) throw new StoreError(409, `"${to}" is taken; choose another id`);
    record.id = to;
    const text = this.canonicalizer.text(record, 'article');
    fs.renameSync(path.join(this.layout.sources, `${id}.txt`), source);
    writeFileAtomic(target, text);
    fs.rmSync(file);
    this.drafts.rename(id, to);
    updateOverview(this.dataDir);
    return { id: to, version: hash(text) };
  }

  /** Deletes a draft: its record, its text and its kept unsaved work. */
  remove(id: string, version: string): { deleted: string } {
    const { file } = this.openDraftRecord(id, version);
    fs.rmSync(path.join(this.layout.sources, `${id}.txt`), { force: true });
    fs.rmSync(file);
    this.drafts.remove(id);
    updateOverview(this.dataDir);
    return { deleted: id };
  }

  /** Everything the forms offer: the entities and registry events (whole, with the version of
   * each file, so that the page can edit them), the vocabularies and the event types. */
  context(): { entities: { value: unknown; version: string }[]; events: { value: unknown; version: string }[]; vocabularies: Record<string, Record<string, string>>; eventTypes: Record<string, { plover: string | null; cameo: string | null }> } {
    const plan = planCorpus(this.dataDir, { files: [] }, this.schemas);
    const whole = <T>(files: Iterable<RecordFile<T>>) => validRecords([...files]).map((f) => ({ value: f.record as unknown, version: hash(f.text) }));
    const a = loadAnnotations();
    return { entities: whole(plan.registry.values()), events: whole(plan.eventRegistry.values()), vocabularies: a.vocabularies, eventTypes: a.eventTypes };
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
    const record = structuredClone(opened.record) as { review: { status: string; history: { date: string; change: string; by?: string }[] } };
    const reviewer = pass.reviewer.trim().replace(/\s+/g, ' ');
    // "Checked" is a claim: only a pass with nothing flagged, over a record with no error, by
    // a second reader, who is none of the record's authors.
    if (pass.checked) {
      if (pass.flagged.length > 0 || opened.problems.some((p) => p.severity === 'error')) throw new StoreError(422, 'a record is marked checked only when it has no error and the pass flagged nothing');
      const same = (a: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === reviewer.toLowerCase();
      const own = record.review.history.find((h) => h.by !== undefined && same(h.by));
      if (own) throw new StoreError(422, `${reviewer} is among the authors of this record (${own.date}: ${own.change}); a record is marked checked only by a second reader who did not write it`);
      record.review.status = 'checked';
    }
    const flagged = pass.flagged.map((f) => `${f.pointer} (${f.comment || 'no comment'})`).join('; ');
    record.review.history.push({
      date: pass.date,
      change: `Review pass in the workbench: ${pass.confirmed} annotation(s) confirmed, ${pass.flagged.length} item(s) flagged${flagged ? `: ${flagged}` : ''}${pass.checked ? '; marked checked' : ''}.`,
      by: reviewer,
    });
    return this.save(id, { record, entities: [], events: [] }, version);
  }
}
