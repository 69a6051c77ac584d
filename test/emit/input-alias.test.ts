/**
 * `XInput` (the request shape of a record also used in responses) is declared `type XInput = X`
 * where the two shapes are the same: same members, optionality and types, recursively.
 */
import { describe, expect, test } from 'vitest';
import { renameTypes } from '../../generator/emit/core/input-alias.js';
import { inlinePackage } from '../helpers/inline-package.js';
import { typecheck } from '../helpers/typecheck.js';
import { wsdlOf, type WsdlSpec } from '../workflow/wsdl-builder.js';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

const SPEC: WsdlSpec = {
  operations: {
    Echo: {
      input: ['Plain', 'Dated', 'Holder', 'Wrapper', 'Node'].map((t) => ({ name: t.toLowerCase(), type: `tns:${t}`, min: 0 as const })),
      output: ['Plain', 'Dated', 'Holder', 'Wrapper', 'Node'].map((t) => ({ name: `r${t}`, type: `tns:${t}`, min: 0 as const })),
    },
  },
  complex: {
    // Strings only: the same in both shapes.
    Plain: [{ name: 'code', type: 's:string' }, { name: 'label', type: 's:string', min: 0 }],
    // xs:dateTime reads as a string but accepts a Date: two shapes.
    Dated: [{ name: 'at', type: 's:dateTime' }],
    // Refers to a record with two shapes: two shapes.
    Holder: [{ name: 'dated', type: 'tns:Dated' }],
    // Refers to a record with one shape: one shape.
    Wrapper: [{ name: 'plain', type: 'tns:Plain' }, { name: 'count', type: 's:int' }],
    // Recursive and otherwise plain: one shape.
    Node: [{ name: 'value', type: 's:string' }, { name: 'next', type: 'tns:Node', min: 0 }],
  },
};

describe('input shapes', async () => {
  const pkg = await inlinePackage({ 'S.wsdl': wsdlOf(SPEC) }, 'Shapes');
  const types = pkg.files.get('types.ts')!;

  test('are aliases of the result shapes where they are the same', () => {
    for (const t of ['Plain', 'Wrapper', 'Node']) expect(types).toContain(`export type ${t}Input = ${t};`);
    for (const t of ['Dated', 'Holder']) {
      expect(types).toContain(`export interface ${t}Input {`);
      expect(types).not.toContain(`export type ${t}Input =`);
    }
    expect(types).toMatch(/export interface HolderInput \{[^}]*dated: DatedInput;/);
  });

  test('the package type-checks and a result value is a valid input', () => {
    const file = join(pkg.dir, 'use.ts');
    writeFileSync(file, `import type { Plain, PlainInput, Node, NodeInput, WrapperInput } from './index.js';\nexport const a = (p: Plain): PlainInput => p;\nexport const b = (n: Node): NodeInput => n;\nexport const c: WrapperInput = { plain: { code: 'x' }, count: 1 };\n`);
    expect(typecheck([join(pkg.dir, 'index.ts'), file], 'Bundler')).toEqual([]);
  }, 60_000);

  test('renaming leaves string literal types alone', () => {
    const r = (n: string) => (n === 'AInput' ? 'A' : n);
    expect(renameTypes(`AInput[] | 'AInput' | { k: AInput }`, r)).toBe(`A[] | 'AInput' | { k: A }`);
  });
});
