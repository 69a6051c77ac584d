import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../generator/cli.js';

/** Runs the CLI in-process, capturing its output streams. */
export async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: { write: (s: string) => ((out += s), true) }, err: { write: (s: string) => ((err += s), true) } };
  const code = await main(args, io as never);
  return { code, out, err };
}

/** A fresh temporary folder. */
export function scratch(prefix = 'svcgen-err-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The repository root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** The `file:line:column: severity CODE: message` lines of an error stream. */
export function diagnosticLines(err: string): string[] {
  return err.split('\n').filter((l) => /^[^\s:][^:]*:\d+:\d+: (?:error|warning) SVC\d{3}: /.test(l));
}

/** A document/literal WSDL 1.1 around the given schema content, port types, bindings and services. */
export function wsdl(parts: { schema?: string; body?: string }): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:t" targetNamespace="urn:t">
  <wsdl:types>
    <xs:schema targetNamespace="urn:t" elementFormDefault="qualified">
${parts.schema ?? ''}
    </xs:schema>
  </wsdl:types>
${parts.body ?? ''}
</wsdl:definitions>
`;
}
