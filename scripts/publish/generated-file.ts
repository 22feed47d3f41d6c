// Writes a generated file, or with --check fails when the committed copy is stale: the
// same contract for every generated file (types, validators, the overview).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../shared/paths.ts';

export function writeOrCheck(file: string, content: string, command: string): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const shown = displayPath(file);
  if (values.check) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== content) {
      console.error(`${shown}:1:1: error: this generated file is stale; run \`${command}\` and commit the result [generated-up-to-date]`);
      process.exitCode = 1;
    } else console.log(`${shown} is up to date`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  console.log(`wrote ${shown}`);
}
