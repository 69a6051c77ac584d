import { ts } from 'ts-morph';
import type { FileMap } from './engine.js';

/**
 * Post-processing of rendered TypeScript with the compiler API that ts-morph ships, for the
 * files named in `paths` only: the other templates import exactly what their file uses (computed
 * from the model, see layout.ts), so only a template that imports generously (objects.ts, the
 * article's object helpers) goes through here. It drops named imports the file does not use, sorts
 * import specifiers by code point, and checks that the file parses cleanly, so a template bug is
 * reported as a generator error rather than shipped; test/emit/format-check.test.ts parses every
 * file of generated/. Each file is parsed once and edited as text.
 */
export function postProcess(files: FileMap, paths: readonly string[]): void {
  for (const path of paths) {
    const text = files.get(path);
    // Files written in final form (JavaScript, declarations) and the runtime are never touched.
    if (text === undefined || !path.endsWith('.ts') || path.endsWith('.d.ts') || path.startsWith('runtime/')) continue;
    if (!/^\s*import\b/m.test(text)) continue;
    const sf = ts.createSourceFile(`/pkg/${path}`, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    assertParses(sf, path);
    files.set(path, pruneImports(sf, text));
  }
}

function assertParses(sf: ts.SourceFile, path: string): void {
  const diags = (sf as unknown as { readonly parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (diags.length) {
    const d = diags[0];
    const pos = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    const msg = typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText;
    throw new Error(`internal error: generated ${path}:${pos.line + 1}:${pos.character + 1} does not parse: ${msg}`);
  }
}

/** Identifiers a file refers to, outside import declarations and member names. */
function referencedNames(sf: ts.SourceFile): Set<string> {
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && !isMemberName(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return used;
}

/** A property name (in a literal, a type, or after a dot) never refers to an import. */
function isMemberName(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p) || ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p)) && p.name === id) return true;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  return ts.isQualifiedName(p) && p.right === id;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Removes unused named imports (and declarations left without bindings, and unused namespace
 * imports) and sorts the remaining specifiers; returns the edited text.
 */
function pruneImports(sf: ts.SourceFile, text: string): string {
  const used = referencedNames(sf);
  const edits: Edit[] = [];
  for (const decl of sf.statements) {
    if (!ts.isImportDeclaration(decl) || !decl.importClause) continue;
    const clause = decl.importClause;
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      if (!used.has(bindings.name.text)) edits.push(removal(sf, decl, text));
      continue;
    }
    const specs = bindings ? bindings.elements : [];
    const kept = specs.filter((s) => used.has(s.name.text));
    if (!clause.name && kept.length === 0) {
      edits.push(removal(sf, decl, text));
      continue;
    }
    if (!bindings) continue;
    const names = kept.map((s) => text.slice(s.getStart(sf), s.end));
    const sorted = [...names].sort();
    if (kept.length === specs.length && names.join() === sorted.join()) continue;
    if (kept.length) edits.push({ start: bindings.getStart(sf), end: bindings.end, text: `{ ${sorted.join(', ')} }` });
    else if (clause.name) edits.push({ start: clause.name.end, end: bindings.end, text: '' });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The whole declaration with the rest of its line. */
function removal(sf: ts.SourceFile, decl: ts.Node, text: string): Edit {
  let end = decl.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start: decl.getStart(sf), end, text: '' };
}
