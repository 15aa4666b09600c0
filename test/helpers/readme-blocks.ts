import { readFileSync } from 'node:fs';

/**
 * The README's code blocks and what the comment before each says about testing it (README "Tests"):
 *
 * - `<!-- tested -->`: run (GraphQL executed, shell run with curl against the gateway, TS run with node);
 * - `<!-- tested: prints "a" "b" -->`: run, and its output must contain each quoted string;
 * - `<!-- tested: validate -->`: GraphQL validated against the schema only;
 * - `<!-- not tested: <reason> -->`: not runnable, for the reason given.
 */
export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  marker: Marker | null;
}

export type Marker = { kind: 'tested'; prints: string[] } | { kind: 'validate' } | { kind: 'not tested'; reason: string };

/** The languages whose blocks must say whether they are tested. */
export const CHECKED_LANGUAGES = ['graphql', 'bash', 'sh', 'shell', 'ts', 'typescript', 'js', 'javascript'];

const MARKER = /^<!--\s*(tested|not tested)(?::\s*(.*?))?\s*-->$/;

function parseMarker(line: string | undefined): Marker | null {
  const match = MARKER.exec((line ?? '').trim());
  if (!match) return null;
  const detail = (match[2] ?? '').trim();
  if (match[1] === 'not tested') return detail ? { kind: 'not tested', reason: detail } : null;
  if (detail === 'validate') return { kind: 'validate' };
  if (detail === '') return { kind: 'tested', prints: [] };
  const prints = /^prints((?:\s+"[^"]*")+)$/.exec(detail);
  return prints ? { kind: 'tested', prints: [...prints[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) } : null;
}

/** Every fenced block of `path`, with the marker on the last non-blank line before it (null when none, or malformed). */
export function readmeBlocks(path: string): ReadmeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    let previous = i - 1;
    while (previous >= 0 && lines[previous]!.trim() === '') previous -= 1;
    for (i += 1; i < lines.length && lines[i] !== '```'; i += 1);
    blocks.push({ line: start + 1, lang: open[1]!.toLowerCase(), code: lines.slice(start + 1, i).join('\n'), marker: parseMarker(lines[previous]) });
  }
  return blocks;
}
