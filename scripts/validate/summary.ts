// The full list of problems as Markdown, for $GITHUB_STEP_SUMMARY: GitHub shows only the
// first ten annotations of a step, so the summary carries every one of them.
import type { Problem } from '../shared/problems.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const head = `### Data validation: ${errors} error(s), ${problems.length - errors} warning(s)\n\n`;
  if (problems.length === 0) return head + 'Every checked file is valid.\n';
  const rows = problems.map((p) => `| ${p.severity} | \`${p.file}:${p.line}:${p.column}\` | ${cell(p.message)} | \`${p.pointer}\` | ${p.rule} |`);
  return head + ['| | where | problem | pointer | rule |', '|---|---|---|---|---|', ...rows].join('\n') + '\n';
}
