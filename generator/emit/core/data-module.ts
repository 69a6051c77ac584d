import type { ConstModel } from './declarations.js';

/**
 * The descriptors module of a package, written directly as what ships: `descriptors.js` (an ES
 * module of object literals, one constant per line) and `descriptors.d.ts` (each constant's
 * declared type). Data needs no compiling or formatting, and the build takes both files as they are
 * (their CommonJS form is transpiled from the JavaScript). Descriptors refer to each other through
 * getters, so a bundler keeps the constants a program reaches and drops the others.
 */
export interface DataModuleInput {
  readonly header: string;
  /** What the module holds (a comment line of both files). */
  readonly about: string;
  /** The service descriptor: its declared type and literal. */
  readonly service: { readonly type: string; readonly value: string };
  readonly descriptors: readonly ConstModel[];
  /** Client method name → operation descriptor constant, in client order. */
  readonly operations: readonly { readonly method: string; readonly opDesc: string }[];
  /** The type of each entry of `OPERATIONS`. */
  readonly operationType: string;
  /** Descriptor type name → the runtime module declaring it (`./runtime/schema.js`). */
  readonly typeModules: Readonly<Record<string, string>>;
}

export function dataModule(input: DataModuleInput): { js: string; dts: string } {
  const js = [input.header, `/* ${input.about} Declared types: descriptors.d.ts. */`, `export const SERVICE = ${input.service.value};`];
  for (const d of input.descriptors) js.push(`export const ${d.name} = ${d.value};`);
  js.push(`/** Every operation's descriptor, keyed by client method name. */`, 'export const OPERATIONS = {', ...input.operations.map((o) => `  ${o.method}: ${o.opDesc},`), '};', '');
  const used = new Set([input.service.type, ...input.descriptors.map((d) => d.type), ...(input.operations.length ? [input.operationType] : [])]);
  const byModule = new Map<string, string[]>();
  for (const t of [...used].sort()) {
    const from = input.typeModules[t];
    if (!from) throw new Error(`internal error: no runtime module declares ${t}`);
    byModule.set(from, [...(byModule.get(from) ?? []), t]);
  }
  const dts = [input.header, `/* ${input.about} */`];
  for (const [from, names] of [...byModule].sort((a, b) => a[0].localeCompare(b[0]))) dts.push(`import type { ${names.join(', ')} } from '${from}';`);
  dts.push(`/** Where and how the service is served. */`, `export declare const SERVICE: ${input.service.type};`);
  for (const d of input.descriptors) dts.push(`export declare const ${d.name}: ${d.type};`);
  dts.push(`/** Every operation's descriptor, keyed by client method name. */`, `export declare const OPERATIONS: {`, ...input.operations.map((o) => `  readonly ${o.method}: ${input.operationType};`), '};', '');
  return { js: js.join('\n'), dts: dts.join('\n') };
}
