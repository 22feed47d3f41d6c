// Shared command-line plumbing: usage errors exit 2 with a one-line message, never a stack.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parse<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Runs a command's main function, turning thrown errors into messages and exit codes. */
export async function runMain(name: string, usage: string, main: () => Promise<number> | number, help?: string): Promise<void> {
  // --help (or -h) anywhere prints the usage and what the command does, and runs nothing.
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    console.log(help ? `${usage}\n\n${help}` : usage);
    return;
  }
  try {
    process.exitCode = await main();
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${name}: ${e.message}\n${usage}`);
      process.exitCode = 2;
    } else {
      console.error(`${name}: internal error: ${(e as Error).message}; please report it with the command you ran`);
      process.exitCode = 1;
    }
  }
}

/** Expands file and folder arguments into the record and text files inside a data tree. */
export function expandTargets(args: string[], dataDir: string): string[] {
  const root = path.resolve(dataDir);
  const out: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    const rel = path.relative(root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`${arg} is not inside the data tree ${dataDir}; name files under it`);
    if (!fs.existsSync(abs)) {
      out.push(abs);
      continue;
    }
    if (fs.statSync(abs).isDirectory()) {
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(p);
          else if (entry.name.endsWith('.json') || entry.name.endsWith('.txt')) out.push(p);
        }
      };
      walk(abs);
    } else out.push(abs);
  }
  return [...new Set(out)].sort();
}
