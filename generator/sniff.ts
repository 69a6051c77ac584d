import type { SpecFormat } from './ir/types.js';
import { Codes, Diagnostics } from './diagnostics.js';
import { detectAsmxHelp, parseAsmxHelp } from './parsers/asmx/index.js';
import { detectSampleArticle, parseSampleArticle } from './parsers/samples/index.js';
import type { Parser, SpecFile } from './parsers/types.js';
import { detectWebApiHelp, parseWebApiHelp } from './parsers/webapi/index.js';
import { detectWsdl, parseWsdl } from './parsers/wsdl/index.js';
import { LineIndex } from './util/source.js';

/**
 * Input sniffing: decides which parser reads a spec file. Binary and empty files are refused here;
 * files no detector claims get an error that lists every format tried.
 */

export interface Sniffed {
  readonly format: SpecFormat;
  readonly parser: Parser;
}

const TRIED = 'WSDL 1.1, XML Schema, ASMX help page (Microsoft or Mono), ASP.NET Web API help page, article with sample SOAP envelopes';

export function sniff(spec: SpecFile): Sniffed {
  const diags = new Diagnostics();
  const at = new LineIndex(spec.file, spec.text);
  if (spec.text.trim() === '') diags.fail(Codes.EMPTY, 'the file is empty: expected a WSDL, a help page or an article with sample SOAP messages', at.loc(0));
  const bin = binaryOffset(spec.text);
  if (bin >= 0) diags.fail(Codes.BINARY, `the file is binary (a NUL or control byte at offset ${bin}): expected text`, at.loc(bin));
  const wsdl = detectWsdl(spec.text);
  if (wsdl === 'wsdl' || wsdl === 'wsdl2') return { format: 'wsdl', parser: parseWsdl };
  if (wsdl === 'xsd') return { format: 'xsd', parser: parseWsdl };
  const asmx = detectAsmxHelp(spec.text);
  if (asmx === 'ms' || asmx === 'lookalike') return { format: 'asmx-help', parser: parseAsmxHelp };
  if (asmx === 'mono') return { format: 'asmx-mono-help', parser: parseAsmxHelp };
  if (detectWebApiHelp(spec.text)) return { format: 'webapi-help', parser: parseWebApiHelp };
  if (detectSampleArticle(spec.text)) return { format: 'soap-samples', parser: parseSampleArticle };
  const first = spec.text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
  const what = htmlPage(spec.text);
  const said = what ? `${what}, not a format svcgen reads` : `not a format svcgen reads (it starts with "${first}")`;
  return diags.fail(Codes.UNKNOWN_FORMAT, `${said}; tried: ${TRIED}`, at.loc(spec.text.length - spec.text.trimStart().length));
}

/**
 * Names an HTML page that is no help page (typically a server's error page saved where a WSDL
 * was expected): `an HTML page titled "Runtime Error"`; undefined for anything else.
 */
function htmlPage(text: string): string | undefined {
  const head = text.slice(0, 4096);
  if (!/^\s*(?:<!DOCTYPE\s+html|<html[\s>])/i.test(head)) return undefined;
  const title = /<title[^>]*>([^<]*)</i.exec(head)?.[1]?.replace(/\s+/g, ' ').trim().slice(0, 80);
  const status = /\b(?:HTTP(?: Error)?\s*)?([45]\d\d)\b(?=[^<]{0,40}(?:error|not found|forbidden|unavailable|unauthorized))/i.exec(text.slice(0, 20000))?.[1];
  return `an HTML page${title ? ` titled "${title}"` : ''}${status ? ` (it looks like an HTTP ${status} error page)` : ''}`;
}

/** Offset of the first byte that no text file contains (NUL, or C0 controls other than tab/CR/LF/FF), or -1. */
function binaryOffset(text: string): number {
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) return i;
  }
  return -1;
}
