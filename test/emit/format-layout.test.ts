/**
 * The layout helpers of generator/emit/core/layout.ts against prettier (svcgen's pinned version
 * and options): each construct is built with names of every length around the print width, and
 * the helper's text must be exactly what prettier makes of it.
 */
import * as prettier from 'prettier';
import { describe, expect, test } from 'vitest';
import { call, ifStatement, moduleDecl, print, typeLiteral } from '../../generator/emit/core/layout.js';

const OPTIONS: prettier.Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf', parser: 'typescript' };
const fmt = (text: string) => prettier.format(text, OPTIONS);
const name = (n: number, c = 'A') => `${c}${'x'.repeat(Math.max(0, n - 1))}`;

describe('layout helpers match prettier for any name length', () => {
  test('import and export declarations', async () => {
    for (const kw of ['import', 'import type', 'export', 'export type'] as const) {
      for (let n = 1; n <= 110; n += 3) {
        for (const count of [1, 2, 5]) {
          const names = Array.from({ length: count }, (_, i) => name(n, String.fromCharCode(65 + i)));
          const text = moduleDecl(kw, names, './types.js');
          expect(text, `${kw} ${n} ${count}`).toBe(await fmt(text));
        }
      }
    }
  });

  test('an if statement returning a call', async () => {
    for (let n = 1; n <= 120; n += 1) {
      const stmt = print(ifStatement('!found', ['return ', call('fault', ['version', "'Client'", `'no operation of ${name(n)} matches the request body'`, 'undefined', '500']), ';']), 4);
      const text = `function f() {\n  {\n${stmt}\n  }\n}\n`;
      expect(text, String(n)).toBe(await fmt(text));
    }
  });

  test('a type literal member', async () => {
    for (let n = 1; n <= 110; n += 2) {
      const lit = print(['Op: ', typeLiteral([`request: ${name(n)}`, 'response: B', `result: ${name(n, 'C')}`]), ';'], 2);
      const text = `interface X {\n${lit}\n}\n`;
      expect(text, String(n)).toBe(await fmt(text));
    }
  });
});
