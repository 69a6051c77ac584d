import { WSDL2_NS, WSDL_NS, XSD_NSS } from '../../util/namespaces.js';

/**
 * Cheap format check for the sniffer: looks at the root element only (after the prolog,
 * comments and DOCTYPE) and the namespaces declared on it.
 */
export function detectWsdl(text: string): 'wsdl' | 'wsdl2' | 'xsd' | null {
  const head = text.slice(0, 64 * 1024);
  const re = /<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)([^>]*)>/g;
  let m: RegExpExecArray | null;
  let from = 0;
  for (;;) {
    const lt = head.indexOf('<', from);
    if (lt < 0) return null;
    if (head.startsWith('<?', lt)) from = head.indexOf('?>', lt) + 2;
    else if (head.startsWith('<!--', lt)) from = head.indexOf('-->', lt) + 3;
    else if (head.startsWith('<!', lt)) from = head.indexOf('>', lt) + 1;
    else break;
    if (from <= 1) return null;
  }
  re.lastIndex = head.indexOf('<', from);
  if ((m = re.exec(head)) === null) return null;
  const prefix = (m[1] ?? '').replace(/:$/, '');
  const local = m[2];
  const decl = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(m[3]);
  const ns = decl?.[1] ?? '';
  if (local === 'definitions' && ns === WSDL_NS) return 'wsdl';
  if (local === 'description' && ns === WSDL2_NS) return 'wsdl2';
  if (local === 'schema' && XSD_NSS.includes(ns)) return 'xsd';
  return null;
}
