// npm run annotate -- [--port <n>] [--data <dir>] [<article id> | <article.txt> [--id <id>]]
// The annotation workbench: a local page to annotate and review an article by selecting
// text, with the validator's problems shown live. It serves the data tree on 127.0.0.1 and
// writes records the way `npm run fix` does. Starting from a .txt does what `npm run new` does.
import fs from 'node:fs';
import path from 'node:path';
import { startWorkbench } from './workbench/server.ts';
import { articleIdProblem, newArticle, idFromFileName } from './new-article.ts';
import { dataLayout, defaultDataDir } from '../shared/paths.ts';
import { parse, runMain, UsageError } from '../shared/cli.ts';

const USAGE = 'usage: npm run annotate -- [--port <n>] [--data <dir>] [<article id> | <article.txt> --id <id>]';
const HELP = `Opens the annotation workbench, a page on 127.0.0.1 where you record an article by
selecting its text, with the validator's problems shown as you work.

  <article id>           open that record of the data tree
  <article.txt> --id <id>  start a new article from its text (kept byte for byte), then open it;
                         the id is the publication date at the precision known, then a few
                         words: 2019-05-16-us-adds-huawei-to-entity-list
  --port <n>             the port to serve on (default 4178; 0 picks a free one)
  --data <dir>           another data tree with the same layout (default: data/)

CONTRIBUTING.md, "Adding an article in the workbench", walks through a whole article.`;

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { port: { type: 'string', default: '4178' }, data: { type: 'string' }, id: { type: 'string' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number (0 picks a free one)');
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  let open = '';
  const target = positionals[0];
  if (positionals.length > 1) throw new UsageError('give at most one article id or text file');
  if (values.id !== undefined && !target?.endsWith('.txt')) throw new UsageError('--id names a new article started from its text: give the .txt file too');
  if (target?.endsWith('.txt')) {
    const id = values.id ?? idFromFileName(target);
    if (!fs.existsSync(path.join(dataLayout(dataDir).articles, `${id}.json`))) {
      // The id is checked before anything is written; the file name is only a suggestion.
      const problem = articleIdProblem(id);
      if (problem) throw new UsageError(`${problem}; name the new article with --id${values.id === undefined ? ` (the text's file name gave "${id}")` : ''}`);
      newArticle(target, { dataDir, id });
    }
    open = id;
  } else if (target) open = target;
  const wb = await startWorkbench(dataDir, port).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(e.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : e.message);
  });
  console.log(`the workbench is at ${wb.url}${open ? `#/article/${open}` : ''} (127.0.0.1 only); press Ctrl+C to stop`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => void wb.close().then(resolve)));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('annotate', USAGE, main, HELP);
