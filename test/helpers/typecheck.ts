import ts from 'typescript';

/**
 * Type-checks generated packages with one TypeScript program (fast: one program for many
 * packages) under the options generated code promises to satisfy: strict, ES2022 + DOM libs,
 * no ambient Node types, and the given module resolution.
 */
export function typecheck(rootFiles: readonly string[], moduleResolution: 'NodeNext' | 'Bundler' = 'NodeNext'): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    module: moduleResolution === 'NodeNext' ? ts.ModuleKind.NodeNext : ts.ModuleKind.ESNext,
    moduleResolution: moduleResolution === 'NodeNext' ? ts.ModuleResolutionKind.NodeNext : ts.ModuleResolutionKind.Bundler,
    skipLibCheck: false,
    noUnusedLocals: true,
    exactOptionalPropertyTypes: false,
  };
  const program = ts.createProgram({ rootNames: [...rootFiles], options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return msg;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1}: ${msg}`;
  });
}
