import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The import graph of generator/: no cycles, and each layer imports only downward:
 * cli/api/watch/config/index/output → commands → pipeline (pipeline.ts, sniff.ts) → passes →
 * parsers → ir/util/diagnostics. emit/ takes a resolved model and imports only emit/, ir/, util/
 * and diagnostics; inside emit/, core/ imports only core/, soap/ and rest/ import core/ and
 * themselves, never each other. A parser imports its own folder, the shared top-level
 * parsers/*.ts files and parsers/xml/, never another parser's folder, a pass or emit/.
 */

const ROOT = join(new URL('..', import.meta.url).pathname, 'generator');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Relative imports of a file (static import/export … from, side-effect imports, dynamic import()). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  const patterns = [/^\s*(?:import|export)\s[^;'"]*?\sfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[1].startsWith('.')) out.push(m[1]);
  return out;
}

/** generator/-relative path of every file and its relative imports, resolved to .ts files. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const abs of sources(ROOT)) {
    const file = relative(ROOT, abs).split('\\').join('/');
    const deps = importsOf(readFileSync(abs, 'utf8')).map((spec) => posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
    g.set(file, [...new Set(deps)]);
  }
  return g;
}

/** Every cycle's files, as one example path per strongly connected component (Tarjan). */
export function cycles(g: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      const self = (g.get(v) ?? []).includes(v);
      if (scc.length > 1 || self) out.push(cyclePath(g, new Set(scc), v));
    }
  };
  for (const v of [...g.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

/** A path v → … → v inside one strongly connected component. */
function cyclePath(g: ReadonlyMap<string, readonly string[]>, scc: ReadonlySet<string>, v: string): string[] {
  const prev = new Map<string, string>();
  const queue = [v];
  while (queue.length) {
    const at = queue.shift()!;
    for (const w of g.get(at) ?? []) {
      if (!scc.has(w)) continue;
      if (w === v) {
        const path = [v];
        for (let p: string | undefined = at; p !== undefined && p !== v; p = prev.get(p)) path.splice(1, 0, p);
        return [...path, v];
      }
      if (!prev.has(w)) {
        prev.set(w, at);
        queue.push(w);
      }
    }
  }
  return [v, v];
}

type Layer = 'top' | 'commands' | 'pipeline' | 'passes' | 'parsers' | 'emit' | 'base';

function layerOf(file: string): Layer | undefined {
  // build-runtime.ts: the step of `npm run build` that prepares the runtime (emit/core/runtime-artifacts.ts).
  if (/^(cli|api|watch|config|index|output|build-runtime)\.ts$/.test(file)) return 'top';
  if (file.startsWith('commands/')) return 'commands';
  if (file === 'pipeline.ts' || file === 'sniff.ts') return 'pipeline';
  if (file.startsWith('passes/')) return 'passes';
  if (file.startsWith('parsers/')) return 'parsers';
  if (file.startsWith('emit/')) return 'emit';
  if (file.startsWith('ir/') || file.startsWith('util/') || file === 'diagnostics.ts') return 'base';
  return undefined;
}

/** Which layers each layer may import. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  top: ['top', 'commands', 'pipeline', 'passes', 'parsers', 'emit', 'base'],
  commands: ['commands', 'pipeline', 'passes', 'parsers', 'emit', 'base'],
  pipeline: ['pipeline', 'passes', 'parsers', 'base'],
  passes: ['passes', 'parsers', 'base'],
  parsers: ['parsers', 'base'],
  emit: ['emit', 'base'],
  base: ['base'],
};

/** Known edges that break a rule (none left; an entry here must name why and be removed soon). */
const KNOWN = new Set<string>([]);

/** The parser format folder of a path (`parsers/wsdl/x.ts` → `wsdl`); shared files and parsers/xml/ have none. */
function parserFolder(file: string): string | undefined {
  const m = /^parsers\/([^/]+)\//.exec(file);
  return m && m[1] !== 'xml' ? m[1] : undefined;
}

/** The part of emit/ a file belongs to: core, soap, rest, or the top-level dispatcher files. */
function emitPart(file: string): string {
  return /^emit\/(core|soap|rest)\//.exec(file)?.[1] ?? 'top';
}

/** Rule broken by importing `to` from `from`, if any. */
export function violation(from: string, to: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a) return `${from} belongs to no layer (add it to the architecture test)`;
  if (!b) return `${to} belongs to no layer (add it to the architecture test)`;
  if (!ALLOWED[a].includes(b)) return `${a} must not import ${b}`;
  if (a === 'parsers' && b === 'parsers') {
    const pf = parserFolder(from);
    const pt = parserFolder(to);
    if (pt !== undefined && pt !== pf) return `a parser must not import another parser's folder (${pt})`;
  }
  if (a === 'passes' && b === 'parsers' && parserFolder(to) !== undefined) return `a pass must not import a parser's folder (${parserFolder(to)})`;
  if (a === 'emit' && b === 'emit') {
    const pa = emitPart(from);
    const pb = emitPart(to);
    if (pa === 'core' && pb !== 'core') return `emit/core must not import emit/${pb === 'top' ? to.slice(5) : pb}`;
    if ((pa === 'soap' || pa === 'rest') && pb !== 'core' && pb !== pa) return `emit/${pa} must not import emit/${pb === 'top' ? to.slice(5) : pb}`;
  }
  return undefined;
}

describe('architecture of generator/', () => {
  const g = graph();

  test('the import scan sees the modules', () => {
    expect(g.get('pipeline.ts')).toContain('passes/merge.ts');
    expect(g.get('emit/index.ts')).toContain('emit/soap/index.ts');
    expect(importsOf(`import type { A } from './a.js';\nexport { b } from '../b.js';\nimport './c.js';\nconst d = await import('./d.js');\nimport {\n  e,\n  f,\n} from './e.js';`)).toEqual(['./a.js', '../b.js', './e.js', './c.js', './d.js']);
  });

  test('no import cycles', () => {
    expect(cycles(g).map((c) => c.join(' -> '))).toEqual([]);
  });

  test('each layer imports only what it may', () => {
    const broken: string[] = [];
    for (const [from, deps] of g) {
      for (const to of deps) {
        const why = violation(from, to);
        if (why && !KNOWN.has(`${from} -> ${to}`)) broken.push(`${from} -> ${to}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the rules catch what they forbid', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(violation('emit/soap/model.ts', 'passes/naming.ts')).toBe('emit must not import passes');
    expect(violation('emit/core/text.ts', 'emit/soap/model.ts')).toMatch(/core must not import/);
    expect(violation('emit/rest/model.ts', 'emit/soap/model.ts')).toMatch(/rest must not import/);
    expect(violation('parsers/wsdl/index.ts', 'parsers/asmx/xml.ts')).toMatch(/another parser/);
    expect(violation('parsers/wsdl/index.ts', 'parsers/types.ts')).toBeUndefined();
    expect(violation('parsers/wsdl/index.ts', 'parsers/xml/reader.ts')).toBeUndefined();
    expect(violation('ir/types.ts', 'passes/naming.ts')).toBe('base must not import passes');
    expect(violation('pipeline.ts', 'emit/index.ts')).toBe('pipeline must not import emit');
    expect(violation('commands/diff.ts', 'emit/version.ts')).toBeUndefined();
  });
});
