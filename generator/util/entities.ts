/**
 * Character and entity references in help pages, articles and sample XML. One decoder, with the
 * table of named entities chosen by the caller: XML's five predefined ones, plus the HTML names
 * seen in pages copied from a browser (`&nbsp;`, `&bull;`…). Never expands anything else, so
 * no entity a document declares itself is ever resolved.
 */

/** The five entities XML predefines. */
export const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Help pages (ASMX, Web API): XML's five and `&nbsp;`, read as a plain space. */
export const PAGE_ENTITIES: Readonly<Record<string, string>> = { ...XML_ENTITIES, nbsp: ' ' };

/** Articles copied from a browser: XML's five and the HTML names browsers leave in (`&nbsp;` kept as U+00A0). */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  ...XML_ENTITIES, nbsp: '\u00a0', bull: '•', middot: '·',
  ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”',
  copy: '©', reg: '®', trade: '™', laquo: '«', raquo: '»', shy: '',
};

export interface EntityOptions {
  /** Named entities recognised (default: the XML five). */
  readonly named?: Readonly<Record<string, string>>;
  /** Also match names whatever their case (`&NBSP;`), as browsers do. */
  readonly anyCase?: boolean;
}

/** Decodes the reference at `text[i] === '&'`: its replacement and source length, or undefined. */
export function entityAt(text: string, i: number, options: EntityOptions = {}): { readonly value: string; readonly length: number } | undefined {
  const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/.exec(text.slice(i, i + 12));
  if (!m) return undefined;
  const body = m[1];
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? { value: String.fromCodePoint(code), length: m[0].length } : undefined;
  }
  const named = options.named ?? XML_ENTITIES;
  const value = named[body] ?? (options.anyCase ? named[body.toLowerCase()] : undefined);
  return value === undefined ? undefined : { value, length: m[0].length };
}

/** Decodes every reference of `s` (unknown ones are kept as written). */
export function decodeEntities(s: string, options: EntityOptions = {}): string {
  if (!s.includes('&')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const e = s[i] === '&' ? entityAt(s, i, options) : undefined;
    if (e) {
      out += e.value;
      i += e.length - 1;
    } else out += s[i];
  }
  return out;
}
