/**
 * A small, tolerant XML reader for the sample bodies of help pages.
 *
 * Samples are "almost" XML (docs/formats/asmx.md §Sample XML): placeholder text may sit next to
 * elements (`</xsd:schema>xml`), pages may be cut anywhere (even inside a tag: `<DateChang`),
 * and offsets are needed for source locations. Only the 5 predefined entities and numeric
 * character references are decoded; nothing else is resolved.
 */
import { decodeEntities } from '../../util/entities.js';

export interface XmlAttr {
  readonly name: string;
  readonly value: string;
  readonly offset: number;
}

export interface XmlElement {
  /** Qualified name as written (`soap:Body`). */
  readonly qname: string;
  readonly local: string;
  readonly prefix: string;
  /** Resolved namespace URI ('' when none is in scope). */
  readonly ns: string;
  readonly attrs: XmlAttr[];
  readonly children: XmlElement[];
  /** Direct text content, trimmed, pieces joined by a space. */
  text: string;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset after the end tag (or where the text stopped). */
  end: number;
  /** False when the page stops before the element is closed. */
  closed: boolean;
  readonly selfClosing: boolean;
  /** SOAP-encoding facts of a resolved encoded sample (set by encoded.ts, never by the reader). */
  readonly enc?: EncodedInfo;
}

/** What SOAP encoding (SOAP 1.1 §5) says about an element of a resolved encoded sample. */
export interface EncodedInfo {
  /** Local name and namespace of the value's `xsi:type` (`tns:Point` → Point). */
  readonly typeName?: string;
  readonly typeNs?: string;
  /** A SOAP-ENC array; `item` is the item type from `arrayType`/`itemType` when given. */
  readonly array?: { readonly item?: { readonly name: string; readonly ns: string } };
  /** A reference back to a value being expanded (a cycle): typed by `typeName` only. */
  readonly backRef?: boolean;
}

export interface XmlParse {
  readonly root: XmlElement | null;
  /** Offset after the root element (or the end of the text when cut short). */
  readonly end: number;
  /** False when the text ends before the root element is complete. */
  readonly complete: boolean;
  /** Text of a body that is not an element (`<?xml …?>` followed by `xml`). */
  readonly bareText?: string;
  /** The body uses SOAP encoding (multi-reference values, `arrayType`, `encodingStyle`, `xsi:type`). */
  readonly encoded?: boolean;
  /** Where the sample is not well-formed: an end tag that closes no open element or skips one. */
  readonly errors?: readonly XmlError[];
}

/** A well-formedness error of a sample: `found` end tag at `offset` where `</expected>` was due. */
export interface XmlError {
  readonly offset: number;
  readonly found: string;
  /** The innermost open element and the offset of its start tag (absent: nothing is open). */
  readonly expected?: { readonly qname: string; readonly offset: number };
}

/** Decodes the predefined and numeric entities only. */
export function decodeXml(s: string): string {
  return decodeEntities(s);
}

const NAME = /[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?/y;
const ATTR = /\s*([A-Za-z_][\w.\-:]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

type Scope = Map<string, string>;

interface Open {
  el: XmlElement;
  scope: Scope;
  texts: string[];
}

/**
 * Reads one element (after optional `<?xml …?>` and comments) starting at `from`, stopping at
 * `limit`. Never throws.
 */
export function readXml(text: string, from: number, limit = text.length): XmlParse {
  let i = from;
  const skipWs = (): void => {
    while (i < limit && /\s/.test(text[i])) i++;
  };
  for (;;) {
    skipWs();
    if (text.startsWith('<?', i)) {
      const e = text.indexOf('?>', i);
      if (e < 0 || e + 2 > limit) return { root: null, end: limit, complete: false };
      i = e + 2;
    } else if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i);
      if (e < 0 || e + 3 > limit) return { root: null, end: limit, complete: false };
      i = e + 3;
    } else break;
  }
  if (text[i] !== '<') {
    const m = /^[^\s<]+/.exec(text.slice(i, Math.min(limit, i + 200)));
    return { root: null, end: m ? i + m[0].length : i, complete: true, bareText: m ? m[0] : undefined };
  }
  const stack: Open[] = [];
  const errors: XmlError[] = [];
  let root: XmlElement | null = null;
  const rootScope: Scope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  while (i < limit) {
    if (text[i] === '<') {
      if (text.startsWith('<!--', i)) {
        const e = text.indexOf('-->', i);
        i = e < 0 ? limit : e + 3;
        continue;
      }
      if (text.startsWith('<?', i) || text.startsWith('<!', i)) {
        const e = text.indexOf('>', i);
        i = e < 0 ? limit : e + 1;
        continue;
      }
      if (text[i + 1] === '/') {
        NAME.lastIndex = i + 2;
        const m = NAME.exec(text);
        const gt = text.indexOf('>', i);
        if (!m || gt < 0 || gt >= limit) {
          i = limit;
          break;
        }
        const top = stack[stack.length - 1];
        if (!top || top.el.qname !== m[0]) errors.push({ offset: i, found: m[0], ...(top ? { expected: { qname: top.el.qname, offset: top.el.start } } : {}) });
        closeTo(stack, m[0], gt + 1);
        i = gt + 1;
        if (stack.length === 0 && root) return { root, end: i, complete: true, ...(errors.length ? { errors } : {}) };
        continue;
      }
      const tag = readStartTag(text, i, limit);
      if (!tag) {
        i = limit;
        break;
      }
      const scope: Scope = new Map(stack.length ? stack[stack.length - 1].scope : rootScope);
      for (const a of tag.attrs) {
        if (a.name === 'xmlns') scope.set('', a.value);
        else if (a.name.startsWith('xmlns:')) scope.set(a.name.slice(6), a.value);
      }
      const colon = tag.name.indexOf(':');
      const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
      const el: XmlElement = {
        qname: tag.name,
        local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
        prefix,
        ns: scope.get(prefix) ?? '',
        attrs: tag.attrs,
        children: [],
        text: '',
        start: i,
        end: tag.end,
        closed: tag.selfClosing,
        selfClosing: tag.selfClosing,
      };
      if (stack.length) stack[stack.length - 1].el.children.push(el);
      else root = el;
      i = tag.end;
      if (tag.selfClosing) {
        if (stack.length === 0) return { root: el, end: i, complete: true, ...(errors.length ? { errors } : {}) };
      } else stack.push({ el, scope, texts: [] });
      continue;
    }
    const lt = text.indexOf('<', i);
    const stop = lt < 0 || lt > limit ? limit : lt;
    const piece = text.slice(i, stop).trim();
    if (piece && stack.length) stack[stack.length - 1].texts.push(decodeXml(piece));
    if (stack.length) stack[stack.length - 1].el.text = stack[stack.length - 1].texts.join(' ');
    i = stop;
  }
  for (const o of stack) o.el.end = limit;
  return { root, end: limit, complete: false, ...(errors.length ? { errors } : {}) };
}

function closeTo(stack: Open[], qname: string, end: number): void {
  let k = stack.length - 1;
  while (k >= 0 && stack[k].el.qname !== qname) k--;
  if (k < 0) return; // stray end tag: ignored
  while (stack.length > k) {
    const o = stack.pop() as Open;
    o.el.text = o.texts.join(' ');
    o.el.closed = stack.length === k;
    o.el.end = end;
  }
}

function readStartTag(
  text: string,
  at: number,
  limit: number,
): { name: string; attrs: XmlAttr[]; end: number; selfClosing: boolean } | null {
  NAME.lastIndex = at + 1;
  const m = NAME.exec(text);
  if (!m) return null;
  const attrs: XmlAttr[] = [];
  let i = at + 1 + m[0].length;
  for (;;) {
    ATTR.lastIndex = i;
    const a = ATTR.exec(text);
    if (!a || a.index + a[0].length > limit) break;
    attrs.push({ name: a[1], value: decodeXml(a[2] ?? a[3] ?? ''), offset: a.index + a[0].length - a[0].trimStart().length });
    i = a.index + a[0].length;
  }
  while (i < limit && /\s/.test(text[i])) i++;
  if (text.startsWith('/>', i) && i + 2 <= limit) return { name: m[0], attrs, end: i + 2, selfClosing: true };
  if (text[i] === '>' && i + 1 <= limit) return { name: m[0], attrs, end: i + 1, selfClosing: false };
  return null;
}
