import * as prettier from 'prettier';
import { ts } from 'ts-morph';
import { isFinal } from './build-js.js';
import type { FileMap } from './engine.js';

/**
 * Formats generated files with the pinned prettier (TypeScript, JSON, Markdown). Options are fixed
 * here, not read from any config file, so output does not depend on where svcgen runs.
 */
const OPTIONS: prettier.Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf' };

const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

/** TypeScript files above this size are formatted in pieces (see `chunks`). */
const CHUNK_BYTES = 128 * 1024;

/** Formatted text by parser and source: the runtime files are the same in every package of a run. */
const cache = new Map<string, string>();

export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  for (const [path, text] of files) {
    const ext = path.slice(path.lastIndexOf('.'));
    const parser = PARSERS[ext];
    // Files written in final form (JavaScript, declarations) are kept byte for byte.
    if (!parser || isFinal(path)) {
      out.set(path, text);
      continue;
    }
    const key = `${parser}\u0000${text}`;
    let formatted = cache.get(key);
    if (formatted === undefined) {
      formatted = parser === 'typescript' && text.length > CHUNK_BYTES ? await formatInChunks(text) : await prettier.format(text, { ...OPTIONS, parser });
      // Only small files are worth keeping: a multi-megabyte service file never repeats.
      if (text.length <= CHUNK_BYTES) cache.set(key, formatted);
    }
    out.set(path, formatted);
  }
  return out;
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
  let out = '';
  for (const piece of chunks(text)) {
    const formatted = await prettier.format(piece, { ...OPTIONS, parser: 'typescript' });
    out = out === '' ? formatted : `${out}\n${formatted}`;
  }
  return out;
}

const BLANK_LINE_AFTER = /^[ \t]*\r?\n[ \t]*\r?\n/;

/** Pieces of about `CHUNK_BYTES`, each cut after a top-level statement followed by an empty line. */
function chunks(text: string): string[] {
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
