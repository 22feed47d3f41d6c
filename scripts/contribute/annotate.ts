// npm run annotate -- [--port <n>] [--data <dir>] [<article id or path to a .txt>]
// The annotation workbench: a local page to annotate and review an article by selecting
// text, with the validator's problems shown live. It serves the data tree on 127.0.0.1 and
// writes records the way `npm run fix` does. Starting from a .txt does what `npm run new` does.
import fs from 'node:fs';
import path from 'node:path';
import { startWorkbench } from './workbench/server.ts';
import { newArticle, idFromFileName } from './new-article.ts';
import { dataLayout, defaultDataDir } from '../shared/paths.ts';
import { parse, runMain, UsageError } from '../shared/cli.ts';

const USAGE = 'usage: npm run annotate -- [--port <n>] [--data <dir>] [<article id or path to a .txt>]';

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { port: { type: 'string', default: '4178' }, data: { type: 'string' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number (0 picks a free one)');
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  let open = '';
  const target = positionals[0];
  if (target?.endsWith('.txt')) {
    const id = idFromFileName(target);
    if (!fs.existsSync(path.join(dataLayout(dataDir).articles, `${id}.json`))) newArticle(target, { dataDir, id });
    open = id;
  } else if (target) open = target;
  const wb = await startWorkbench(dataDir, port).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(e.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : e.message);
  });
  console.log(`the workbench is at ${wb.url}${open ? `#/article/${open}` : ''} (127.0.0.1 only); press Ctrl+C to stop`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => void wb.close().then(resolve)));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('annotate', USAGE, main);
