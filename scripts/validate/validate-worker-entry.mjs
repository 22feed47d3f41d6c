// @ts-check
// The entry of a validation worker when the validator runs as TypeScript (under tsx, or in
// the tests): worker threads do not inherit tsx's module hooks on Node 20, and registering
// them again cost each worker about half a second. So the worker runs the compiled copy of
// the same scripts (run-compiled.mjs, compiled again whenever scripts/ changes), and only
// when that copy cannot be written, the TypeScript itself under tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledScripts } from '../shared/run-compiled.mjs';

let entry;
try {
  entry = pathToFileURL(path.join(await compiledScripts(), 'validate', 'validate-worker.js')).href;
} catch {
  (await import('tsx/esm/api')).register();
  entry = new URL('./validate-worker.ts', import.meta.url).href;
}
await import(entry);
