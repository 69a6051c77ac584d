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
  return diags.fail(Codes.UNKNOWN_FORMAT, `not a format svcgen reads (it starts with "${first}"); tried: ${TRIED}`, at.loc(spec.text.length - spec.text.trimStart().length));
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
