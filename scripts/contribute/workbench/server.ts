// The workbench's HTTP server, built on node:http alone: it serves the page and a small JSON
// API over the data tree. Safe on a developer's machine: it listens on 127.0.0.1 only,
// answers only requests addressed to itself (Host) and sent from its own page (Origin) to
// defeat DNS rebinding and cross-site requests, bounds request bodies, and names every file
// it writes by an id that must match the id pattern.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store, StoreError } from './store.ts';
import { parseChangeSet } from './change-set.ts';

/** The largest request body read: a record is at most 2 MiB, and its JSON envelope is small. */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
/** The only files served: the page and its modules, listed once at start, never a path
 * taken from the URL. */
const STATIC: Record<string, [file: string, type: string]> = { '/': ['index.html', TYPES['.html']!] };
for (const rel of fs.readdirSync(PAGE_DIR, { recursive: true, encoding: 'utf8' })) {
  const type = TYPES[path.extname(rel)];
  if (type) STATIC[`/${rel.split(path.sep).join('/')}`] = [rel, type];
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'send the body as application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `the body is over ${MAX_BODY_BYTES / 1048576} MiB; a record is never that large`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `the body is over ${MAX_BODY_BYTES / 1048576} MiB; a record is never that large`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

export interface Workbench {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the workbench on 127.0.0.1 (port 0 picks a free one). */
export async function startWorkbench(dataDir: string, port = 0): Promise<Workbench> {
  const store = await new Store(dataDir).init();
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as { port: number }).port;
  const hosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));

  server.on('request', (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof HttpError || e instanceof StoreError) send(res, e.status, { error: e.message });
      else send(res, 500, { error: `internal error: ${(e as Error).message}; please report it` });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves here still sends its own Host.
    if (!hosts.has(String(req.headers.host ?? ''))) throw new HttpError(421, 'this server answers only at its own address (127.0.0.1 or localhost with its port)');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) throw new HttpError(403, 'requests from other sites are refused');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (req.method === 'GET' && STATIC[url.pathname]) {
      const [file, type] = STATIC[url.pathname]!;
      res.writeHead(200, { 'Content-Type': type, ...SECURITY_HEADERS });
      res.end(fs.readFileSync(path.join(PAGE_DIR, file)));
      return;
    }
    // Writes come only from the page itself: a browser always sends Origin with them.
    if (req.method === 'POST' && origin === undefined) throw new HttpError(403, 'a change must come from the workbench page');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // "/api/articles/<id>/check" -> "POST /api/articles/:id/check": the id is the third part.
    const route = `${req.method} /${parts.map((p, i) => (i === 2 ? ':id' : p)).join('/')}`;
    const id = parts[2] ?? '';
    switch (route) {
      case 'GET /api/articles':
        return send(res, 200, { articles: store.list() });
      case 'GET /api/context':
        return send(res, 200, store.context());
      case 'GET /api/articles/:id':
        return send(res, 200, store.open(id));
      case 'POST /api/articles/:id/check':
        return send(res, 200, store.checkEdit(id, parseChangeSet(await readBody(req))));
      case 'POST /api/articles/:id': {
        const body = (await readBody(req)) as { version?: unknown };
        if (typeof body.version !== 'string') throw new HttpError(400, 'say which version of the file the edit starts from ("version")');
        return send(res, 200, store.save(id, parseChangeSet(body), body.version));
      }
      case 'GET /api/articles/:id/draft':
        return send(res, 200, store.draft(id));
      case 'POST /api/articles/:id/draft': {
        const body = (await readBody(req)) as { version?: unknown };
        if (typeof body.version !== 'string') throw new HttpError(400, 'say which version of the file the work starts from ("version")');
        const change = parseChangeSet(body);
        return send(res, 200, store.keepDraft(id, { change: { record: change.record, entities: change.entities, events: change.events }, version: body.version }));
      }
      case 'POST /api/articles/:id/discard-draft':
        return send(res, 200, store.discardDraft(id));
      case 'POST /api/articles/:id/rename': {
        const body = (await readBody(req)) as { to?: unknown; version?: unknown };
        return send(res, 200, store.rename(id, String(body.to ?? ''), String(body.version ?? '')));
      }
      case 'POST /api/articles/:id/delete': {
        const body = (await readBody(req)) as { version?: unknown };
        return send(res, 200, store.remove(id, String(body.version ?? '')));
      }
      case 'POST /api/articles/:id/review': {
        const body = (await readBody(req)) as { version?: unknown; reviewer?: unknown; confirmed?: unknown; flagged?: unknown; date?: unknown; checked?: unknown };
        const flagged = Array.isArray(body.flagged) ? body.flagged.map((f) => ({ pointer: String((f as { pointer?: unknown }).pointer ?? ''), comment: String((f as { comment?: unknown }).comment ?? '') })) : [];
        const date = typeof body.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(body.date) ? body.date : new Date().toISOString().slice(0, 10);
        return send(res, 200, store.review(id, String(body.version ?? ''), { reviewer: String(body.reviewer ?? ''), confirmed: Number(body.confirmed ?? 0), flagged, date, checked: body.checked === true }));
      }
      case 'POST /api/articles': {
        const body = (await readBody(req)) as { id?: unknown; text?: unknown; language?: unknown };
        if (typeof body.text !== 'string' || body.text.trim() === '') throw new HttpError(400, 'paste the article text');
        return send(res, 201, store.start(String(body.id ?? ''), body.text, typeof body.language === 'string' ? body.language : 'en'));
      }
      default:
        throw new HttpError(404, `no such page or action: ${req.method} ${url.pathname}`);
    }
  }

  return {
    server,
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
