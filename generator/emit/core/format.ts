import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Prettier from 'prettier';
import { ts } from 'ts-morph';
import { isFinal } from './build-js.js';
import { cacheGet, cacheKey, cacheSet } from './cache.js';
import { laidOut, PRINT_WIDTH, stringWidth } from './layout.js';


/** Path → text (the shape of engine.ts's FileMap, named here so the runtime builder can use this module). */
type FileMap = Map<string, string>;

/** The version of the pinned prettier (part of every cache key). */
export const PRETTIER_VERSION = (createRequire(import.meta.url)('prettier/package.json') as { version: string }).version;

/** What a formatted file depends on besides its text: prettier's version and this module's code (options, chunking). */
const RECIPE = cacheKey(PRETTIER_VERSION, readFileSync(fileURLToPath(import.meta.url), 'utf8'));

let loaded: typeof Prettier | undefined;

/** Prettier, loaded on first use: a run whose files are all cached never loads it. */
async function prettierApi(): Promise<typeof Prettier> {
  loaded ??= await import('prettier');
  return loaded;
}

/**
 * Formats generated files with the pinned prettier (TypeScript, Markdown). Options are fixed
 * here, not read from any config file, so output does not depend on where svcgen runs.
 */
const OPTIONS: Prettier.Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf' };

// package.json is not formatted: the emitter rewrites it with JSON.stringify afterwards.
const PARSERS: Record<string, string> = { '.ts': 'typescript', '.md': 'markdown' };

/** TypeScript files above this size are formatted in pieces (see `chunks`). */
const CHUNK_BYTES = 128 * 1024;

/** Formatted text by parser and source: the runtime files are the same in every package of a run. */
const cache = new Map<string, string>();

/**
 * How a package's files get their final layout. `auto` (the default): the emitters write the
 * TypeScript and Markdown in prettier's layout themselves and only files listed as not final, or a
 * final file with a line the emitters do not lay out (see `needsPrettier`), go through prettier;
 * `all`: every TypeScript and Markdown file goes through prettier; `none`: none does.
 */
export type FormatMode = 'auto' | 'all' | 'none';

/** The mode of an emit option: `true` forces prettier over every file, `false` skips it, unset is `auto`. */
export function formatMode(format: boolean | undefined): FormatMode {
  return format === true ? 'all' : format === false ? 'none' : 'auto';
}

/**
 * Formats `files` by `mode`. `final` maps the files the emitter wrote in prettier's layout to the
 * wide lines its template writes as they are (see engine.ts `staticWideLines`); in `auto` mode
 * those files are kept as they are unless `needsPrettier`. Without `final`, every file is final.
 */
export async function formatFiles(files: FileMap, mode: FormatMode = 'all', final?: ReadonlyMap<string, ReadonlySet<string>>): Promise<FileMap> {
  if (mode === 'none') return files;
  const out: FileMap = new Map();
  for (const [path, text] of files) {
    const ext = path.slice(path.lastIndexOf('.'));
    const parser = PARSERS[ext];
    // Files written in final form (JavaScript, declarations) are kept byte for byte.
    if (!parser || isFinal(path) || (mode === 'auto' && (!final || final.has(path)) && !needsPrettier(text, parser, final?.get(path)))) {
      out.set(path, text);
      continue;
    }
    out.set(path, await formatText(text, parser));
  }
  return out;
}

/**
 * Whether a file the emitters laid out has a line they may not have laid out as prettier would:
 * a code line wider than the print width, unless it is a comment (prettier never rewraps one),
 * a lone string literal (prettier never breaks one), static text of the template or a line the
 * layout printer wrote (layout.ts `laidOut`). Markdown
 * files are only listed as final when laid out completely.
 */
export function needsPrettier(text: string, parser: string, staticLines?: ReadonlySet<string>): boolean {
  if (parser !== 'typescript') return false;
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    if (nl - at > PRINT_WIDTH) {
      const l = text.slice(at, nl);
      if (!wideLineOk(l) && !staticLines?.has(l) && !laidOut(l)) return true;
    }
    at = nl + 1;
  }
  return false;
}

/** A wide line prettier leaves as it is: a comment line, or one string literal (a union member, an argument, an item). */
function wideLineOk(line: string): boolean {
  if (stringWidth(line) <= PRINT_WIDTH) return true;
  const t = line.trim();
  if (t.startsWith('*') || t.startsWith('/*') || t.startsWith('//')) return true;
  return /^(?:\| )?'(?:[^'\\]|\\.)*'(?:,|;)?$/.test(t);
}

/** One file through prettier (memory and disk caches first). */
async function formatText(text: string, parser: string): Promise<string> {
  const key = `${parser}\u0000${text}`;
  let formatted = cache.get(key);
  if (formatted === undefined) {
    // Then the disk cache: unchanged files of an earlier run are not formatted again.
    const diskKey = cacheKey('prettier', RECIPE, parser, text);
    formatted = cacheGet('format', diskKey);
    if (formatted === undefined) {
      formatted = parser === 'typescript' && text.length > CHUNK_BYTES ? await formatInChunks(text) : await (await prettierApi()).format(text, { ...OPTIONS, parser });
      cacheSet('format', diskKey, formatted);
    }
    // Only small files are worth keeping in memory: a multi-megabyte service file never repeats.
    if (text.length <= CHUNK_BYTES) cache.set(key, formatted);
  }
  return formatted;
}

/**
 * Formats a large TypeScript file piece by piece. Prettier prints the top-level statements of a
 * file one after the other, separated by one line break, plus one empty line where the source
 * has an empty line after the statement; so cutting the file after a statement that an empty
 * line follows, formatting each piece, and joining the pieces with an empty line gives the same
 * text as formatting the whole file, with the memory of one piece at a time (prettier's document
 * of a multi-megabyte file takes gigabytes).
 */
async function formatInChunks(text: string): Promise<string> {
  const quick = lineChunks(text);
  if (quick) {
    try {
      return await formatPieces(quick);
    } catch {
      // A cut that was not between statements leaves a piece that does not parse: cut by the syntax tree.
    }
  }
  return formatPieces(chunks(text));
}

async function formatPieces(pieces: readonly string[]): Promise<string> {
  let out = '';
  for (const piece of pieces) {
    const formatted = await (await prettierApi()).format(piece, { ...OPTIONS, parser: 'typescript' });
    out = out === '' ? formatted : `${out}\n${formatted}`;
  }
  return out;
}

/**
 * The same pieces found from lines, without parsing the file: a cut follows a line that starts at
 * column 0 and is `}` or ends with `;` (how the templates end a top-level statement), when an empty
 * line follows. A line that looks so inside a comment, a template literal or a nested construct
 * leaves a piece that does not parse (an open comment, literal or bracket, or a piece starting
 * mid-statement), so prettier refuses it and `formatInChunks` cuts by the syntax tree instead.
 * Undefined when no cut is found.
 */
export function lineChunks(text: string): string[] | undefined {
  const pieces: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    const line = text.slice(at, nl).replace(/\r$/, '');
    const next = nl + 1;
    if (nl - start >= CHUNK_BYTES && /^[^\s/*]/.test(line) && (line.trimEnd() === '}' || line.trimEnd().endsWith(';')) && BLANK_LINE_AFTER.test(text.slice(at + line.length, at + line.length + 8))) {
      const end = at + line.trimEnd().length;
      pieces.push(text.slice(start, end));
      start = end;
    }
    at = next;
  }
  if (!pieces.length) return undefined;
  pieces.push(text.slice(start));
  return pieces.filter((p) => p.trim() !== '');
}

const BLANK_LINE_AFTER = /^[ \t]*\r?\n[ \t]*\r?\n/;

/** Pieces of about `CHUNK_BYTES`, each cut after a top-level statement followed by an empty line. */
export function chunks(text: string): string[] {
  const sf = ts.createSourceFile('/chunk.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const pieces: string[] = [];
  let start = 0;
  for (const stmt of sf.statements) {
    if (stmt.end - start < CHUNK_BYTES) continue;
    if (!BLANK_LINE_AFTER.test(text.slice(stmt.end, stmt.end + 8))) continue;
    pieces.push(text.slice(start, stmt.end));
    start = stmt.end;
  }
  pieces.push(text.slice(start));
  return pieces.filter((p) => p.trim() !== '');
}
