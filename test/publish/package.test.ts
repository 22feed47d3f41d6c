// The package as users get it: the packed file list, publint and attw, a consumer project
// that installs the tarball, and a build that is reproducible byte for byte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { runScript } from '../helpers.ts';

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd = repoRoot) => spawnSync(cmd, args, { cwd, encoding: 'utf8' });
// Nothing here names an article or entity: every name comes from data/, so adding or
// removing an article changes no test or fixture.
const dataFiles = (dir: string) => fs.readdirSync(path.join(repoRoot, 'data', dir)).sort().map((f) => `data/${dir}/${f}`);
const ARTICLE = path.basename(dataFiles('articles')[0]!, '.json');
const JSON_SUBPATH = `./articles/${ARTICLE}.json`;
/** The package's own files, which do not change with the data. */
const ownFiles = path.join(repoRoot, 'test', 'fixtures', 'pack-files.json');

function packedFiles(): string[] {
  const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
}

describe('the packed package', () => {
  it("contains every record, entity and source text in data/, and otherwise exactly the package's own files", () => {
    const own = JSON.parse(fs.readFileSync(ownFiles, 'utf8')) as string[];
    const data = ['articles', 'entities', 'events', 'sources'].flatMap(dataFiles);
    expect(packedFiles()).toEqual([...own, ...data].sort());
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

  it('passes attw --pack --profile node16, a JSON subpath included', () => {
    const r = run(bin('attw'), ['--pack', '.', '--profile', 'node16', '--include-entrypoints', JSON_SUBPATH, '--format', 'json']);
    expect(r.status, r.stdout.slice(0, 2000) + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> } };
    // node10 resolution (no `exports` support) is outside the node16 profile.
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain(JSON_SUBPATH);
  });
});

describe('a consumer project that installs the tarball', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-consumer-'));
    const packed = run('npm', ['pack', '--pack-destination', dir, '--ignore-scripts', '--json']);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename;
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(dir, tarball)], dir);
    expect(installed.status, installed.stderr).toBe(0);
  }, 120_000);

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

  function typecheck(compiler: keyof typeof compilers, resolution: Resolution, source: string, label: string): string {
    const project = path.join(dir, `tc-${compiler}-${resolution}-${label}`);
    fs.mkdirSync(project, { recursive: true });
    fs.writeFileSync(path.join(project, 'index.ts'), source);
    const module = resolution === 'bundler' ? 'esnext' : resolution;
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, types: [], resolveJsonModule: true, skipLibCheck: false, noUncheckedIndexedAccess: true }, files: ['index.ts'] }));
    const tscBin = path.join(repoRoot, 'node_modules', compilers[compiler], 'bin', 'tsc');
    const r = run(process.execPath, [tscBin, '-p', project, '--pretty', 'false'], dir);
    return r.status === 0 ? '' : r.stdout + r.stderr;
  }

  /** Errors TypeScript reports on a JavaScript file, with checkJs and strict on. */
  function checkJs(file: string): string {
    const project = path.join(dir, `js-${path.basename(file)}`);
    fs.mkdirSync(project, { recursive: true });
    const copy = path.join(project, path.basename(file));
    fs.copyFileSync(file, copy);
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, allowJs: true, checkJs: true, types: [], skipLibCheck: false, typeRoots: [] }, files: [path.basename(file)] }));
    const r = run(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project, '--pretty', 'false'], dir);
    return r.status === 0 ? '' : r.stdout + r.stderr;
  }

  const resolutions = ['node16', 'nodenext', 'bundler'] as const;
  // Import attributes (the JSON subpath's `with { type: 'json' }`) need module nodenext or esnext.
  it.each((['nodenext', 'bundler'] as const).flatMap((r) => (['6', '7'] as const).map((c) => [c, r] as const)))('type-checks, with skipLibCheck off, a file using the API, its types and a JSON subpath (TypeScript %s, %s)', (compiler, resolution) => {
    expect(typecheck(compiler, resolution, consumerTs, 'ok')).toBe('');
  });

  it.each(resolutions.flatMap((r) => (['5.0', '6', '7'] as const).map((c) => [c, r] as const)))('type-checks, with skipLibCheck off, a file using the API and its types (TypeScript %s, %s)', (compiler, resolution) => {
    expect(typecheck(compiler, resolution, apiOnlyTs, 'api')).toBe('');
  });

  // Every TypeScript and JavaScript block of the README, as a user copies it.
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(ts|js)\n([\s\S]*?)```/g)].map((m, i) => ({ lang: m[1]!, code: m[2]!, n: i + 1 }));

  it('has TypeScript and JavaScript blocks in its README', () => {
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.lang === 'js').length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [b.n, b.lang, b] as const))('README block %i (%s) runs as written against the packed tarball', (n, lang, block) => {
    if (lang === 'js') {
      // A block that uses require() is CommonJS; any other is an ES module.
      const file = path.join(dir, `readme-${n}.${block.code.includes('require(') ? 'cjs' : 'mjs'}`);
      fs.writeFileSync(file, block.code);
      const r = run(process.execPath, [file], dir);
      expect(r.status, r.stderr).toBe(0);
      // A JavaScript user with checkJs and strict on sees no error either.
      expect(checkJs(file)).toBe('');
      return;
    }
    expect(typecheck('6', 'nodenext', block.code + '\nexport {};\n', `readme-${n}`)).toBe('');
    const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');
    const js = ts.transpileModule(block.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = path.join(dir, `readme-${n}.mjs`);
    fs.writeFileSync(file, js);
    const r = run(process.execPath, [file], dir);
    expect(r.status, r.stderr).toBe(0);
  });

  it.each(resolutions)('rejects a file that misuses the types (TypeScript 6, %s)', (resolution) => {
    const errors = typecheck('6', resolution, misuseTs, 'bad');
    expect(errors).toMatch(/index\.ts\(3,\d+\): error TS2540/); // read-only
    expect(errors).toMatch(/index\.ts\(4,\d+\): error TS2322/); // not an event type
    expect(errors).toMatch(/index\.ts\(5,\d+\): error TS2322/); // a speaker is not a number
    expect(errors).toMatch(/index\.ts\(6,\d+\): error TS2322/); // a record is not a number
    // Short messages: the named type, never its expansion into a mapped type.
    for (const line of errors.split('\n').filter(Boolean)) expect(line.length, line).toBeLessThan(300);
  });
});

describe('npm run build', () => {
  it('is reproducible: two builds of the same tree are byte-identical', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-build-'));
    const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')];
    for (const out of [a, b]) expect(runScript('publish/build.ts', ['--out', out]).status).toBe(0);
    const files = (d: string) => (fs.readdirSync(d, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(d, f)).isFile()).sort();
    expect(files(a)).toEqual(files(b));
    expect(files(a)).toContain(path.join('exports', 'quotes.parquet'));
    for (const f of files(a)) expect(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))), f).toBe(true);
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
