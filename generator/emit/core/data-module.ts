import type { ConstModel } from './declarations.js';

/**
 * The descriptors module of a package, written directly as what ships: `descriptors.js` (an ES
 * module of object literals, one constant per line) and `descriptors.d.ts` (each constant's
 * declared type), plus its CommonJS twin (`dist/cjs/descriptors.js`: the same lines, each constant
 * also assigned to `exports`). Data needs no compiling or formatting: the build takes all three as
 * they are. Descriptors refer to each other through getters, so a bundler keeps the constants a
 * program reaches and drops the others.
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

export function dataModule(input: DataModuleInput): { js: string; cjs: string; dts: string } {
  const { names, values } = hoistNamespaces(input.descriptors.map((d) => d.value));
  const about = `/* ${input.about} Declared types: descriptors.d.ts. */`;
  const js = [input.header, about];
  // CommonJS: the same constants, each one a local (descriptors name each other) and an export.
  const cjs = [input.header, about, '"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });'];
  for (const [literal, name] of names) {
    js.push(`const ${name} = ${literal};`);
    cjs.push(`const ${name} = ${literal};`);
  }
  js.push(`export const SERVICE = ${input.service.value};`);
  cjs.push(`const SERVICE = (exports.SERVICE = ${input.service.value});`);
  input.descriptors.forEach((d, i) => {
    js.push(`export const ${d.name} = ${values[i]};`);
    cjs.push(`const ${d.name} = (exports.${d.name} = ${values[i]});`);
  });
  const operations = [`/** Every operation's descriptor, keyed by client method name. */`, ...input.operations.map((o) => `  ${o.method}: ${o.opDesc},`), '};', ''];
  js.push(operations[0], 'export const OPERATIONS = {', ...operations.slice(1));
  cjs.push(operations[0], 'exports.OPERATIONS = {', ...operations.slice(1));
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
  return { js: js.join('\n'), cjs: cjs.join('\n'), dts: dts.join('\n') };
}

/** A namespace used this often is written once, as a module constant (`ns0`, `ns1`, …). */
const HOIST_MIN = 3;

/**
 * Namespace literals (`ns: '…'`, `namespace: '…'`) repeated across the descriptors become module
 * constants: the same namespace is on nearly every field of a WSDL's types. Literals are found by
 * scanning the code (never inside another string literal) and named in order of first use.
 */
export function hoistNamespaces(values: readonly string[]): { names: Map<string, string>; values: string[] } {
  const counts = new Map<string, number>();
  for (const v of values) for (const n of namespaceLiterals(v)) counts.set(v.slice(n.start, n.end), (counts.get(v.slice(n.start, n.end)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const [literal, count] of counts) if (count >= HOIST_MIN) names.set(literal, `ns${names.size}`);
  if (!names.size) return { names, values: [...values] };
  const out = values.map((v) => {
    let text = '';
    let at = 0;
    for (const n of namespaceLiterals(v)) {
      const name = names.get(v.slice(n.start, n.end));
      if (!name) continue;
      text += v.slice(at, n.start) + name;
      at = n.end;
    }
    return text + v.slice(at);
  });
  return { names, values: out };
}

/** Positions of the string literals that are the value of an `ns` or `namespace` property. */
function namespaceLiterals(code: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let codeStart = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] !== "'") continue;
    let end = i + 1;
    while (end < code.length && code[end] !== "'") end += code[end] === '\\' ? 2 : 1;
    end++;
    if (/(?:^|[{,\s])(?:ns|namespace):\s*$/.test(code.slice(codeStart, i))) out.push({ start: i, end });
    i = end - 1;
    codeStart = end;
  }
  return out;
}
