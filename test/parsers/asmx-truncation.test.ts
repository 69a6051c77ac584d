import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELPPAGES, helpPage, seedPath } from '../helpers/data.js';
import { SpecError } from '../../generator/diagnostics.js';
import type { Service } from '../../generator/ir/types.js';
import { parseAsmxHelp } from '../../generator/parsers/asmx/index.js';

const files = [
  seedPath('000_18db1e799f7d8e75.txt'),
  seedPath('003_2ef636b388e450eb.txt'),
  ...readdirSync(HELPPAGES).filter((f) => f.startsWith('asmx_')).map((f) => helpPage(f)),
];

/** mulberry32: a small seeded PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('truncation property', () => {
  for (const file of files) {
    const name = file.split('/').pop() as string;
    it(`${name}: 30 random cuts give a Service or a SpecError`, () => {
      const text = readFileSync(file, 'utf8');
      const rnd = prng(name.length * 7919 + text.length);
      for (let k = 0; k < 30; k++) {
        const cut = Math.floor(rnd() * text.length);
        let result: Service | undefined;
        try {
          result = parseAsmxHelp({ file: name, location: name, text: text.slice(0, cut) }, {}) as Service;
        } catch (e) {
          if (!(e instanceof SpecError)) throw new Error(`cut at ${cut}: ${String(e)}`);
          continue;
        }
        expect(result.kind).toBe('service');
        expect(() => JSON.stringify(result)).not.toThrow();
        for (const d of result.diagnostics) expect(d.loc === undefined || (d.loc.line >= 1 && d.loc.column >= 1)).toBe(true);
      }
    });
  }

  it('a page cut inside the SOAP 1.2 response names what is missing', () => {
    const text = readFileSync(files[1], 'utf8');
    const at = text.lastIndexOf('<EncryptedChatRequestId>');
    const s = parseAsmxHelp({ file: 'x', location: 'x', text: text.slice(0, at + 8) + '\n[excerpt truncated by search tool]\n' }, {}) as Service;
    const w = s.diagnostics.find((d) => d.code === 'SVC110');
    expect(w?.message).toMatch(/SOAP 1\.2 response sample is cut off after line \d+/);
    // the complete SOAP 1.1 response still gives the full type
    const chat = s.types.find((t) => t.id === 'ChatRequest');
    expect(chat?.kind === 'complex' && chat.fields.length).toBe(13);
  });

  it('a page cut inside a tag keeps the fields before it', () => {
    const text = readFileSync(files[0], 'utf8');
    const at = text.indexOf('<duration>');
    const s = parseAsmxHelp({ file: 'x', location: 'x', text: text.slice(0, at + 5) }, {}) as Service;
    expect(s.operations[0].input.fields.map((f) => f.name)).toEqual(['username', 'interactionTemplateCode', 'contactCode', 'evaluation']);
    expect(s.diagnostics.some((d) => d.code === 'SVC110' && /SOAP 1\.1 request/.test(d.message))).toBe(true);
  });
});
