/**
 * Multipart responses: SOAP with Attachments and MTOM/XOP (`multipart/related`, RFC 2387) carry the
 * SOAP envelope as the root part of a MIME multipart body. `soapEnvelopeText` returns the text of
 * that part: the one whose `Content-ID` the `start` parameter names, else the first part. A body
 * that begins with a MIME boundary line (`--boundary`) is read the same way even when the server
 * labels it `text/xml`, since no XML document can begin with `--`. A `multipart/related` answer is
 * read from its bytes by mtom.ts (which resolves `xop:Include`); this text path remains for bodies
 * labelled otherwise.
 */

import { headerParam, isMultipart } from './mtom.js';

/** The SOAP envelope's text of a response body, multipart or not. */
export function soapEnvelopeText(text: string, contentType: string): string {
  const multipart = isMultipart(contentType);
  let boundary = multipart ? headerParam(contentType, 'boundary') : undefined;
  if (!boundary) {
    boundary = firstBoundary(text);
    if (!boundary) return text;
  }
  const start = multipart ? headerParam(contentType, 'start') : undefined;
  const parts = mimeParts(text, boundary);
  if (parts.length === 0) return text;
  const wanted = start !== undefined ? unbracket(start) : undefined;
  const root = (wanted !== undefined && parts.find((p) => p.id === wanted)) || parts[0];
  return root.body;
}

/** The boundary of a body that begins (after white space) with a `--boundary` line. */
function firstBoundary(text: string): string | undefined {
  let i = 0;
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  if (!text.startsWith('--', i)) return undefined;
  const eol = text.indexOf('\n', i + 2);
  if (eol < 0) return undefined;
  const b = trimEnd(text, i + 2, eol);
  return b === '' ? undefined : b;
}

interface Part {
  readonly id: string | undefined;
  readonly body: string;
}

/**
 * The parts between `--boundary` delimiter lines, up to the closing `--boundary--`. Hand-written
 * scanning (no regular expression that could backtrack): linear in the body.
 */
function mimeParts(text: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const out: Part[] = [];
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (text.startsWith('--', after)) break;
    const next = text.indexOf(`\n${delimiter}`, after);
    const end = next < 0 ? text.length : next;
    // The rest of the delimiter line (transport padding), then the part's headers.
    let from = after;
    while (from < end && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
    if (text.charCodeAt(from) === 13) from++;
    if (text.charCodeAt(from) === 10) from++;
    const stop = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let id: string | undefined;
    let i = from;
    let body = from;
    for (;;) {
      const eol = text.indexOf('\n', i);
      const lineEnd = eol < 0 || eol > stop ? stop : eol;
      const line = trimEnd(text, i, lineEnd);
      if (line === '') {
        body = lineEnd < stop ? lineEnd + 1 : stop;
        break;
      }
      const colon = line.indexOf(':');
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === 'content-id') id = unbracket(line.slice(colon + 1).trim());
      if (lineEnd >= stop) {
        // No blank line: the chunk has no headers, all of it is the body.
        id = undefined;
        body = from;
        break;
      }
      i = lineEnd + 1;
    }
    out.push({ id, body: text.slice(body, stop) });
    at = next < 0 ? -1 : next + 1;
  }
  return out;
}

/** `<id>` → `id`. */
function unbracket(v: string): string {
  return v.startsWith('<') && v.endsWith('>') ? v.slice(1, -1) : v;
}

/** `text[from, to)` without trailing white space (CR included). */
function trimEnd(text: string, from: number, to: number): string {
  let e = to;
  while (e > from && isWs(text.charCodeAt(e - 1))) e--;
  return text.slice(from, e);
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}
