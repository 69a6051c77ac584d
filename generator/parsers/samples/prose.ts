/**
 * Reading the prose between sample envelopes: headings, paragraphs, bullet lists (•, ·, *, -,
 * numbered), the HTTP head printed above a sample, the "Request"/"Response" role of the next
 * sample, "the following fields are required" lists with "Either A or B" items, and "you may set
 * additional columns" (an open record).
 */

/** A heading, paragraph or list item of the prose. */
export interface Block {
  readonly kind: 'heading' | 'para' | 'item';
  readonly text: string;
  /** View offset of the block's first character. */
  readonly offset: number;
}

/** One item of a "the following fields are required" list. */
export interface RequiredItem {
  readonly text: string;
  /** Identifier-like words of the item, in order (`Either a or b` → [a, b]). */
  readonly names: readonly string[];
  /** `Either A or B`, `A or B`, `one of A, B`: at least one of the names is required. */
  readonly either: boolean;
  readonly offset: number;
}

/** The prose printed above one sample. */
export interface Prose {
  readonly blocks: readonly Block[];
  /** HTTP head lines printed right above the sample (request line and headers). */
  readonly http?: { readonly text: string; readonly offset: number };
}

const BULLET = /^(?:[•·*\-–—▪◦‣○●]|\d{1,2}[.)])[\s\u00a0]+/;
const HTTP_LINE = /^(?:(?:POST|GET|PUT)\s+\S+\s+HTTP\/\d\.\d|HTTP\/\d\.\d\s+\d{3}\b.*|[A-Za-z][\w-]*:\s*\S.*)$/;
const ROLE_HEADING = /^(?:(?:sample|example|the)\s+)?(?:soap\s*(?:1\.[12])?\s+|xml\s+)?(request|response)\b(?:\s+(?:sample|example|message|xml|envelope|body|format))?\s*:?$/i;
const ROLE_SENTENCE = /^(?:the|this|a|an|sample|example|below is the|here is the)\s+(?:\w+\s+)?(?:soap\s+)?(request|response)\b/i;

interface Line {
  readonly text: string;
  readonly offset: number;
}

function lines(view: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while (re.lastIndex < end && (m = re.exec(view))) {
    if (m[0] === '') break;
    const raw = view.slice(m.index, Math.min(m.index + m[0].length, end)).replace(/[\r\n]+$/, '').replace(/\u00a0/g, ' ');
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), offset: m.index + lead });
  }
  return out;
}

/** A short line without sentence punctuation: a heading in a plain-text copy of a web page. */
export function isHeading(text: string): boolean {
  if (ROLE_HEADING.test(text)) return true;
  return text.length <= 80 && !/[.!?;,:]$/.test(text) && text.split(/\s+/).length <= 10 && !BULLET.test(text);
}

/** Splits the prose of `view[start, end)` into blocks, taking off an HTTP head at its end. */
export function readProse(view: string, start: number, end: number): Prose {
  const all = lines(view, start, end).filter((l) => !/^<\?xml\b[^>]*\?>$/.test(l.text));
  let cut = all.length;
  while (cut > 0 && (all[cut - 1].text === '' || HTTP_LINE.test(all[cut - 1].text))) cut--;
  const head = all.slice(cut).filter((l) => l.text !== '');
  const hasRequestLine = head.some((l) => /^(POST|GET|PUT)\s|^HTTP\/\d/.test(l.text));
  const body = hasRequestLine ? all.slice(0, cut) : all;
  const http = hasRequestLine ? { text: head.map((l) => l.text).join('\n'), offset: head[0].offset } : undefined;
  return { blocks: toBlocks(body), ...(http ? { http } : {}) };
}

function toBlocks(ls: readonly Line[]): Block[] {
  const out: Block[] = [];
  let para: Line[] = [];
  const flush = (): void => {
    if (para.length) out.push({ kind: 'para', text: para.map((l) => l.text).join(' '), offset: para[0].offset });
    para = [];
  };
  for (const l of ls) {
    if (l.text === '') flush();
    else if (BULLET.test(l.text)) {
      flush();
      const m = BULLET.exec(l.text)!;
      const text = l.text.slice(m[0].length).trim();
      if (text) out.push({ kind: 'item', text, offset: l.offset + m[0].length });
    } else if (isHeading(l.text)) {
      flush();
      out.push({ kind: 'heading', text: l.text, offset: l.offset });
    } else para.push(l);
  }
  flush();
  return out;
}

/** The role the prose gives the next sample: the nearest "Request"/"Response" heading or lead-in. */
export function roleOf(blocks: readonly Block[]): 'request' | 'response' | undefined {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    const m = (b.kind === 'heading' ? ROLE_HEADING.exec(b.text) : undefined) ?? (b.kind === 'para' ? ROLE_SENTENCE.exec(b.text) : undefined);
    if (m) return m[1].toLowerCase() as 'request' | 'response';
  }
  return undefined;
}

/** Paragraphs and list items after the last heading (the text describing the next sample). */
export function describe(blocks: readonly Block[]): string | undefined {
  let from = blocks.length;
  while (from > 0 && blocks[from - 1].kind !== 'heading') from--;
  let tail = blocks.slice(from);
  if (!tail.length && from > 0 && ROLE_HEADING.test(blocks[from - 1].text)) {
    let start = from - 1;
    while (start > 0 && blocks[start - 1].kind !== 'heading') start--;
    tail = blocks.slice(start, from - 1);
  }
  let out = '';
  for (const b of tail) {
    const piece = b.kind === 'item' ? `- ${b.text}` : b.text;
    out += out === '' ? piece : (b.kind === 'item' ? '\n' : '\n\n') + piece;
  }
  return out || undefined;
}

const REQUIRED_LEAD = /\b(fields?|columns?|elements?|parameters?|properties|values|attributes)\b[^.]*\b(are|is)\s+(required|mandatory)\b|\b(required|mandatory)\s+(fields?|columns?|elements?|parameters?|properties|values)\b/i;
const STOP = new Set(['either', 'or', 'and', 'one', 'of', 'the', 'both', 'a', 'an', 'following', 'field', 'fields', 'column', 'columns', 'is', 'are', 'required', 'must', 'be', 'set', 'provided', 'value', 'values']);

/** Items of every "the following fields are required" list (inline after `:` or as bullets). */
export function requiredItems(blocks: readonly Block[]): RequiredItem[] {
  const out: RequiredItem[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== 'para' || !REQUIRED_LEAD.test(b.text)) continue;
    const colon = b.text.indexOf(':');
    if (colon >= 0 && b.text.slice(colon + 1).trim()) {
      for (const part of splitList(b.text.slice(colon + 1))) out.push(item(part, b.offset + colon + 1));
    }
    for (let j = k + 1; j < blocks.length && blocks[j].kind === 'item'; j++) out.push(item(blocks[j].text, blocks[j].offset));
  }
  return out.filter((i) => i.names.length > 0);
}

function splitList(text: string): string[] {
  return text
    .replace(/\.\s*$/, '')
    .split(/[;,]|\band\b/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

function item(text: string, offset: number): RequiredItem {
  const main = text.split(/\s[-–—:]\s|\(/)[0];
  const words = main.split(/[\s\u00a0,;]+/).map((w) => w.replace(/^["'`“‘]+|["'`”’.,;:)]+$/g, '')).filter(Boolean);
  const names = words.filter((w) => /^[A-Za-z_][\w.:-]*$/.test(w) && !STOP.has(w.toLowerCase()));
  const either = /\bor\b|\bone of\b/i.test(main) && names.length > 1;
  return { text, names: either ? names : names.slice(0, 1), either, offset };
}

/** The sentence that opens the record to further members ("you may set additional columns"). */
export function openSentence(blocks: readonly Block[]): Block | undefined {
  return blocks.find(
    (b) => b.kind === 'para' && /\b(additional|other|more|further)\s+(columns?|fields?|elements?|properties|attributes)\b/i.test(b.text) && /\b(may|can|could|optional(ly)?|if needed|allowed)\b/i.test(b.text),
  );
}
