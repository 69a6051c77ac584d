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
export declare function soapEnvelopeText(text: string, contentType: string): string;
