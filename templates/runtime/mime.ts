/**
 * Multipart responses: SOAP with Attachments and MTOM/XOP (`multipart/related`, RFC 2387) carry the
 * SOAP envelope as the root part of a MIME multipart body. `soapEnvelopeText` returns the text of
 * that part: the one whose `Content-ID` the `start` parameter names, else the first part. A body
 * that begins with a MIME boundary line (`--boundary`) is read the same way even when the server
 * labels it `text/xml`, since no XML document can begin with `--`. A `multipart/related` answer is
 * read from its bytes by mtom.ts (which resolves `xop:Include`); this text path remains for bodies
 * labelled otherwise.
 */

/** The SOAP envelope's text of a response body, multipart or not. */
export function soapEnvelopeText(text: string, contentType: string): string {
  const multipart = /^\s*multipart\/related\b/i.test(contentType);
  let boundary = multipart ? param(contentType, 'boundary') : undefined;
  if (!boundary) {
    const m = /^\s*--([^\r\n]+?)[ \t]*\r?\n/.exec(text);
    if (!m) return text;
    boundary = m[1];
  }
  const start = multipart ? param(contentType, 'start') : undefined;
  const parts = mimeParts(text, boundary);
  if (parts.length === 0) return text;
  const wanted = start?.replace(/^<|>$/g, '');
  const root = (wanted !== undefined && parts.find((p) => p.id === wanted)) || parts[0];
  return root.body;
}

/** A parameter of a header value (`name=value` or `name="value"`). */
function param(header: string, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2]) : undefined;
}

interface Part {
  readonly id: string | undefined;
  readonly body: string;
}

/** The parts between `--boundary` delimiter lines, up to the closing `--boundary--`. */
function mimeParts(text: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const out: Part[] = [];
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (text.startsWith('--', after)) break;
    const next = text.indexOf(`\n${delimiter}`, after);
    const chunk = text.slice(after, next < 0 ? text.length : next).replace(/^[ \t]*\r?\n/, '').replace(/\r$/, '');
    const split = /\r?\n\r?\n/.exec(chunk);
    const head = split ? chunk.slice(0, split.index) : '';
    const body = split ? chunk.slice(split.index + split[0].length) : chunk;
    const id = /^content-id:\s*<?([^>\r\n]*?)>?\s*$/im.exec(head)?.[1];
    out.push({ id, body });
    at = next < 0 ? -1 : next + 1;
  }
  return out;
}
