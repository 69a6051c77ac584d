/**
 * Text normalisation for ASMX help pages, with an offset map back to the original file.
 *
 * Help pages reach svcgen as raw HTML (`<pre>` blocks with entity-escaped XML and
 * `<font class=value>` placeholders, docs/formats/asmx.md §Raw HTML), as browser-copied text, or pasted
 * into code (comment prefixes, Markdown fences, docs/formats/asmx.md §Pasted into code). Every step keeps, for each character
 * of the cleaned text, the offset of the character it came from, so diagnostics point into the
 * ORIGINAL file.
 */
import { entityAt, PAGE_ENTITIES } from '../../util/entities.js';

/** Text plus, for every character, its offset in the original file (`map.length === text.length + 1`). */
export interface MappedText {
  readonly text: string;
  readonly map: readonly number[];
}

/** Builds a MappedText piece by piece. */
class Builder {
  private readonly parts: string[] = [];
  private readonly map: number[] = [];

  push(s: string, origin: number): void {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) this.map.push(origin);
  }

  /** Copies `src.text[from..to)` keeping its mapping. */
  copy(src: MappedText, from: number, to: number): void {
    this.parts.push(src.text.slice(from, to));
    for (let i = from; i < to; i++) this.map.push(src.map[i]);
  }

  done(end: number): MappedText {
    this.map.push(end);
    return { text: this.parts.join(''), map: this.map };
  }
}

/** Identity mapping of a string. */
export function identity(text: string): MappedText {
  const map: number[] = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/** The original offset of `offset` in a MappedText (clamped). */
export function origin(m: MappedText, offset: number): number {
  return m.map[Math.max(0, Math.min(offset, m.map.length - 1))];
}



const BLOCK_TAGS = /^(?:br|p|div|pre|h[1-6]|li|ul|ol|tr|table|title|hr|form|dt|dd|blockquote)$/i;
const SKIP_CONTENT = /^(?:style|script|head)$/i;

/** Copies the character at `i`, or the entity starting there decoded once; returns the index after it. */
function copyDecoded(src: MappedText, i: number, out: Builder): number {
  if (src.text[i] === '&') {
    const ent = entityAt(src.text, i, { named: PAGE_ENTITIES });
    if (ent) {
      out.push(ent.value, src.map[i]);
      return i + ent.length;
    }
  }
  out.copy(src, i, i + 1);
  return i + 1;
}

/**
 * HTML to text: drops tags (block tags become line breaks), comments, `<head>`/`<style>`/`<script>`
 * content; decodes entities once. `<font class=value>` placeholders become their bare word
 * (docs/formats/asmx.md §Placeholders: the word is the type), Mono `span.literal-placeholder` likewise (docs/formats/asmx.md §Mono).
 */
export function htmlToText(src: MappedText): MappedText {
  const t = src.text;
  const out = new Builder();
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (c === '<') {
      if (t.startsWith('<!--', i)) {
        const e = t.indexOf('-->', i + 4);
        i = e < 0 ? t.length : e + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>?/.exec(t.slice(i, i + 2000));
      if (!m) {
        out.copy(src, i, i + 1);
        i++;
        continue;
      }
      const name = m[1];
      const closing = m[0][1] === '/';
      if (!closing && SKIP_CONTENT.test(name)) {
        const re = new RegExp(`</${name}\\s*>`, 'ig');
        re.lastIndex = i;
        const e = re.exec(t);
        i = e ? e.index + e[0].length : t.length;
        continue;
      }
      if (BLOCK_TAGS.test(name)) out.push('\n', src.map[i]);
      i += m[0].length;
      continue;
    }
    i = copyDecoded(src, i, out);
  }
  return out.done(src.map[t.length]);
}

/** The marker search tools append to cut excerpts (docs/formats/asmx.md §Truncation). */
const TRUNCATION_MARKER = /\[excerpt truncated[^\]\n]*\]/i;

/** Cuts the text at a truncation marker; returns the text and whether a marker was found. */
export function cutAtMarker(src: MappedText): { text: MappedText; marked: boolean } {
  const m = TRUNCATION_MARKER.exec(src.text);
  if (!m) return { text: src, marked: false };
  const out = new Builder();
  out.copy(src, 0, m.index);
  return { text: out.done(src.map[m.index]), marked: true };
}

const PREFIX = /^[ \t]*(\/\/\/?|'|\*(?!\/)|#|--|;|REM\b)[ \t]?/;
const FENCE = /^[ \t]*(?:```|~~~)[^\n]*$/;
const COMMENT_EDGE = /^[ \t]*(?:\/\*+|\*+\/|<!--|-->)[ \t]*$/;
/** Consecutive lines carrying one comment marker that make a pasted block (a help page quoted in code). */
const MIN_RUN = 3;

/**
 * Removes what pasting into code adds (docs/formats/asmx.md §Pasted into code): Markdown fence lines, block
 * comment delimiters, and line-comment prefixes (`'`, `//`, `*`, `#`). Prefixes are removed per
 * block: a run of at least three lines carrying the same marker (blank lines inside allowed) is a
 * quoted block, wherever it sits in the file, so a page pasted as comments among code is read
 * like the page alone. Lines of code around it stay as they are.
 */
export function stripCodeWrapping(src: MappedText): MappedText {
  const lines = splitLines(src.text);
  const strip = prefixedRuns(src.text, lines);
  const out = new Builder();
  lines.forEach(([s, e, nl], i) => {
    const line = src.text.slice(s, e);
    if (FENCE.test(line) || COMMENT_EDGE.test(line)) {
      out.copy(src, e, nl);
      return;
    }
    let from = s;
    if (strip[i]) {
      const m = PREFIX.exec(line);
      if (m) from = s + m[0].length;
    }
    out.copy(src, from, nl);
  });
  return out.done(src.map[src.text.length]);
}

/** For each line, whether its comment prefix is removed (it belongs to a run of one marker). */
function prefixedRuns(text: string, lines: readonly [number, number, number][]): boolean[] {
  const marker = lines.map(([s, e]) => {
    const line = text.slice(s, e);
    if (line.trim() === '') return '';
    return PREFIX.exec(line)?.[1] ?? null;
  });
  const content = marker.filter((m) => m !== '');
  // A whole file pasted as comments: every prefixed line, as most lines carry a prefix.
  const whole = content.length > 0 && content.filter((m) => m !== null).length >= content.length * 0.6;
  const strip = marker.map((m) => whole && m !== null && m !== '');
  let i = 0;
  while (i < lines.length) {
    const m = marker[i];
    if (!m) {
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    let last = i;
    while (j < lines.length && (marker[j] === m || marker[j] === '')) {
      if (marker[j] === m) {
        count++;
        last = j;
      }
      j++;
    }
    if (count >= MIN_RUN) for (let k = i; k <= last; k++) strip[k] = true;
    i = last + 1;
  }
  return strip;
}

/**
 * Help pages quoted outside HTML (Markdown, code) with their samples still entity-escaped
 * (`&lt;soap:Envelope …&gt;`): every line holding escaped markup is unescaped once, as a browser
 * would, and stray `<font>` placeholder tags on those lines are dropped. Other lines, and raw XML
 * elsewhere in the document, are kept as they are.
 */
export function unescapeSamples(src: MappedText): MappedText {
  if (!ESCAPED_MARKUP.test(src.text)) return src;
  const out = new Builder();
  for (const [s, , nl] of splitLines(src.text)) {
    const line = src.text.slice(s, nl);
    if (!ESCAPED_MARKUP.test(line)) {
      out.copy(src, s, nl);
      continue;
    }
    let i = s;
    while (i < nl) {
      const c = src.text[i];
      if (c === '<') {
        const tag = /^<\/?font\b[^<>]*>/i.exec(src.text.slice(i, Math.min(nl, i + 200)));
        if (tag) {
          i += tag[0].length;
          continue;
        }
      }
      i = copyDecoded(src, i, out);
    }
  }
  return out.done(src.map[src.text.length]);
}

const ESCAPED_MARKUP = /&lt;(?:[?!/]?[A-Za-z_])/;

/** Lines as [start, end-without-newline, end-with-newline]. */
export function splitLines(text: string): [number, number, number][] {
  const res: [number, number, number][] = [];
  let s = 0;
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    res.push([s, m.index, m.index + m[0].length]);
    s = m.index + m[0].length;
  }
  if (s <= text.length) res.push([s, text.length, text.length]);
  return res;
}
