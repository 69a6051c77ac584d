import * as prettier from 'prettier';
import { describe, expect, test } from 'vitest';
import { chunks, formatFiles, lineChunks } from '../../generator/emit/core/format.js';

const OPTIONS: prettier.Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf', parser: 'typescript' };

/** A generated-looking module of about `bytes` characters: interfaces, aliases and constants, unformatted. */
function module(bytes: number, extra = ''): string {
  let out = '// Generated.\n\n';
  for (let i = 0; out.length < bytes; i++) {
    out += `/**\n * Type ${i}.\n */\nexport interface T${i} {\n/** Member. */\n  a${i}?: string;\n  b: number|null;\n}\n\n`;
    out += `export type U${i} = 'x' | 'y' | T${i};\n\n`;
    out += `export const c${i}: { k: string } = {k:'${i}'};\n\n`;
    if (i === 500) out += extra;
  }
  return out;
}

/** Big files are formatted in pieces cut between top-level statements, found from lines when possible. */
describe('formatting big files in pieces', () => {
  test('the cuts found from lines are the cuts the syntax tree gives', () => {
    const text = module(600_000);
    const quick = lineChunks(text);
    expect(quick?.length).toBeGreaterThan(3);
    expect(quick).toEqual(chunks(text));
  });

  test('a cut inside a template literal or a comment is refused, and the output is the whole-file formatting', async () => {
    // Lines that look like the end of a statement, inside a template literal and a block comment.
    const trap = 'export const sample = `\n<a>\n};\n\n}\n\n</a>`;\n\n/*\n};\n\n}\n\n*/\n\n';
    const text = module(300_000, trap.repeat(3000));
    // The lines alone would cut inside the trap: the cut must be refused.
    expect(lineChunks(text)).not.toEqual(chunks(text));
    const formatted = (await formatFiles(new Map([['big.ts', text]]))).get('big.ts');
    expect(formatted).toBe(await prettier.format(text, OPTIONS));
  }, 120_000);
});
