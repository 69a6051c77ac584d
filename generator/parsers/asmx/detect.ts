/**
 * Cheap recognition of ASMX help pages (docs/formats/asmx.md §Recognition, §Look-alikes).
 *
 * - `ms`: DefaultWsdlHelpGenerator output: an HTTP sample whose Content-Length is the placeholder
 *   `length` (`Content -length` in the zh-TW 1.x template, `<font class=value>length</font>` in
 *   HTML) next to a `.asmx` request line or SOAP envelope, or an operation list (`p.heading1` with
 *   `.asmx?op=` links).
 * - `mono`: `span.literal-placeholder` / `tabLabelOn` markup, the Mono sample head
 *   (`POST /x.asmx` without an HTTP version, `Content-Length: string`, `Host: string`), or
 *   Mono's service page with its `X.asmx?page=op&tab=main&op=Name&bnd=Binding` links.
 * - `lookalike`: pages imitating the layout that are not ASMX: ServiceStack `/metadata?op=` pages
 *   ("HTTP + SOAP11", ".soap11 suffix", DataContract namespaces, `POST /soap11`) and PHP clones
 *   (`.php?op=`, `POST /x.php`).
 */

export type AsmxKind = 'ms' | 'mono' | 'lookalike' | null;

const LENGTH_PLACEHOLDER = /Content[ \t]*-[ \t]*length:[ \t]*(?:<font\b[^<>]*>)?length\b/i;
const ASMX_REQUEST = /(?:POST|GET)[ \t]+\/\S*\.asmx\b/i;
const MONO_OP_LINK = /\.asmx\?page=op&(?:amp;)?tab=\w+&(?:amp;)?op=\w/i;
const ENVELOPE = /schemas\.xmlsoap\.org\/soap\/envelope\/|www\.w3\.org\/2003\/05\/soap-envelope/;

/** Which kind of ASMX help page `text` is, or null. */
export function detectAsmxHelp(text: string): AsmxKind {
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  if (isLookalike(head)) return 'lookalike';
  if (/class=["']?literal-placeholder|class=["']?tabLabelOn/i.test(head)) return 'mono';
  // Mono's service page (operation list): `X.asmx?page=op&tab=main&op=Name&bnd=XSoap` links.
  if (MONO_OP_LINK.test(head)) return 'mono';
  if (/(?:^|\n)[^\S\n]*POST[ \t]+\/\S*\.asmx[ \t]*(?:\r?\n|<br)/i.test(head) && /(?:Host|Content-Length):[ \t]*string\b/i.test(head)) return 'mono';
  const sample = LENGTH_PLACEHOLDER.test(head) && (ASMX_REQUEST.test(head) || ENVELOPE.test(head));
  if (sample) return 'ms';
  if (/class=["']?heading1/i.test(head) && /\.asmx\?op=/i.test(head)) return 'ms';
  if (ASMX_REQUEST.test(head) && /<font class=["']?value/i.test(head)) return 'ms';
  return null;
}

/** ServiceStack / PHP imitations (docs/formats/asmx.md §Look-alikes). */
export function isLookalike(text: string): boolean {
  const resembles = LENGTH_PLACEHOLDER.test(text) || /\?op=/i.test(text) || ENVELOPE.test(text);
  if (!resembles) return false;
  if (/HTTP \+ SOAP1[12]|HTTP \+ (?:XML|JSON)|To override the Content-type in your clients|\.soap1[12] suffix|\/metadata\?op=|format=soap1[12]/i.test(text)) return true;
  if (/(?:POST|GET)[ \t]+\/soap1[12]\b/.test(text) && /schemas\.datacontract\.org\/2004\/07\//.test(text)) return true;
  if (/\.php\?(?:op|wsdl)\b/i.test(text) || /(?:POST|GET)[ \t]+\/\S*\.php\b/i.test(text)) return true;
  return false;
}

/** A one-line description of a look-alike page for the error message. */
export function describeLookalike(text: string): string {
  if (/\.php\b/i.test(text) && !/HTTP \+ SOAP|metadata\?op=/i.test(text)) {
    return 'a PHP page that imitates the ASMX help page (e.g. WaterOneFlow cuahsi_1_1.php?op=, PEAR Services_Webservice): its samples are not generated from a schema; feed its WSDL (…php?WSDL) instead';
  }
  return 'a ServiceStack /metadata?op= page that imitates the ASMX help page (its samples hold .NET default values such as String, 0, false, not XSD type names, and DataContract namespaces); feed the service\'s WSDL instead (ServiceStack serves it at /soap11/wsdl or /soap12/wsdl)';
}
