import { Codes } from '../../diagnostics.js';
import { locAt, type Ctx } from './context.js';
import { parseJsonLenient } from './json.js';
import type { Line } from './lines.js';
import { isMediaHeader } from './samples.js';
import { readModelSection, type Section, type SectionKind } from './sections.js';
import { paramHeaderPrefix } from './table.js';
import { parseXmlLenient } from './xml.js';

/**
 * Where an API page stops (docs/formats/webapi.md §Truncation). HelpPageApiModel.cshtml always prints, in
 * this order: Request Information, URI Parameters (table or `None.`), Body Parameters (type +
 * table, or `None.`), [Request Formats], Response Information, Resource Description (type +
 * table, or `None.`), [Response Formats: one media-type header per distinct sample, each with a
 * complete sample or `Sample not available.`]. Response Formats is left out only when there are
 * no response samples, i.e. for a void response (`None.`) or a type printed with `None.`
 * (HttpResponseMessage, IHttpActionResult). So a complete page ends with a complete Response
 * Formats section, or with a Resource Description that ends in `None.`; anything else is a page
 * that was cut off, and one TRUNCATED warning names what is missing and where.
 */

/** What the end check found. */
export interface PageEnd {
  /** Offset of the sample block the warning already reports as cut off (not to be reported twice). */
  readonly cutSampleAt?: number;
}

/** The standard headings, in page order, with the section kind that stands for each. */
const STANDARD: readonly (readonly [SectionKind, string])[] = [
  ['request', 'Request Information'],
  ['uri', 'URI Parameters'],
  ['body', 'Body Parameters'],
  ['resource', 'Response Information'],
  ['resource', 'Resource Description'],
];

export interface EndInput {
  readonly ctx: Ctx;
  readonly source: string;
  readonly sections: readonly Section[];
  readonly truncatedAt?: number;
  readonly opPath: string;
}

/** Checks the end of an API page; warns (SVC110) once when the page stops before it is complete. */
export function checkPageEnd(input: EndInput): PageEnd {
  const { ctx, sections, opPath } = input;
  const last = sections[sections.length - 1];
  const lastLine = last.lines[last.lines.length - 1] ?? last.heading;
  const endAt = input.truncatedAt ?? (lastLine ? lastLine.offset + lastLine.text.length : input.source.trimEnd().length);
  const where = `${sectionName(last)} section`;
  const warn = (message: string, offset: number): void => ctx.diags.warn(Codes.TRUNCATED, message, locAt(ctx, offset, opPath));
  const res = sections.find((s) => s.kind === 'resource');
  if (!res || (res === last && res.lines.length === 0)) {
    const missing = missingAfter(sections, last);
    const how = input.truncatedAt !== undefined ? 'is cut off (capture marker)' : 'ends';
    warn(`the page ${how} at line ${lineOf(ctx, endAt)}, in the ${where}, before the response description; the response type is unknown; missing: ${missing.join(', ')}`, endAt);
    return {};
  }
  if (input.truncatedAt !== undefined) {
    warn(`the page is cut off (capture marker) at line ${lineOf(ctx, endAt)}, in the ${where}; what follows is missing`, input.truncatedAt);
    return {};
  }
  if (last.kind === 'respFormats') return checkFormats(input, last, warn);
  if (last.kind === 'resource' || last.kind === 'codes') checkResource(ctx, res, where, warn);
  return {};
}

/**
 * Resource Description is the last section: complete only when its last line is `None.` (void, or a
 * type without properties), with no Parameters table (a model always has samples after it).
 */
function checkResource(ctx: Ctx, res: Section, where: string, warn: (m: string, at: number) => void): void {
  const hasTable = res.lines.some((l) => !l.pre && paramHeaderPrefix(l.text) !== null);
  const lastLine = res.lines[res.lines.length - 1];
  if (!hasTable && lastLine && /None\.$/.test(lastLine.text)) return;
  const m = readModelSection(res.lines);
  const at = lastLine?.offset ?? res.heading?.offset ?? 0;
  const line = lineOf(ctx, at);
  if (hasTable) {
    warn(`the page ends in the ${where} inside or right after the ${m.typeText ?? 'response'} table (line ${line}); missing: the Response Formats samples (and any table rows after it)`, at);
  } else if (m.typeText && lastLine.text === m.typeText) {
    warn(`the page ends in the ${where} right after the response type ${m.typeText} (line ${line}); missing: its table (or None.) and the Response Formats samples`, at);
  } else {
    warn(`the page ends in the ${where} at "${(lastLine?.text ?? '').slice(0, 40)}" (line ${line}); missing: the response type (or None.) and the Response Formats samples`, at);
  }
}

/** Response Formats is the last section: its last sample must be present and complete. */
function checkFormats(input: EndInput, sec: Section, warn: (m: string, at: number) => void): PageEnd {
  const { ctx } = input;
  const h = findLastIndex(sec.lines, isMediaHeader);
  if (h < 0) {
    const at = sec.lines[0]?.offset ?? sec.heading?.offset ?? 0;
    warn(`the page ends right after the Response Formats heading (line ${lineOf(ctx, at)}); missing: the response samples`, at);
    return {};
  }
  const head = sec.lines[h];
  const body = sec.lines.slice(h + 1);
  const content = body.filter((l, n) => !(n === 0 && /^Sample:?$/i.test(l.text) && !l.pre));
  if (content.length === 0) {
    if (/^application\/x-www-form-urlencoded$/i.test(head.text)) return {};
    const after = body.length ? 'its "Sample:" label' : 'its media type';
    warn(`the page ends after the ${head.text} sample header (line ${lineOf(ctx, head.offset)}) and ${after}; missing: the sample`, head.offset);
    return {};
  }
  const text = content.some((l) => l.pre)
    ? content.map((l) => l.text).join('\n')
    : input.source.slice(content[0].offset, content[content.length - 1].offset + content[content.length - 1].text.length);
  if (sampleComplete(text, /json/i.test(head.text))) {
    checkWrittenTypes(input, sec, warn);
    return {};
  }
  const at = content[0].offset;
  warn(`the ${head.text} response sample (line ${lineOf(ctx, at)}) is cut off at line ${lineOf(ctx, input.source.trimEnd().length)}: it does not close; the rest of the page is missing`, at);
  return { cutSampleAt: at };
}

/** The JSON and XML formatters both read and write: their request media types reappear under Response Formats. */
const READ_WRITE = /^(application|text)\/(json|xml)$/i;

/** Response Formats ends with a complete sample but lacks a JSON/XML media type the request samples list. */
function checkWrittenTypes(input: EndInput, sec: Section, warn: (m: string, at: number) => void): void {
  const types = (s: Section | undefined): string[] =>
    (s?.lines ?? []).filter(isMediaHeader).flatMap((l) => l.text.split(/\s*,\s*/)).filter((t) => READ_WRITE.test(t));
  const written = new Set(types(sec).map((t) => t.toLowerCase()));
  const lacking = types(input.sections.find((s) => s.kind === 'reqFormats')).filter((t) => !written.has(t.toLowerCase()));
  if (!lacking.length) return;
  const end = input.source.trimEnd().length;
  warn(`the page ends after the last response sample (line ${lineOf(input.ctx, end)}); missing: the ${lacking.join(', ')} response sample(s) that the request formats list`, end);
}

const NOT_AVAILABLE = 'sample not available.';

/** A sample that closes: `Sample not available.`, JSON that closes with nothing after it, XML whose root closes. */
export function sampleComplete(raw: string, json: boolean): boolean {
  const t = raw.trim();
  const lower = t.toLowerCase();
  if (lower === NOT_AVAILABLE || lower === NOT_AVAILABLE.slice(0, -1)) return true;
  if (NOT_AVAILABLE.startsWith(lower)) return false;
  if (t.startsWith('<')) {
    const p = parseXmlLenient(t);
    return p.root !== null && !p.truncated && t.endsWith('>');
  }
  if (json || /^[[{"]/.test(t)) {
    const p = parseJsonLenient(t);
    return p.value !== null && !p.truncated && p.end !== undefined && t.slice(p.end).trim() === '';
  }
  return true;
}

/** What a page ending in `last` lacks: the standard sections it does not have, or the content of an empty one. */
function missingAfter(sections: readonly Section[], last: Section): string[] {
  const present = new Set(sections.map((s) => s.kind));
  const names = STANDARD.filter(([k]) => !present.has(k)).map(([, n]) => n);
  if (last.kind === 'resource') names.push('the response type (or None.)');
  return names.length ? names : ['Resource Description'];
}

function sectionName(s: Section): string {
  if (!s.heading) return 'API heading';
  const merged = s.kind === 'resource' && !/resource description/i.test(s.heading.text) ? ' (Resource Description)' : '';
  return `"${s.heading.text}"${merged}`;
}

function lineOf(ctx: Ctx, offset: number): number {
  return ctx.idx.loc(offset).line;
}

function findLastIndex(lines: readonly Line[], f: (l: Line) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (f(lines[i])) return i;
  return -1;
}
