import type { SourceLoc } from '../../ir/types.js';
import { isIdentifierKey } from '../../util/identifiers.js';

/**
 * Escaping by context for emitted TypeScript: comment text, string literals and property keys.
 */

/** Makes text safe inside a `/** … *\/` block: no `*\/`, no stray control characters. */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\u200b/')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u2028\u2029]/g, ' ')
    .trimEnd();
}

/**
 * Longest text block printed into generated docs: a spec's prose (a WSDL's documentation can be
 * megabytes) is cut there, with a note, so package size and generation memory stay bounded.
 */
export const MAX_DOC_CHARS = 16_000;

/** `text`, cut at `MAX_DOC_CHARS` (on a line or word end where one is near) with a note. */
export function boundedDoc(text: string): string {
  if (text.length <= MAX_DOC_CHARS) return text;
  let end = text.lastIndexOf('\n', MAX_DOC_CHARS);
  if (end < MAX_DOC_CHARS / 2) end = text.lastIndexOf(' ', MAX_DOC_CHARS);
  if (end < MAX_DOC_CHARS / 2) end = MAX_DOC_CHARS;
  return `${text.slice(0, end).trimEnd()}\n\n[… ${text.length - end} more characters of the spec's text are not shown here.]`;
}

/** Splits a description into JSDoc lines (paragraphs kept, trailing blanks dropped, long text cut). */
export function docLines(...blocks: (string | readonly string[] | undefined)[]): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b === undefined) continue;
    const items = typeof b === 'string' ? [b] : b;
    for (const item of items) {
      const text = commentText(boundedDoc(item)).trim();
      if (!text) continue;
      if (lines.length) lines.push('');
      lines.push(...text.split('\n').map((l) => l.trimEnd()));
    }
  }
  return lines;
}

/** A JavaScript string literal (single-quoted), safe for any content. */
export function str(value: string): string {
  let out = "'";
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/**
 * A string literal written by `str` in the quotes prettier gives it: single quotes unless the
 * text holds more single than double quotes (then double quotes, fewer escapes).
 */
export function prettierString(literal: string): string {
  const inner = literal.slice(1, -1);
  const singles = (inner.match(/'/g) ?? []).length;
  const doubles = (inner.match(/"/g) ?? []).length;
  if (singles <= doubles) return literal;
  return `"${inner.replace(/\\(.)|"/gs, (m, escaped: string | undefined) => (escaped === "'" ? "'" : escaped !== undefined ? m : '\\"'))}"`;
}

/** A property key in a type or interface: bare when it is an identifier, quoted otherwise. */
export function typeKey(key: string): string {
  return isIdentifierKey(key) ? key : str(key);
}

/**
 * Members of TypeScript's `Object` interface. Every object type has them, so an optional property
 * of that name typed `string` would make `{}` unassignable (TS2322); such a property is typed
 * `T | Object[key]`, which is also what reading it gives when the message lacks it.
 */
const OBJECT_MEMBERS = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** The declared type of an interface member: `type`, widened for optional `Object` member names. */
export function memberType(key: string, type: string, optional: boolean): string {
  return optional && OBJECT_MEMBERS.has(key) ? `${type} | Object[${str(key)}]` : type;
}

/**
 * A property key in an object literal. `__proto__` must be computed (`['__proto__']`), or the
 * literal would set the prototype instead of defining a property.
 */
export function literalKey(key: string): string {
  if (key === '__proto__') return `[${str(key)}]`;
  return isIdentifierKey(key) ? key : str(key);
}

/** `specs/x/page.txt:27:7`. */
export function where(loc: SourceLoc | undefined): string | undefined {
  return loc ? `${loc.file}:${loc.line}:${loc.column}` : undefined;
}
