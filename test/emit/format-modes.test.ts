/**
 * The three ways a generation treats prettier (format.ts): `auto` (the default) keeps the files the
 * emitters wrote in final layout and formats only the others and a final file with a wide code
 * line the layout did not write; `all` (`--format`) formats every source; `none` (`--no-format`)
 * formats nothing.
 */
import { describe, expect, test } from 'vitest';
import { formatFiles, formatMode } from '../../generator/emit/core/format.js';
import { moduleDecl } from '../../generator/emit/core/layout.js';

const unformatted = 'const a = {b:1}\n';
const formatted = 'const a = { b: 1 };\n';
const wide = `const x = [${Array.from({ length: 40 }, (_, i) => i).join(', ')}];\n`;

describe('format modes', () => {
  test('the option maps to a mode', () => {
    expect([formatMode(undefined), formatMode(true), formatMode(false)]).toEqual(['auto', 'all', 'none']);
  });

  test('auto keeps final files, formats the others and a final file with a wide line it did not lay out', async () => {
    const files = new Map([
      ['final.ts', unformatted],
      ['other.ts', unformatted],
      ['wide.ts', wide],
      ['README.md', '*  a\n'],
    ]);
    const out = await formatFiles(files, 'auto', new Map([['final.ts', new Set<string>()], ['wide.ts', new Set<string>()]]));
    expect(out.get('final.ts')).toBe(unformatted);
    expect(out.get('other.ts')).toBe(formatted);
    expect(out.get('wide.ts')).not.toBe(wide);
    expect(out.get('README.md')).toBe('- a\n');
  });

  test('auto lets through a wide line the layout printer wrote (an identifier prettier cannot break either)', async () => {
    const text = `${moduleDecl('import type', ['B', 'A'.repeat(120)], './types.js')}\n`;
    expect(text.split('\n').some((l) => l.length > 100)).toBe(true);
    // What prettier makes of it, for the record: the same text.
    expect((await formatFiles(new Map([['types.ts', text]]), 'all')).get('types.ts')).toBe(text);
    const out = await formatFiles(new Map([['types.ts', text]]), 'auto', new Map([['types.ts', new Set<string>()]]));
    expect(out.get('types.ts')).toBe(text);
  });

  test('all formats every source, none formats nothing', async () => {
    const files = new Map([['final.ts', unformatted]]);
    expect((await formatFiles(files, 'all', new Map([['final.ts', new Set<string>()]]))).get('final.ts')).toBe(formatted);
    expect((await formatFiles(files, 'none')).get('final.ts')).toBe(unformatted);
  });
});
