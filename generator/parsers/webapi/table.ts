import type { Line } from './lines.js';
import { isTypeText, parseAnnotations, type Annotations } from './vocab.js';

/**
 * Help-page tables in every flattened form (docs/formats/webapi.md §Flattened tables):
 * Markdown-ish pipes with or without leading pipes (cells may end one per line and an empty
 * Description cell disappears, shifting the columns), glued headers with one cell per line, and
 * the `| a | b | c | d |` rows the HTML reader produces. Rows are recovered from the cell stream
 * by what each cell is: the annotation cell closes a row, the cell before it is the type
 * (docs/formats/webapi.md §Additional information).
 */

/** A cell with the offset of its first character. */
export interface Cell {
  readonly text: string;
  readonly offset: number;
}

/** One row of a Parameters table (docs/formats/webapi.md §API pages). */
export interface ParamRow {
  readonly name: string;
  readonly description?: string;
  readonly typeText: string;
  readonly annotations: Annotations | null;
  readonly offset: number;
}

/** `Name | Description | Type | Additional information` header, possibly glued to a type text. */
const PARAM_HEADER =
  /^(.*?)\|?\s*Name\s*\|?\s*Description\s*\|?\s*Type\s*\|?\s*Additional\s*information\s*\|?$/i;
const ENUM_HEADER = /^\|?\s*Name\s*\|?\s*Value\s*\|?\s*Description\s*\|?$/i;
const INDEX_HEADER = /^\|?\s*API\s*\|?\s*Description\s*\|?$/i;
const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** If the line is a Parameters-table header, returns the text glued in front of it (maybe ''). */
export function paramHeaderPrefix(text: string): string | null {
  const m = PARAM_HEADER.exec(text);
  return m ? m[1].replace(/\|\s*$/, '').trim() : null;
}

export const isEnumHeader = (t: string): boolean => ENUM_HEADER.test(t);
export const isIndexHeader = (t: string): boolean => INDEX_HEADER.test(t);

/** Splits one line at pipes that stand between whitespace or line edges (a pattern's `{|}` survives). */
export function splitPipes(line: Line): Cell[] {
  const t = line.text;
  const cells: Cell[] = [];
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    const isPipe =
      i < t.length && t[i] === '|' && (i === 0 || /\s/.test(t[i - 1])) && (i === t.length - 1 || /\s/.test(t[i + 1]));
    if (i === t.length || isPipe) {
      const seg = t.slice(start, i);
      const lead = seg.length - seg.trimStart().length;
      cells.push({ text: seg.trim(), offset: line.offset + start + lead });
      start = i + 1;
    }
  }
  return cells;
}

const hasPipes = (lines: readonly Line[]): boolean => lines.some((l) => splitPipes(l).length > 1);

/** Lines that are full `| a | b | … |` rows of `width` cells (the HTML reader's output). */
function positionalRows(lines: readonly Line[], width: number): Cell[][] | null {
  const rows: Cell[][] = [];
  for (const l of lines) {
    if (SEPARATOR.test(l.text)) continue;
    if (!l.text.startsWith('|') || !l.text.endsWith('|')) return null;
    const cells = splitPipes(l).slice(1, -1);
    if (cells.length !== width) return null;
    rows.push(cells);
  }
  return rows.length ? rows : null;
}

/** All non-empty cells of the table body in reading order. */
export function cellStream(lines: readonly Line[]): Cell[] {
  const body = lines.filter((l) => !SEPARATOR.test(l.text));
  if (!hasPipes(body)) return body.map((l) => ({ text: l.text, offset: l.offset }));
  return body.flatMap((l) => splitPipes(l)).filter((c) => c.text !== '');
}

/** Parses the body lines of a Parameters table (everything after the header line). */
export function parseParamRows(lines: readonly Line[]): ParamRow[] {
  const pos = positionalRows(lines, 4);
  if (pos) {
    return pos
      .filter((r) => r[0].text !== '')
      .map((r) => makeRow([r[0], ...(r[1].text ? [r[1]] : []), r[2]], parseAnnotations(r[3].text)));
  }
  return groupRows(cellStream(lines));
}

/** Groups a cell stream into rows: an annotation cell (or a run of them) ends a row. */
function groupRows(cells: readonly Cell[]): ParamRow[] {
  const rows: ParamRow[] = [];
  let current: Cell[] = [];
  let lastAnn: Annotations | null = null;
  for (const c of cells) {
    const ann = parseAnnotations(c.text);
    if (ann && current.length === 0 && lastAnn && rows.length) {
      const prev = rows.pop() as ParamRow;
      const merged = mergeAnnotations(prev.annotations, ann);
      rows.push({ ...prev, annotations: merged });
      lastAnn = merged;
      continue;
    }
    if (ann && current.length > 0) {
      rows.push(makeRow(current, ann));
      current = [];
      lastAnn = ann;
      continue;
    }
    current.push(c);
    lastAnn = null;
  }
  if (current.length) rows.push(...rowsWithoutAnnotations(current));
  return rows;
}

function mergeAnnotations(a: Annotations | null, b: Annotations): Annotations {
  if (!a) return b;
  const dv = b.defaultValue ?? a.defaultValue;
  const out = { required: a.required || b.required, facets: { ...a.facets, ...b.facets } };
  return dv === undefined ? out : { ...out, defaultValue: dv };
}

/** Tables printed without annotation cells (customised templates): name, [description…], type. */
function rowsWithoutAnnotations(cells: readonly Cell[]): ParamRow[] {
  const rows: ParamRow[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i + 1;
    while (j < cells.length && !isTypeText(cells[j].text)) j++;
    if (j >= cells.length) {
      rows.push(makeRow(cells.slice(i), null));
      break;
    }
    rows.push(makeRow(cells.slice(i, j + 1), null));
    i = j + 1;
  }
  return rows;
}

function makeRow(cells: readonly Cell[], annotations: Annotations | null): ParamRow {
  const name = cells[0].text;
  const typeText = cells.length > 1 ? cells[cells.length - 1].text : '';
  const desc = cells
    .slice(1, -1)
    .map((c) => c.text)
    .join(' ')
    .trim();
  const base = { name, typeText, annotations, offset: cells[0].offset };
  return desc ? { ...base, description: desc } : base;
}

/** One row of an enum table (docs/formats/webapi.md §ResourceModel pages): name, numeric value, description. */
export interface EnumRow {
  readonly name: string;
  readonly value?: number;
  readonly description?: string;
  readonly offset: number;
}

const isInt = (t: string): boolean => /^[-+]?\d+$/.test(t);

/** Parses the body lines of an enum "Name | Value | Description" table. */
export function parseEnumRows(lines: readonly Line[]): EnumRow[] {
  const pos = positionalRows(lines, 3);
  if (pos) {
    return pos
      .filter((r) => r[0].text)
      .map((r) => enumRow(r[0], r[1].text, r[2].text));
  }
  const cells = cellStream(lines);
  const valueAt: number[] = [];
  for (let k = 1; k < cells.length; k++) {
    if (isInt(cells[k].text) && !isInt(cells[k - 1].text) && valueAt[valueAt.length - 1] !== k - 1) valueAt.push(k);
  }
  if (valueAt.length === 0) return cells.map((c) => enumRow(c, '', ''));
  return valueAt.map((k, n) => {
    const end = n + 1 < valueAt.length ? valueAt[n + 1] - 1 : cells.length;
    const desc = cells
      .slice(k + 1, end)
      .map((c) => c.text)
      .join(' ');
    return enumRow(cells[k - 1], cells[k].text, desc);
  });
}

function enumRow(name: Cell, value: string, description: string): EnumRow {
  const base: EnumRow = { name: name.text.replace(/^\*\*|\*\*$/g, ''), offset: name.offset };
  const withValue = isInt(value) ? { ...base, value: Number(value) } : base;
  return description ? { ...withValue, description } : withValue;
}
