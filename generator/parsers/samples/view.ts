/**
 * The text view of a vendor article. Sample envelopes appear either as real markup in plain text
 * (copied from a web page) or entity-escaped inside HTML `<pre>`/`<code>` blocks. The view turns
 * both into plain text: HTML tags become line breaks (block tags), bullets (`<li>`) or nothing
 * (inline tags), entities are decoded, and every view character remembers the offset it came from
 * in the original file so diagnostics point at the spec. Raw SOAP envelopes copied into an HTML
 * page are kept verbatim (their `<Body>` is not HTML's `<body>`).
 */
import { entityAt, HTML_ENTITIES } from '../../util/entities.js';
import { looksLikeHtml, rawEnvelopeRanges } from '../../util/html.js';

/** A text view of the article with a map from view offsets to original offsets. */
export interface TextView {
  readonly text: string;
  /** `origin[i]` is the original offset of view character `i`; `origin[text.length]` is the end. */
  readonly origin: readonly number[];
  /** True when the article was HTML. */
  readonly html: boolean;
  /** `<title>` or first `<h1>` text of an HTML article. */
  readonly title?: string;
}

const BLOCK_TAGS = new Set(
  'p div br pre h1 h2 h3 h4 h5 h6 ul ol table tr thead tbody tfoot section article header footer main nav aside blockquote dl dt dd hr figure figcaption form fieldset address center'.split(' '),
);
const INLINE_TAGS = new Set(
  'a abbr b i u em strong small big code kbd samp var tt span font sub sup label cite q s strike del ins mark time img button input select option textarea td th caption col colgroup wbr nobr html head body meta link title'.split(' '),
);
const DROP_CONTENT = /^<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/i;

/** Decodes one entity at `text[i] === '&'`: the replacement and its source length, or undefined. */
export function decodeEntityAt(text: string, i: number): { readonly value: string; readonly length: number } | undefined {
  return entityAt(text, i, { named: HTML_ENTITIES, anyCase: true });
}

/** Builds the text view of an article (identity for plain text). */
export function buildView(text: string): TextView {
  const ranges = rawEnvelopeRanges(text);
  if (!looksLikeHtml(text)) {
    const origin = Array.from({ length: text.length + 1 }, (_, i) => i);
    return { text, origin, html: false };
  }
  return htmlView(text, ranges);
}

class ViewBuilder {
  text = '';
  readonly origin: number[] = [];
  push(s: string, from: number): void {
    for (let k = 0; k < s.length; k++) this.origin.push(from);
    this.text += s;
  }
}

function htmlView(text: string, ranges: readonly [number, number][]): TextView {
  const b = new ViewBuilder();
  const title = htmlTitle(text);
  let r = 0;
  let i = 0;
  while (i < text.length) {
    if (r < ranges.length && i >= ranges[r][0]) {
      const [s, e] = ranges[r++];
      for (let k = Math.max(i, s); k < e; k++) b.push(text[k], k);
      i = Math.max(i, e);
      continue;
    }
    i = htmlStep(text, i, b);
  }
  b.origin.push(text.length);
  return { text: b.text, origin: b.origin, html: true, title };
}

/** Consumes one HTML token at `i` and returns the next offset. */
function htmlStep(text: string, i: number, b: ViewBuilder): number {
  const c = text[i];
  if (c === '<') {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      return end < 0 ? text.length : end + 3;
    }
    const drop = /^<(script|style|noscript|template)\b/i.test(text.slice(i, i + 12)) ? DROP_CONTENT.exec(text.slice(i, i + 500_000)) : null;
    if (drop) return i + drop[0].length;
    const tag = /^<\/?([A-Za-z][A-Za-z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/.exec(text.slice(i, i + 4000));
    if (tag) {
      const name = tag[1].toLowerCase();
      if (name === 'li' && tag[0][1] !== '/') b.push('\n• ', i);
      else if (BLOCK_TAGS.has(name) || name === 'li') b.push('\n', i);
      else if (!INLINE_TAGS.has(name)) b.push(tag[0], i);
      return i + tag[0].length;
    }
  }
  if (c === '&') {
    const ent = decodeEntityAt(text, i);
    if (ent) {
      b.push(ent.value, i);
      return i + ent.length;
    }
  }
  b.push(c, i);
  return i + 1;
}

function htmlTitle(text: string): string | undefined {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(text) ?? /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text);
  if (!m) return undefined;
  const plain = m[1]
    .replace(/<[^>]*>/g, '')
    .replace(/&[#\w]+;/g, (e) => decodeEntityAt(e, 0)?.value ?? e)
    .replace(/\s+/g, ' ')
    .trim();
  return plain || undefined;
}
