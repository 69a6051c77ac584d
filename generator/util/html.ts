/**
 * Is a spec file HTML markup (a saved page) or text (a copy from a browser, an article)? One rule
 * for every text parser: outside raw SOAP envelopes (whose `<Body>` is not HTML's `<body>`), in
 * the first 64 KiB, either three HTML structure tags, or one next to an escaped sample (`&lt;`) or
 * a closing `</pre>`, `</p>`, `</div>`, `</span>` or `</font>`. Element names of an unescaped
 * sample (`<title>string</title>`) alone do not make a page HTML.
 */

const TAG = /<\/?(?:html|head|body|p|div|pre|code|ul|ol|li|h[1-6]|br|span|table|tr|td|a|b|i|em|strong|font|section|article|meta|title)\b[^<>]*>/gi;
const ESCAPED_OR_CLOSED = /&lt;|<\/(?:pre|p|div|span|font)>/i;
const HEAD = 64 * 1024;

/** True when `text` looks like HTML markup rather than copied text. */
export function looksLikeHtml(text: string): boolean {
  const outside = outsideEnvelopes(text).slice(0, HEAD);
  let tags = 0;
  TAG.lastIndex = 0;
  while (tags < 3 && TAG.exec(outside)) tags++;
  return tags >= 3 || (tags >= 1 && ESCAPED_OR_CLOSED.test(outside));
}

/** Start/end offsets of raw (unescaped) SOAP envelopes in `text`. */
export function rawEnvelopeRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /<((?:[A-Za-z_][\w.-]*:)?)Envelope\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const close = new RegExp(`</${m[1].replace(/[.]/g, '\\.')}Envelope\\s*>`, 'g');
    close.lastIndex = m.index;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    out.push([m.index, end]);
    re.lastIndex = end;
  }
  return out;
}

function outsideEnvelopes(text: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of rawEnvelopeRanges(text)) {
    out += text.slice(at, s);
    at = e;
    if (out.length >= HEAD) return out;
  }
  return out + text.slice(at);
}
