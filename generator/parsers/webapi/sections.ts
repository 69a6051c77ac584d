import type { Line } from './lines.js';
import { paramHeaderPrefix, type ParamRow, parseParamRows } from './table.js';
import { isTypeText, parseTypeText } from './vocab.js';

/**
 * Page sections (docs/formats/webapi.md §API pages): the h2/h3 headings of the API page, including the
 * customised wordings seen in the wild (mylimsweb "Request" / "Response" /
 * "Response Format", itagroup "Response Codes").
 */
export type SectionKind =
  | 'preamble'
  | 'request'
  | 'uri'
  | 'body'
  | 'reqFormats'
  | 'resource'
  | 'codes'
  | 'respFormats'
  | 'enum';

export interface Section {
  readonly kind: SectionKind;
  readonly heading?: Line;
  readonly lines: Line[];
}

const HEADINGS: Readonly<Record<string, SectionKind>> = {
  'request information': 'request',
  request: 'request',
  'uri parameters': 'uri',
  'body parameters': 'body',
  'request formats': 'reqFormats',
  'request format': 'reqFormats',
  'request body formats': 'reqFormats',
  'response information': 'resource',
  response: 'resource',
  'resource description': 'resource',
  'response codes': 'codes',
  'status codes': 'codes',
  'http status codes': 'codes',
  'response formats': 'respFormats',
  'response format': 'respFormats',
  'response body formats': 'respFormats',
};

/** The section a heading line opens, or null. */
export function headingKind(line: Line): SectionKind | null {
  if (line.pre) return null;
  const t = line.text.replace(/[:\s]+$/, '').replace(/\s+/g, ' ').toLowerCase();
  if (HEADINGS[t]) return HEADINGS[t];
  if (/enumeration values/i.test(line.text) && line.text.length < 300) return 'enum';
  return null;
}

/** Splits lines into sections; consecutive headings of the same kind (Response + Resource Description) merge. */
export function splitSections(lines: readonly Line[]): Section[] {
  const out: Section[] = [{ kind: 'preamble', lines: [] }];
  for (const line of lines) {
    const kind = headingKind(line);
    const cur = out[out.length - 1];
    if (kind === null) cur.lines.push(line);
    else if (kind === cur.kind && cur.lines.length === 0) continue;
    else out.push({ kind, heading: line, lines: [] });
  }
  return out;
}

/** What a Body Parameters / Resource Description section says. */
export interface ModelSection {
  /** The type text printed before the table (`CreateVspInteraction`, `Collection of X`, `boolean`). */
  readonly typeText?: string;
  readonly typeOffset?: number;
  /** Documentation lines before the type. */
  readonly doc: readonly Line[];
  /** Table rows, when a Parameters table is printed. */
  readonly rows?: readonly ParamRow[];
  /** The section says `None.` (no body / void / no properties). */
  readonly none: boolean;
}

/** Reads a Body Parameters or Resource Description section (docs/formats/webapi.md §Body Parameters, glued type texts). */
export function readModelSection(lines: readonly Line[]): ModelSection {
  const h = lines.findIndex((l) => !l.pre && paramHeaderPrefix(l.text) !== null);
  if (h >= 0) {
    const prefix = paramHeaderPrefix(lines[h].text) ?? '';
    let pre = lines.slice(0, h);
    let typeText: string | undefined = prefix || undefined;
    let typeOffset = lines[h].offset;
    const last = pre[pre.length - 1];
    if (!typeText && last && isTypeLine(last.text)) {
      typeText = last.text;
      typeOffset = last.offset;
      pre = pre.slice(0, -1);
    } else if (typeText && last && last.text === typeText) pre = pre.slice(0, -1);
    return { typeText, typeOffset, doc: pre, rows: parseParamRows(lines.slice(h + 1)), none: false };
  }
  const body = splitTrailingNone(lines);
  const none = body.length < lines.length || lines.some((l) => l.text === 'None.');
  const content = body.filter((l) => l.text !== 'None.');
  const last = content[content.length - 1];
  if (last && isTypeLine(last.text)) {
    return { typeText: last.text, typeOffset: last.offset, doc: content.slice(0, -1), rows: none ? [] : undefined, none: false };
  }
  return { doc: content, none };
}

/** `ObjectNone.` / `IHttpActionResult` + `None.`: removes the trailing `None.` (splitting a glued one). */
function splitTrailingNone(lines: readonly Line[]): Line[] {
  const out = [...lines];
  const last = out[out.length - 1];
  if (!last) return out;
  if (last.text === 'None.') return out.slice(0, -1);
  if (last.text.endsWith('None.')) {
    const head = last.text.slice(0, -5).trim();
    if (isTypeLine(head)) out[out.length - 1] = { text: head, offset: last.offset };
  }
  return out;
}

/** A line that is a type text rather than prose (sentences end with a period or have many words). */
function isTypeLine(t: string): boolean {
  const tt = parseTypeText(t);
  if (tt.kind === 'unknown') return false;
  return isTypeText(t);
}
