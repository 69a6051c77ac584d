/**
 * Line model for Web API help pages (docs/formats/webapi.md §Recognition). Every input variant
 * (raw HTML, browser-copied text with or without table pipes, glued cells, collapsed whitespace)
 * is first reduced to a list of trimmed, non-empty lines that remember their offset in the
 * original file, so every later step can report source locations.
 */

/** One non-empty logical line of a page. */
export interface Line {
  /** Trimmed text. */
  readonly text: string;
  /** Offset of the line's first character in the original file. */
  readonly offset: number;
  /** True for lines of a `<pre>` sample (HTML input): never split or treated as a heading. */
  readonly pre?: boolean;
}

/** What the preprocessing learned about the page besides its lines. */
export interface PageText {
  readonly lines: Line[];
  /** Address of the page when the file starts with it (corpus captures, saved pages). */
  readonly url?: string;
  /** Offset of a truncation marker or of the end of a page that stops mid-way. */
  readonly truncatedAt?: number;
}

/** The marker capture tools leave where they cut a page. */
const TRUNCATION_MARKER = /\[excerpt truncated[^\]]*\]/i;

/**
 * Headings that copied text glues to the previous cell (docs/formats/webapi.md §Recognition: `globally unique
 * identifierResponse Formats`). Only multi-word headings are split off: `Request`/`Response`
 * alone are too common as the end of a sentence.
 */
const GLUEABLE_HEADINGS = [
  'Request Information',
  'Response Information',
  'URI Parameters',
  'Body Parameters',
  'Request Formats',
  'Response Formats',
  'Resource Description',
  'Response Codes',
];

/** Splits plain text into trimmed non-empty lines; drops a leading URL line and capture notes. */
export function textToPage(text: string): PageText {
  const raw: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') break;
    const content = m[0].replace(/[\r\n]+$/, '');
    const lead = content.length - content.trimStart().length;
    const t = content.trim();
    if (t) raw.push({ text: t, offset: m.index + lead });
    if (re.lastIndex >= text.length) break;
  }
  return cleanLines(raw);
}

/** Shared clean-up for text and HTML input: URL line, capture notes, truncation marker, glued headings. */
export function cleanLines(raw: readonly Line[]): PageText {
  let url: string | undefined;
  let truncatedAt: number | undefined;
  const out: Line[] = [];
  raw.forEach((line, i) => {
    let t = line.text;
    if (i === 0 && /^https?:\/\/\S+$/i.test(t)) {
      url = t;
      return;
    }
    if (/^NOTE \(researcher\):/i.test(t)) return;
    const mark = TRUNCATION_MARKER.exec(t);
    if (mark) {
      truncatedAt ??= line.offset + mark.index;
      t = t.slice(0, mark.index).trim();
      if (!t) return;
    }
    if (truncatedAt !== undefined && line.offset > truncatedAt) return;
    for (const part of splitGluedHeading({ ...line, text: t })) out.push(part);
  });
  return { lines: out, url, truncatedAt };
}

/** `globally unique identifierResponse Formats` → [`globally unique identifier`, `Response Formats`]. */
function splitGluedHeading(line: Line): Line[] {
  if (line.pre) return [line];
  for (const h of GLUEABLE_HEADINGS) {
    const t = line.text;
    if (t.length > h.length && t.toLowerCase().endsWith(h.toLowerCase())) {
      const head = t.slice(0, t.length - h.length).trimEnd();
      if (!head || /[|:]$/.test(head)) continue;
      return [
        { text: head, offset: line.offset },
        { text: h, offset: line.offset + t.length - h.length },
      ];
    }
  }
  return [line];
}
