// The workbench server refuses what could harm a developer's machine or a record: a foreign
// Host (DNS rebinding) or Origin (a cross-site request), a change sent without an Origin, a
// path-traversing or malformed id, an oversized or malformed body, a file changed on disk
// since it was loaded, an edit that would add errors. Each gets a clear 4xx and writes nothing.
// A change is the record with the entity files made with it, checked and saved as one;
// unsaved work is kept as a draft; a draft record can be renamed or deleted.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWorkbench, type Workbench } from '../../scripts/contribute/workbench/server.ts';
import { validFixture } from '../helpers.ts';

let wb: Workbench;
let data: string;
let port: number;
const RECORD = '2020-01-fixture-deal';

/** Every file of the tree with its bytes, to show that nothing was written. */
const snapshot = () =>
  Object.fromEntries((fs.readdirSync(data, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(data, f)).isFile()).sort().map((f) => [f, fs.readFileSync(path.join(data, f), 'base64')]));

function request(method: string, urlPath: string, options: { host?: string; origin?: string | null; body?: string | Buffer; type?: string } = {}): Promise<{ status: number; body: { error?: string; [k: string]: unknown } }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: options.host ?? `127.0.0.1:${port}` };
    if (options.origin !== null) headers.Origin = options.origin ?? `http://127.0.0.1:${port}`;
    if (options.body !== undefined) {
      headers['Content-Type'] = options.type ?? 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(options.body));
    }
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text.startsWith('{') ? JSON.parse(text) : { text } }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

beforeAll(async () => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-server-'));
  fs.cpSync(validFixture, data, { recursive: true });
  wb = await startWorkbench(data, 0);
  port = Number(new URL(wb.url).port);
});

afterAll(async () => {
  await wb?.close();
  fs.rmSync(data, { recursive: true, force: true });
});

describe('the workbench server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((wb.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('serves the page and the records to its own page', async () => {
    const page = await request('GET', '/', { origin: null });
    expect(page.status).toBe(200);
    const rec = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    expect(rec.status).toBe(200);
    expect((rec.body.record as { id: string }).id).toBe(RECORD);
  });

  it.each([
    ['a foreign Host (DNS rebinding)', () => request('GET', '/api/articles', { host: 'attacker.example:80', origin: null }), 421, 'answers only at its own address'],
    ['a foreign Origin', () => request('POST', `/api/articles/${RECORD}/check`, { origin: 'http://attacker.example', body: '{}' }), 403, 'other sites are refused'],
    ['a change without an Origin', () => request('POST', `/api/articles/${RECORD}/check`, { origin: null, body: '{"record":{}}' }), 403, 'must come from the workbench page'],
    ['a path-traversing id', () => request('GET', '/api/articles/..%2F..%2Fpackage', {}), 400, 'is not an article id'],
    ['a malformed entity id', () => request('POST', `/api/articles/${RECORD}/check`, { body: JSON.stringify({ record: {}, entities: [{ value: { id: '../../x' }, version: null }] }) }), 400, 'needs an id of lower-case letters'],
    ['a body that is not JSON', () => request('POST', `/api/articles/${RECORD}`, { body: '{"record": ' }), 400, 'not valid JSON'],
    ['a body of another type', () => request('POST', `/api/articles/${RECORD}`, { body: 'a=b', type: 'application/x-www-form-urlencoded' }), 415, 'application/json'],
    ['an oversized body', () => request('POST', `/api/articles/${RECORD}`, { body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20) }), 413, 'a record is never that large'],
    ['an unknown action', () => request('DELETE', `/api/articles/${RECORD}`, {}), 404, 'no such page or action'],
  ])('refuses %s with a clear 4xx, and writes nothing', async (_, send, status, message) => {
    const before = snapshot();
    const r = await send();
    expect(r.status).toBe(status);
    expect(r.body.error).toContain(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a save over a file that changed on disk since it was loaded', async () => {
    const opened = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    const file = path.join(data, 'articles', `${RECORD}.json`);
    fs.appendFileSync(file, '\n');
    const before = snapshot();
    const r = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record: opened.body.record, version: opened.body.version }) });
    expect(r.status).toBe(409);
    expect(r.body.error).toContain('changed on disk since this page loaded it');
    expect(snapshot()).toEqual(before);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n\n$/, '\n'));
  });

  it('refuses an edit that adds errors or changes the text pin, and saves one that does not, in canonical form', async () => {
    const opened = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    const record = opened.body.record as { events: { summary: string }[]; source: { sha256: string } };
    const worse = structuredClone(record) as unknown as { events: { trigger: { exact: string } }[] };
    worse.events[0]!.trigger.exact = 'not the text';
    const before = snapshot();
    const refused = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record: worse, version: opened.body.version }) });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain('not saved: the change would leave 1 error(s) where the files have 0');
    const pinned = structuredClone(record);
    pinned.source.sha256 = '0'.repeat(64);
    const repinned = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record: pinned, version: opened.body.version }) });
    expect(repinned.status).toBe(400);
    expect(repinned.body.error).toContain('source texts are never edited');
    expect(snapshot()).toEqual(before);

    const better = structuredClone(record);
    better.events[0]!.summary = 'Acme Phones said on Monday it will sell Huawei handsets.';
    const saved = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record: better, version: opened.body.version }) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const text = fs.readFileSync(path.join(data, 'articles', `${RECORD}.json`), 'utf8');
    expect(text).toContain('Acme Phones said on Monday it will sell Huawei handsets.');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(fs.readdirSync(path.join(data, 'articles')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  /** A complete new entity, as the page's entity form makes it. */
  const newEntity = (id: string) => ({ id, name: 'New Co', kind: 'company', aliases: [], wikidata: null, country: 'GB', description: 'A fictional company of the server test.', roles: [], citations: [], note: 'Fictional: no Wikidata item.' });

  it('saves a new entity with the record, all or none, and checks it as validate would', async () => {
    const opened = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    const record = structuredClone(opened.body.record) as { events: { summary: string }[] };
    record.events[0]!.summary = 'Acme Phones said it will sell Huawei handsets (saved with a new entity).';
    const before = snapshot();
    const incomplete = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record, version: opened.body.version, entities: [{ value: { id: 'new-co', name: 'New Co' }, version: null }] }) });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error).toContain('not saved: the change would leave');
    const taken = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record, version: opened.body.version, entities: [{ value: { ...newEntity('huawei') }, version: null }] }) });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toContain('already exists');
    expect(snapshot()).toEqual(before);

    // The check covers the new file too, as npm run validate would.
    const checked = await request('POST', `/api/articles/${RECORD}/check`, { body: JSON.stringify({ record, entities: [{ value: { ...newEntity('new-co'), country: 'gb' }, version: null }] }) });
    expect((checked.body.problems as { file: string }[]).some((p) => p.file.endsWith('entities/new-co.json'))).toBe(true);

    const saved = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record, version: opened.body.version, entities: [{ value: newEntity('new-co'), version: null }] }) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const text = fs.readFileSync(path.join(data, 'entities', 'new-co.json'), 'utf8');
    expect(JSON.parse(text).name).toBe('New Co');
    expect(fs.readFileSync(path.join(data, 'articles', `${RECORD}.json`), 'utf8')).toContain('(saved with a new entity)');

    // An edit of an entity file that changed on disk since it was read is refused.
    const ctx = await request('GET', '/api/context', { origin: null });
    const entry = (ctx.body.entities as { value: { id: string }; version: string }[]).find((e) => e.value.id === 'new-co')!;
    fs.appendFileSync(path.join(data, 'entities', 'new-co.json'), '\n');
    const again = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    const stale = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record: again.body.record, version: again.body.version, entities: [{ value: { ...entry.value, description: 'Edited.' }, version: entry.version }] }) });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/entities\/new-co\.json changed on disk/);
  });

  it('keeps unsaved work beside the record, offers it on open, and drops it once saved', async () => {
    const opened = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    expect(opened.body.draft).toBeNull();
    const record = structuredClone(opened.body.record) as { events: { summary: string }[] };
    record.events[0]!.summary = 'A summary not saved yet.';
    const kept = await request('POST', `/api/articles/${RECORD}/draft`, { body: JSON.stringify({ record, version: opened.body.version, entities: [{ value: newEntity('draft-co'), version: null }] }) });
    expect(kept.status).toBe(200);
    const reopened = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    expect(reopened.body.draft).toMatchObject({ current: true });
    const draft = await request('GET', `/api/articles/${RECORD}/draft`, { origin: null });
    expect((draft.body.change as { record: { events: { summary: string }[] } }).record.events[0]!.summary).toBe('A summary not saved yet.');
    expect(fs.existsSync(path.join(data, 'entities', 'draft-co.json'))).toBe(false);
    const saved = await request('POST', `/api/articles/${RECORD}`, { body: JSON.stringify({ record, version: opened.body.version }) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await request('GET', `/api/articles/${RECORD}`, { origin: null })).body.draft).toBeNull();
  });

  it('renames and deletes a draft, never a checked record', async () => {
    const checked = await request('GET', `/api/articles/${RECORD}`, { origin: null });
    const refused = await request('POST', `/api/articles/${RECORD}/delete`, { body: JSON.stringify({ version: checked.body.version }) });
    expect(refused.status).toBe(409);
    expect(fs.existsSync(path.join(data, 'articles', `${RECORD}.json`))).toBe(true);

    const made = await request('POST', '/api/articles', { body: JSON.stringify({ id: '2026-01-07-a-draft', text: 'Acme Phones stops Huawei sales.\n' }) });
    expect(made.status).toBe(201);
    const badId = await request('POST', '/api/articles', { body: JSON.stringify({ id: 'a-draft-without-a-date', text: 'Text.\n' }) });
    expect(badId.status).toBe(400);
    expect(badId.body.error).toContain('does not start with the publication date');
    let draft = await request('GET', '/api/articles/2026-01-07-a-draft', { origin: null });
    const renamed = await request('POST', '/api/articles/2026-01-07-a-draft/rename', { body: JSON.stringify({ to: '2026-01-07-acme-stops-huawei-sales', version: draft.body.version }) });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(fs.existsSync(path.join(data, 'articles', '2026-01-07-a-draft.json'))).toBe(false);
    expect(fs.existsSync(path.join(data, 'sources', '2026-01-07-a-draft.txt'))).toBe(false);
    draft = await request('GET', '/api/articles/2026-01-07-acme-stops-huawei-sales', { origin: null });
    expect((draft.body.record as { id: string }).id).toBe('2026-01-07-acme-stops-huawei-sales');
    expect(draft.body.text).toBe('Acme Phones stops Huawei sales.\n');
    const deleted = await request('POST', '/api/articles/2026-01-07-acme-stops-huawei-sales/delete', { body: JSON.stringify({ version: draft.body.version }) });
    expect(deleted.status).toBe(200);
    expect(fs.readdirSync(path.join(data, 'articles')).some((f) => f.startsWith('2026-01-07'))).toBe(false);
    expect(fs.readdirSync(path.join(data, 'sources')).some((f) => f.startsWith('2026-01-07'))).toBe(false);
  });
});
