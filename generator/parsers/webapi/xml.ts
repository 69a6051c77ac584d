/**
 * A lenient XML reader for help-page XML samples (docs/formats/webapi.md §XML): element names,
 * resolved namespaces, attributes and text, in document order. Cut-off samples are closed
 * where they stop (`truncated` tells).
 */

export interface XmlElement {
  /** Qualified name as written (`d2p1:string`). */
  readonly qname: string;
  readonly local: string;
  /** Resolved namespace URI ('' when none). */
  readonly ns: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export interface XmlParse {
  readonly root: XmlElement | null;
  readonly truncated: boolean;
}

interface Frame {
  el: XmlElement;
  scope: Record<string, string>;
}

/** Parses an XML sample; `root` is null when the text has no element at all. */
export function parseXmlLenient(text: string): XmlParse {
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<[?!][^>]*>|([^<]+)|</g;
  const stack: Frame[] = [];
  let root: XmlElement | null = null;
  let m: RegExpExecArray | null;
  let sawOpenTagEnd = true;
  while ((m = re.exec(text)) !== null) {
    if (m[2] === undefined) {
      if (m[5] !== undefined && stack.length) stack[stack.length - 1].el.text += m[5];
      else if (m[0] === '<') sawOpenTagEnd = false;
      continue;
    }
    if (m[1] === '/') {
      const idx = findOpen(stack, m[2]);
      if (idx >= 0) stack.length = idx;
      continue;
    }
    const parentScope = stack.length ? stack[stack.length - 1].scope : { xml: 'http://www.w3.org/XML/1998/namespace' };
    const attrs = parseAttrs(m[3]);
    const scope = { ...parentScope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') scope[''] = v;
      else if (k.startsWith('xmlns:')) scope[k.slice(6)] = v;
    }
    const colon = m[2].indexOf(':');
    const prefix = colon >= 0 ? m[2].slice(0, colon) : '';
    const el: XmlElement = {
      qname: m[2],
      local: colon >= 0 ? m[2].slice(colon + 1) : m[2],
      ns: scope[prefix] ?? '',
      attrs,
      children: [],
      text: '',
    };
    if (stack.length) stack[stack.length - 1].el.children.push(el);
    else if (!root) root = el;
    else continue;
    if (m[4] !== '/') stack.push({ el, scope });
  }
  for (const f of stack) f.el.text = f.el.text.trim();
  decodeTexts(root);
  return { root, truncated: stack.length > 0 || !sawOpenTagEnd };
}

function findOpen(stack: readonly Frame[], qname: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].el.qname === qname) return i;
  return -1;
}

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? '');
  return out;
}

function decodeTexts(el: XmlElement | null): void {
  if (!el) return;
  el.text = unescapeXml(el.text.trim());
  el.children.forEach(decodeTexts);
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The first child whose local name equals `name` (exact, then case-insensitive). */
export function xmlChild(el: XmlElement | null | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  return (
    el.children.find((c) => c.local === name) ??
    el.children.find((c) => c.local.toLowerCase() === name.toLowerCase())
  );
}
