// @ts-check
// node scripts/shared/run-compiled.mjs <script.ts> [args ...]
// Runs a script of scripts/ from JavaScript compiled once into .cache/scripts/, not through
// a TypeScript loader. On Node 20 a loader runs its hooks on a thread of its own and every
// module waits on it: about 0.3 s of each start, and again in each worker thread, which a
// contributor pays after every edit (`npm run validate -- --changed`, `npm run fix`). The
// validator, fix and the build run this way (package.json). The compiled copy is
// keyed by the path, size and modification time of every file under scripts/ and by the
// TypeScript version, so an edit is compiled on the next run, and never run stale.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';

// This file lives in scripts/shared/; what it compiles is the whole of scripts/, since a
// script imports the shared modules and the API beside its own folder.
const scriptsDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(scriptsDir);
const cacheDir = path.join(root, '.cache', 'scripts');

/**
 * Every file under a folder, as paths relative to it, in a stable order.
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {string[]}
 */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

function typescriptVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version;
}

/** The name of the list, in each compiled tree, of the key of every script it was compiled from. */
const KEYS = '.keys.json';

/**
 * TypeScript files become JavaScript of the same module kind; every other file is copied.
 * A file whose key (path, size, time) is that of a file of the last tree compiled is taken
 * from that tree: after an edit, only the edited files are compiled again.
 * @param {string} dir
 * @param {Map<string, string>} keys path -> key, of the files to compile
 * @param {string | undefined} previous the last tree compiled, if any
 */
async function compileInto(dir, keys, previous) {
  /** @type {Record<string, string>} */
  let reuse = {};
  try {
    if (previous) reuse = JSON.parse(fs.readFileSync(path.join(previous, KEYS), 'utf8'));
  } catch {
    // A tree without its list (or with a broken one) is compiled in full.
  }
  /** @type {typeof import('typescript') | undefined} */
  let ts;
  for (const [rel, key] of keys) {
    const from = path.join(scriptsDir, rel);
    const ext = path.extname(rel);
    const outExt = rel.endsWith('.d.ts') ? undefined : { '.ts': '.js', '.mts': '.mjs', '.cts': '.cjs' }[ext];
    const outRel = outExt ? rel.slice(0, -ext.length) + outExt : rel;
    const to = path.join(dir, outRel);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (previous && reuse[rel] === key) {
      try {
        fs.copyFileSync(path.join(previous, outRel), to);
        continue;
      } catch {
        // Gone meanwhile (an hour-old tree that another run removed): compiled below instead.
      }
    }
    if (!outExt) {
      fs.copyFileSync(from, to);
      continue;
    }
    ts ??= (await import('typescript')).default;
    const { outputText } = ts.transpileModule(fs.readFileSync(from, 'utf8'), {
      fileName: from,
      // Imports of ./x.ts become ./x.js, and of ./x.cts, ./x.cjs, as in the compiled tree.
      compilerOptions: { module: ext === '.cts' ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true, esModuleInterop: true, sourceMap: false },
    });
    fs.writeFileSync(to, `// DO NOT EDIT: compiled from scripts/${rel.split(path.sep).join('/')} by scripts/shared/run-compiled.mjs, and compiled again whenever scripts/ changes.\n${outputText}`);
  }
  fs.writeFileSync(path.join(dir, KEYS), JSON.stringify(Object.fromEntries(keys)));
}

/** The most recently compiled tree in the cache, if any. */
function lastCompiled() {
  const trees = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((n) => !n.startsWith('.')).map((n) => path.join(cacheDir, n)) : [];
  return trees.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/**
 * The folder of the compiled scripts for the files as they are now, compiling it if needed.
 * @returns {Promise<string>}
 */
export async function compiledScripts() {
  const version = typescriptVersion();
  const key = createHash('sha256').update(`typescript ${version}\n`);
  /** @type {Map<string, string>} */
  const keys = new Map();
  for (const rel of listFiles(scriptsDir)) {
    const st = fs.statSync(path.join(scriptsDir, rel));
    // The TypeScript version is part of each file's key too: a new compiler compiles all again.
    keys.set(rel, `${version}\0${st.size}\0${st.mtimeMs}`);
    key.update(`${rel}\0${st.size}\0${st.mtimeMs}\n`);
  }
  const out = path.join(cacheDir, key.digest('hex').slice(0, 20));
  if (fs.existsSync(out)) return out;
  // Compiled aside and renamed into place, so that runs started together never see half a tree.
  fs.mkdirSync(cacheDir, { recursive: true });
  const previous = lastCompiled();
  const tmp = fs.mkdtempSync(path.join(cacheDir, '.tmp-'));
  try {
    await compileInto(tmp, keys, previous);
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(out)) throw e; // another run finished the same tree first: use it
  }
  // Copies for older versions of the scripts go once no run can still be using them.
  for (const name of fs.readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, name);
    if (dir !== out && Date.now() - fs.statSync(dir).mtimeMs > 3600_000) fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [script, ...args] = process.argv.slice(2);
  if (!script || !script.endsWith('.ts')) {
    console.error('usage: node scripts/shared/run-compiled.mjs <script of scripts/>.ts [args ...]');
    process.exit(2);
  }
  const rel = path.relative(scriptsDir, path.resolve(script));
  let target;
  try {
    target = path.join(await compiledScripts(), rel.slice(0, -'.ts'.length) + '.js');
  } catch (e) {
    // No compiled copy (a read-only checkout, say): run the TypeScript itself, more slowly.
    const reason = /** @type {NodeJS.ErrnoException} */ (e).code ?? String(e);
    console.error(`note: could not write the compiled scripts to ${path.relative(process.cwd(), cacheDir) || cacheDir} (${reason}); running the TypeScript sources, which starts more slowly`);
    (await import('tsx/esm/api')).register();
    target = path.join(scriptsDir, rel);
  }
  // The script sees itself as the program run, with its own arguments.
  process.argv = [process.execPath, target, ...args];
  await import(pathToFileURL(target).href);
}
