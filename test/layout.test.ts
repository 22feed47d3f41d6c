// The layout shows the architecture (ARCHITECTURE.md): scripts/ has one folder per
// capability, in layers; imports point only down the layers; shared/ holds only what two or
// more capabilities use; tests sit in folders named after the capabilities; and no
// function of the workbench page is longer than about a screen. Imports are read by the
// TypeScript compiler's own pre-processor, not by a pattern of ours.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared/paths.ts';

/** Each capability folder of scripts/ and its layer: a folder imports only from its own
 * folder and from lower layers. */
const LAYERS: Record<string, number> = { api: 1, generated: 1, shared: 2, validate: 3, publish: 4, contribute: 5, bench: 6 };
const CODE = /\.(ts|cts|mts|js|cjs|mjs)$/;
const MAX_FUNCTION_LINES = 80;

type Graph = Map<string, string[]>;

function listCode(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => CODE.test(f) && !f.endsWith('.d.ts')).map((f) => path.join(dir, f));
}

/** A relative import resolved to a file: the name itself, or the TypeScript source of a .js/.cjs name. */
function resolveImport(from: string, spec: string, exists: (f: string) => boolean): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [base, base.replace(/\.js$/, '.ts'), base.replace(/\.cjs$/, '.cts'), base.replace(/\.mjs$/, '.mts')]) if (exists(f)) return f;
  return null;
}

/** Every file under scripts/ (as a path relative to the repository) and the files of scripts/ it imports. */
function importGraph(root: string): Graph {
  const scripts = path.join(root, 'scripts');
  const files = listCode(scripts);
  const known = new Set(files);
  const graph: Graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.')).map((s) => resolveImport(file, s, (f) => known.has(f))).filter((f): f is string => f !== null && f.startsWith(scripts + path.sep));
    graph.set(path.relative(root, file).split(path.sep).join('/'), targets.map((t) => path.relative(root, t).split(path.sep).join('/')));
  }
  // An npm script that runs a script of scripts/ through another ("node <runner> <script>")
  // uses the runner as an import would.
  const commands = Object.values((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  for (const command of commands) {
    const [runner, script] = command.split(' ').filter((w) => w.startsWith('scripts/'));
    if (runner && script && graph.has(script) && graph.has(runner)) graph.get(script)!.push(runner);
  }
  return graph;
}

/** The capability of a file of scripts/: its first folder there, or null for a file outside any. */
const capabilityOf = (file: string): string | null => {
  const [top, folder, ...rest] = file.split('/');
  return top === 'scripts' && folder && rest.length > 0 && folder in LAYERS ? folder : null;
};

/** What breaks the layering in an import graph, one sentence each. */
export function layoutProblems(graph: Graph): string[] {
  const problems: string[] = [];
  const users = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    const from = capabilityOf(file);
    if (from === null) {
      problems.push(`${file} is in no capability folder of scripts/ (${Object.keys(LAYERS).join(', ')})`);
      continue;
    }
    for (const target of imports) {
      const to = capabilityOf(target);
      if (to === null || to === from) continue;
      if (LAYERS[to]! >= LAYERS[from]!) problems.push(`${file} imports ${target}: ${from} may import only from its own folder and lower layers`);
      if (!users.has(target)) users.set(target, new Set());
      users.get(target)!.add(from);
    }
  }
  for (const file of graph.keys()) {
    if (capabilityOf(file) !== 'shared') continue;
    const by = [...(users.get(file) ?? [])];
    if (by.length < 2) problems.push(`${file} is in shared/ but used by ${by.length === 0 ? 'no capability' : `${by[0]} alone`}: move it into ${by[0] ?? 'the folder that uses it'}`);
  }
  return problems;
}

/** Functions longer than the limit in a file of code, as "file:line name (n lines)". */
export function longFunctions(file: string, text: string, limit = MAX_FUNCTION_LINES): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
      const lines = src.getLineAndCharacterOfPosition(node.end).line - first + 1;
      if (lines > limit) out.push(`${file}:${first + 1} ${(node as ts.FunctionDeclaration).name?.getText(src) ?? '(anonymous)'} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('the layout of scripts/', () => {
  const graph = importGraph(repoRoot);

  it('keeps every file in a capability folder, imports only down the layers, and shares only what two capabilities use', () => {
    expect(graph.size).toBeGreaterThan(0);
    expect(layoutProblems(graph)).toEqual([]);
  });

  it('finds a file outside the folders, an import up the layers, and a shared module one capability alone uses', () => {
    const bad: Graph = new Map([
      ['scripts/loose.ts', []],
      ['scripts/validate/corpus.ts', ['scripts/contribute/fix.ts', 'scripts/shared/paths.ts']],
      ['scripts/shared/paths.ts', ['scripts/publish/build.ts']],
      ['scripts/shared/cli.ts', []],
      ['scripts/contribute/fix.ts', ['scripts/validate/corpus.ts', 'scripts/shared/paths.ts']],
      ['scripts/publish/build.ts', ['scripts/validate/corpus.ts']],
    ]);
    expect(layoutProblems(bad)).toEqual([
      'scripts/loose.ts is in no capability folder of scripts/ (api, generated, shared, validate, publish, contribute, bench)',
      'scripts/validate/corpus.ts imports scripts/contribute/fix.ts: validate may import only from its own folder and lower layers',
      'scripts/shared/paths.ts imports scripts/publish/build.ts: shared may import only from its own folder and lower layers',
      'scripts/shared/cli.ts is in shared/ but used by no capability: move it into the folder that uses it',
    ]);
    // Used by one capability alone, however many of its files import it.
    const lonely: Graph = new Map([
      ['scripts/shared/walk.ts', []],
      ['scripts/validate/a.ts', ['scripts/shared/walk.ts']],
      ['scripts/validate/b.ts', ['scripts/shared/walk.ts']],
    ]);
    expect(layoutProblems(lonely)).toEqual(['scripts/shared/walk.ts is in shared/ but used by validate alone: move it into validate']);
  });

  it('reads imports of every form the code uses: static, type-only, dynamic and require', () => {
    const { importedFiles } = ts.preProcessFile("import a from './a.ts';\nimport type { B } from './b.ts';\nconst c = await import('./c.js');\nconst d = require('./d.cjs');\nexport * from './e.ts';\n", true, true);
    expect(importedFiles.map((i) => i.fileName)).toEqual(['./a.ts', './b.ts', './c.js', './d.cjs', './e.ts']);
  });
});

describe('the tests', () => {
  it('sit in folders named after the capabilities they test', () => {
    const folders = fs.readdirSync(path.join(repoRoot, 'test'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'fixtures').map((d) => d.name);
    expect(folders.length).toBeGreaterThan(0);
    for (const f of folders) expect(Object.keys(LAYERS), `test/${f}/ names no capability of scripts/`).toContain(f);
  });
});

describe('the workbench page', () => {
  const page = path.join(repoRoot, 'scripts', 'contribute', 'workbench', 'page');

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const files = listCode(page);
    expect(files.length).toBeGreaterThan(1);
    expect(files.flatMap((f) => longFunctions(path.relative(repoRoot, f), fs.readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('finds a function over the limit', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const x${i} = ${i};`).join('\n');
    expect(longFunctions('long.js', `function short() {\n  return 1;\n}\nfunction long() {\n${body}\n}\n`)).toEqual([`long.js:4 long (${MAX_FUNCTION_LINES + 2} lines)`]);
  });
});
