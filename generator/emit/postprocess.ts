import { Project, ts, type SourceFile } from 'ts-morph';
import type { FileMap } from './index.js';

/**
 * ts-morph post-processing of the rendered TypeScript: drops named imports a file does not use
 * (templates import generously), sorts import specifiers by code point, and checks that every
 * file parses, so a template bug is reported as a generator error rather than shipped.
 */
export function postProcess(files: FileMap): void {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true } });
  for (const [path, text] of files) {
    if (!path.endsWith('.ts') || path.startsWith('runtime/')) continue;
    const sf = project.createSourceFile(`/pkg/${path}`, text, { overwrite: true });
    assertParses(sf, path);
    pruneImports(sf);
    files.set(path, sf.getFullText());
  }
}

function assertParses(sf: SourceFile, path: string): void {
  const diags = sf.getProject().getProgram().compilerObject.getSyntacticDiagnostics(sf.compilerNode);
  if (diags.length) {
    const d = diags[0];
    const pos = sf.getLineAndColumnAtPos(d.start ?? 0);
    const msg = typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText;
    throw new Error(`internal error: generated ${path}:${pos.line}:${pos.column} does not parse: ${msg}`);
  }
}

/**
 * Identifiers a file refers to, outside import declarations and member names. Walks the raw
 * compiler tree (wrapping every node in ts-morph objects is far too slow for large services).
 */
function referencedNames(sf: SourceFile): Set<string> {
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && !isMemberName(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf.compilerNode);
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

function pruneImports(sf: SourceFile): void {
  const used = referencedNames(sf);
  for (const decl of sf.getImportDeclarations()) {
    for (const spec of decl.getNamedImports()) {
      const local = spec.getAliasNode()?.getText() ?? spec.getName();
      if (!used.has(local)) spec.remove();
    }
    const ns = decl.getNamespaceImport();
    if (ns && !used.has(ns.getText())) decl.remove();
    else if (!decl.getNamespaceImport() && !decl.getDefaultImport() && decl.getNamedImports().length === 0) decl.remove();
    else {
      const names = decl.getNamedImports().map((s) => s.getText());
      const sorted = [...names].sort();
      if (names.join() !== sorted.join()) {
        for (const s of decl.getNamedImports()) s.remove();
        decl.addNamedImports(sorted);
      }
    }
  }
}
