import { decodeEntities, PAGE_ENTITIES } from '../../util/entities.js';
import { cleanLines, type Line, type PageText } from './lines.js';

/**
 * Raw HTML help pages (docs/formats/webapi.md §Recognition) reduced to the same lines a browser
 * copy gives: headings and paragraphs become lines, each `<tr>` of a `help-page-table` becomes one
 * `| cell | cell | … |` line with empty cells kept (so columns never shift), `<pre>` samples keep
 * their own line breaks. Tolerant of unclosed tags and truncation.
 */

const BLOCK = new Set(
  'h1 h2 h3 h4 h5 h6 p div section header footer li ul ol br table thead tbody tfoot hr pre dt dd dl article nav main form body html'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'title', 'head', 'noscript']);



/** Decodes the HTML entities help pages use (named basics and numeric references). */
export function decodeHtmlEntities(s: string): string {
  return decodeEntities(s, { named: PAGE_ENTITIES, anyCase: true });
}

interface State {
  lines: Line[];
  buf: string;
  bufOffset: number;
  pre: { text: string; offset: number } | null;
  row: string[] | null;
  cell: string | null;
  skip: string | null;
}

/** Converts an HTML help page into cleaned lines. */
export function htmlToPage(html: string): PageText {
  const st: State = { lines: [], buf: '', bufOffset: 0, pre: null, row: null, cell: null, skip: null };
  const re = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?|[^<]+|</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    const tok = m[0];
    if (tok.startsWith('<!--')) continue;
    if (m[2] !== undefined) tag(st, m[2].toLowerCase(), m[1] === '/', m.index);
    else if (!st.skip) text(st, tok, m.index);
  }
  flushPre(st);
  endRow(st, html.length);
  flush(st);
  return cleanLines(st.lines);
}

function tag(st: State, name: string, closing: boolean, offset: number): void {
  if (st.skip) {
    if (closing && name === st.skip) st.skip = null;
    return;
  }
  if (SKIP.has(name) && !closing) {
    st.skip = name;
    return;
  }
  if (name === 'pre') {
    if (!closing) {
      flush(st);
      st.pre = { text: '', offset };
    } else flushPre(st);
    return;
  }
  if (st.pre) {
    if (name === 'br') st.pre.text += '\n';
    return;
  }
  if (name === 'tr') {
    endRow(st, offset);
    if (!closing) {
      flush(st);
      st.row = [];
      st.bufOffset = offset;
    }
    return;
  }
  if (name === 'td' || name === 'th') {
    if (!st.row) {
      flush(st);
      st.row = [];
      st.bufOffset = offset;
    }
    if (st.cell !== null) st.row.push(st.cell.replace(/\s+/g, ' ').trim());
    st.cell = closing ? null : '';
    return;
  }
  if (name === 'table' && closing) endRow(st, offset);
  if (st.row) {
    if (st.cell !== null && BLOCK.has(name)) st.cell += ' ';
    return;
  }
  if (BLOCK.has(name)) flush(st);
}

function text(st: State, raw: string, offset: number): void {
  const t = decodeHtmlEntities(raw);
  if (st.pre) {
    st.pre.text += t;
    return;
  }
  if (st.row) {
    if (st.cell === null) st.cell = '';
    st.cell += t;
    return;
  }
  if (!st.buf.trim()) st.bufOffset = offset + (raw.length - raw.trimStart().length);
  st.buf += t;
}

function flush(st: State): void {
  const t = st.buf.replace(/\s+/g, ' ').trim();
  if (t) st.lines.push({ text: t, offset: st.bufOffset });
  st.buf = '';
}

function endRow(st: State, _offset: number): void {
  if (!st.row) return;
  if (st.cell !== null) st.row.push(st.cell.replace(/\s+/g, ' ').trim());
  if (st.row.length) st.lines.push({ text: `| ${st.row.join(' | ')} |`, offset: st.bufOffset });
  st.row = null;
  st.cell = null;
}

function flushPre(st: State): void {
  if (!st.pre) return;
  const { text: body, offset } = st.pre;
  st.pre = null;
  let pos = 0;
  for (const part of body.split('\n')) {
    const t = part.trim();
    if (t) st.lines.push({ text: t, offset: offset + pos, pre: true });
    pos += part.length + 1;
  }
}
