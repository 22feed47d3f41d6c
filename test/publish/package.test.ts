// The package as users get it: the packed file list, publint and attw, a consumer project
// that installs the tarball, and a build that is reproducible byte for byte. The tarball is
// packed once and serves every check here; the type checks of a consumer (each TypeScript
// version and module resolution) run side by side, one compiler run per setting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { runAsync, runScript } from '../helpers.ts';

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd = repoRoot) => spawnSync(cmd, args, { cwd, encoding: 'utf8' });
// Nothing here names an article or entity: every name comes from data/, so adding or
// removing an article changes no test or fixture.
const dataFiles = (dir: string) => fs.readdirSync(path.join(repoRoot, 'data', dir)).sort().map((f) => `data/${dir}/${f}`);
const ARTICLE = path.basename(dataFiles('articles')[0]!, '.json');
const JSON_SUBPATH = `./articles/${ARTICLE}.json`;
/** The package's own files, which do not change with the data. */
const ownFiles = path.join(repoRoot, 'test', 'fixtures', 'pack-files.json');

// The tarball, packed once (as `npm publish` would pack it) for every check in this file.
const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-pack-'));
let tarball: string;
let packedFiles: string[];
beforeAll(() => {
  const packed = run('npm', ['pack', '--pack-destination', packDir, '--ignore-scripts', '--json']);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(packDir, info!.filename);
  packedFiles = info!.files.map((f) => f.path).sort();
}, 60_000);
afterAll(() => fs.rmSync(packDir, { recursive: true, force: true }));

describe('the packed package', () => {
  it("contains every record, entity and source text in data/, and otherwise exactly the package's own files", () => {
    const own = JSON.parse(fs.readFileSync(ownFiles, 'utf8')) as string[];
    const data = ['articles', 'entities', 'events', 'sources'].flatMap(dataFiles);
    expect(packedFiles).toEqual([...own, ...data].sort());
  });

  it('has no runtime dependencies and no install scripts', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toMatch(/^>=20/);
  });

  it('has no known vulnerabilities in what it ships (npm audit --omit=dev)', () => {
    const r = run('npm', ['audit', '--omit=dev', '--json']);
    const report = JSON.parse(r.stdout) as { metadata: { vulnerabilities: { total: number } } };
    expect(report.metadata.vulnerabilities.total).toBe(0);
    expect(r.status).toBe(0);
  }, 60_000);

  it('passes publint --strict', () => {
    const r = run(bin('publint'), ['--strict']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('All good');
  });

  it('passes attw --profile node16 on the tarball, a JSON subpath included', () => {
    const r = run(bin('attw'), [tarball, '--profile', 'node16', '--include-entrypoints', JSON_SUBPATH, '--format', 'json']);
    expect(r.status, r.stdout.slice(0, 2000) + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> } };
    // node10 resolution (no `exports` support) is outside the node16 profile.
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain(JSON_SUBPATH);
  });
});

describe('a consumer project that installs the tarball', () => {
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-consumer-'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], dir);
    expect(installed.status, installed.stderr).toBe(0);
    await typecheckAll();
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports it from Node ESM', () => {
    const r = run(process.execPath, ['--input-type=module', '-e', `import { articles, mentionsOf } from 'huawei-trade-news'; import rec from 'huawei-trade-news/articles/${ARTICLE}.json' with { type: 'json' }; console.log(articles.length === ${dataFiles('articles').length}, mentionsOf(rec.entities[0].entity).some((m) => m.article.id === rec.id), rec.id);`], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`true true ${ARTICLE}`);
  });

  it('requires it from CommonJS', () => {
    const r = run(process.execPath, ['-e', "const h = require('huawei-trade-news'); const s = require('huawei-trade-news/package.json'); console.log(h.articles.length > 0, Object.isFrozen(h.articles), s.name, typeof require.resolve('huawei-trade-news/schema/article.schema.json'));"], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('true true huawei-trade-news string');
  });

  const consumerTs = `import { articles, eventsBetween, getEntity, quotesBySpeaker, type Article, type Dataset, type EventType, type Frozen } from 'huawei-trade-news';
import json from 'huawei-trade-news/articles/${ARTICLE}.json' with { type: 'json' };
import bundle from 'huawei-trade-news/dataset.json' with { type: 'json' };
const whole: Dataset = bundle;
const first: Frozen<Article> | undefined = articles[0];
const record: Article = json;
const type: EventType | undefined = record.events[0]?.type;
const speakers: string[] = quotesBySpeaker(record.quotes[0]?.speaker.entity ?? '').map((q) => q.quote.speaker.entity ?? '');
const may: number = eventsBetween('2019-05', '2019-05', { match: 'within' }).length;
const name: string | undefined = getEntity(record.entities[0]?.entity ?? '')?.name;
// A value of the API passes to a function typed with the exported record type.
const countQuotes = (a: Article): number => a.quotes.length;
const quoted: number = articles.map(countQuotes).reduce((x, y) => x + y, 0);
export { first, type, speakers, may, name, whole, quoted };
`;
  const misuseTs = `import { articles, type EventType } from 'huawei-trade-news';
import json from 'huawei-trade-news/articles/${ARTICLE}.json' with { type: 'json' };
articles[0]!.id = 'changed';
const type: EventType = 'sales-deal-begun';
const speaker: number = json.quotes[0]!.speaker;
const whole: number = articles[0]!;
export { type, speaker, whole };
`;

  // The oldest and the newest TypeScript the package supports, and the project's own.
  const compilers = { '5.0': 'typescript-5.0', '6': 'typescript', '7': 'typescript-7' } as const;
  type Resolution = 'node16' | 'nodenext' | 'bundler';
  // TypeScript 5.0 predates import attributes (5.3): it gets the API without a JSON subpath.
  const apiOnlyTs = `import { articles, codebook, getEntity, reportsOf, type Article, type Frozen, type RegistryEvent } from 'huawei-trade-news';
const first: Frozen<Article> | undefined = articles[0];
const cameo: string | null | undefined = codebook.eventTypes['restriction-imposed']?.cameo;
const definition: string | undefined = codebook.vocabularies['eventType']?.['restriction-imposed'];
const name: string | undefined = getEntity(first?.entities[0]?.entity ?? '')?.name;
const reports: number = reportsOf('').length;
const events = (a: Article) => a.events.length;
const counted: number = first ? events(first) : 0;
export type { RegistryEvent };
export { first, name, reports, cameo, definition, counted };
`;

  /**
   * The consumer's TypeScript files, grouped by compiler and resolution: each group is one
   * project (one compiler run) holding every file checked with those settings, each file its
   * own module. Filled before beforeAll runs the groups, by the tests' own declarations.
   */
  const groups = new Map<string, { compiler: keyof typeof compilers; resolution: Resolution | 'checkJs'; files: Map<string, string> }>();
  /** The errors of each file after the runs: its own lines, and any that name no file of its project. */
  const errorsOf = new Map<string, string>();
  const key = (compiler: string, resolution: string, file: string) => `${compiler}/${resolution}/${file}`;

  /** Adds a file to check with the given compiler and resolution; `checkJs` checks a JavaScript file. */
  function addFile(compiler: keyof typeof compilers, resolution: Resolution | 'checkJs', file: string, source: string): string {
    const group = `${compiler}/${resolution}`;
    if (!groups.has(group)) groups.set(group, { compiler, resolution, files: new Map() });
    groups.get(group)!.files.set(file, source);
    return key(compiler, resolution, file);
  }

  /**
   * A consumer's strict settings with skipLibCheck off, so that the package's declaration
   * files are checked in full. TypeScript's own lib files are not (skipDefaultLibCheck):
   * they are not the package's, and checking them took two thirds of every compiler run.
   */
  function compilerOptions(resolution: Resolution | 'checkJs'): Record<string, unknown> {
    const checked = { target: 'es2022', strict: true, noEmit: true, types: [], skipLibCheck: false, skipDefaultLibCheck: true };
    if (resolution === 'checkJs') return { ...checked, module: 'nodenext', moduleResolution: 'nodenext', allowJs: true, checkJs: true, typeRoots: [] };
    const module = resolution === 'bundler' ? 'esnext' : resolution;
    return { ...checked, module, moduleResolution: resolution, resolveJsonModule: true, noUncheckedIndexedAccess: true };
  }

  /** Runs every group's compiler, at most one per core at a time, and sorts the errors by file. */
  async function typecheckAll(): Promise<void> {
    const queue = [...groups.values()];
    const worker = async () => {
      for (let g = queue.shift(); g; g = queue.shift()) {
        const project = path.join(dir, `tc-${g.compiler}-${g.resolution}`);
        fs.mkdirSync(project, { recursive: true });
        for (const [file, source] of g.files) fs.writeFileSync(path.join(project, file), source);
        fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: compilerOptions(g.resolution), files: [...g.files.keys()] }));
        const tscBin = path.join(repoRoot, 'node_modules', compilers[g.compiler], 'bin', 'tsc');
        const r = await runAsync(process.execPath, [tscBin, '-p', project, '--pretty', 'false'], { cwd: project });
        // One entry per diagnostic: its first line names the file, indented lines go on with it.
        const entries: string[] = [];
        for (const line of (r.stdout + r.stderr).split('\n').filter(Boolean)) {
          if (/^\s/.test(line) && entries.length > 0) entries[entries.length - 1] += `\n${line}`;
          else entries.push(line);
        }
        const own = (file: string) => (entry: string) => entry.startsWith(`${file}(`);
        // A diagnostic in no file of the project (a declaration file of the package, an option) fails every file in it.
        const stray = entries.filter((e) => ![...g.files.keys()].some((f) => own(f)(e)));
        if (r.status !== 0 && entries.length === 0) stray.push(`tsc stopped with status ${r.status} and no output`);
        for (const file of g.files.keys()) errorsOf.set(key(g.compiler, g.resolution, file), [...entries.filter(own(file)), ...stray].join('\n'));
      }
    };
    await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
  }

  /** The errors TypeScript reported on a file added with addFile ('' when none). */
  const errors = (k: string) => {
    if (!errorsOf.has(k)) throw new Error(`${k} was not type-checked`);
    return errorsOf.get(k)!;
  };

  const resolutions = ['node16', 'nodenext', 'bundler'] as const;
  // Import attributes (the JSON subpath's `with { type: 'json' }`) need module nodenext or esnext.
  const withJson = (['nodenext', 'bundler'] as const).flatMap((r) => (['6', '7'] as const).map((c) => [c, r, addFile(c, r, 'ok.ts', consumerTs)] as const));
  it.each(withJson)('type-checks, with skipLibCheck off, a file using the API, its types and a JSON subpath (TypeScript %s, %s)', (_c, _r, file) => {
    expect(errors(file)).toBe('');
  });

  const apiOnly = resolutions.flatMap((r) => (['5.0', '6', '7'] as const).map((c) => [c, r, addFile(c, r, 'api.ts', apiOnlyTs)] as const));
  it.each(apiOnly)('type-checks, with skipLibCheck off, a file using the API and its types (TypeScript %s, %s)', (_c, _r, file) => {
    expect(errors(file)).toBe('');
  });

  // Every TypeScript and JavaScript block of the README, as a user copies it.
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(ts|js)\n([\s\S]*?)```/g)].map((m, i) => ({ lang: m[1]!, code: m[2]!, n: i + 1 }));

  it('has TypeScript and JavaScript blocks in its README', () => {
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.lang === 'js').length).toBeGreaterThan(0);
  });

  // A JavaScript block that uses require() is CommonJS; any other is an ES module. A
  // JavaScript user with checkJs and strict on sees no error; a TypeScript block type-checks.
  const jsName = (b: (typeof blocks)[number]) => `readme-${b.n}.${b.code.includes('require(') ? 'cjs' : 'mjs'}`;
  const checked = new Map(blocks.map((b) => [b.n, b.lang === 'js' ? addFile('6', 'checkJs', jsName(b), b.code) : addFile('6', 'nodenext', `readme-${b.n}.ts`, b.code + '\nexport {};\n')]));

  it.each(blocks.map((b) => [b.n, b.lang, b] as const))('README block %i (%s) runs as written against the packed tarball', (n, lang, block) => {
    if (lang === 'js') {
      const file = path.join(dir, jsName(block));
      fs.writeFileSync(file, block.code);
      const r = run(process.execPath, [file], dir);
      expect(r.status, r.stderr).toBe(0);
      expect(errors(checked.get(n)!)).toBe('');
      return;
    }
    expect(errors(checked.get(n)!)).toBe('');
    const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');
    const js = ts.transpileModule(block.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = path.join(dir, `readme-${n}.mjs`);
    fs.writeFileSync(file, js);
    const r = run(process.execPath, [file], dir);
    expect(r.status, r.stderr).toBe(0);
  });

  const misuse = resolutions.map((r) => [r, addFile('6', r, 'bad.ts', misuseTs)] as const);
  it.each(misuse)('rejects a file that misuses the types (TypeScript 6, %s)', (_, file) => {
    const found = errors(file);
    expect(found).toMatch(/bad\.ts\(3,\d+\): error TS2540/); // read-only
    expect(found).toMatch(/bad\.ts\(4,\d+\): error TS2322/); // not an event type
    expect(found).toMatch(/bad\.ts\(5,\d+\): error TS2322/); // a speaker is not a number
    expect(found).toMatch(/bad\.ts\(6,\d+\): error TS2322/); // a record is not a number
    // Short messages: the named type, never its expansion into a mapped type.
    for (const line of found.split('\n').filter(Boolean)) expect(line.length, line).toBeLessThan(300);
  });
});

describe('npm run build', () => {
  it('is reproducible: a second build of the same tree is byte-identical to dist/', () => {
    // dist/ is the build `npm test` made first; a second build, now, must give every one of
    // its files byte for byte. (dist/ may hold more: the bench's results, the viewer.)
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-build-'));
    const again = path.join(tmp, 'dist');
    expect(runScript('publish/build.ts', ['--out', again]).status).toBe(0);
    const files = (fs.readdirSync(again, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(again, f)).isFile()).sort();
    expect(files).toContain(path.join('exports', 'quotes.parquet'));
    const dist = path.join(repoRoot, 'dist');
    for (const f of files) {
      const first = path.join(dist, f);
      expect(fs.existsSync(first) && fs.readFileSync(first).equals(fs.readFileSync(path.join(again, f))), `${f} differs from dist/${f} (if dist/ is older than the tree, run npm run build)`).toBe(true);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

  it('refuses to build from invalid data', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-build-'));
    const data = path.join(tmp, 'data');
    fs.cpSync(path.join(repoRoot, 'data'), data, { recursive: true });
    const rec = path.join(data, 'articles', `${ARTICLE}.json`);
    const value = JSON.parse(fs.readFileSync(rec, 'utf8'));
    value.entities[0].mentions[0].exact += 'X';
    fs.writeFileSync(rec, JSON.stringify(value, null, 2) + '\n');
    const r = runScript('publish/build.ts', ['--data', data, '--out', path.join(tmp, 'dist')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing was built');
    expect(r.stderr).toMatch(new RegExp(`${ARTICLE}\\.json:\\d+:\\d+: error: exact ".*X" is not the text .*\\(/entities/0/mentions/0/exact\\) \\[selector-anchoring\\]`));
    expect(fs.existsSync(path.join(tmp, 'dist'))).toBe(false);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
