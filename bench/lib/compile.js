// Transpiles a generated TypeScript package (strict ESM, `.js` import specifiers) to JavaScript
// so the benchmark can import its runtime and descriptors. Type checking is the test suite's job.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Transpiles every `.ts` file under `srcDir` into `outDir` (and copies its `.js` files); returns `outDir`. */
export function transpilePackage(srcDir, outDir) {
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    const from = join(srcDir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'runtime') transpilePackage(from, join(outDir, entry.name));
      continue;
    }
    // Data modules (descriptors.js) are written as JavaScript already: copied as they are.
    if (entry.name.endsWith('.js')) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, entry.name), readFileSync(from));
      continue;
    }
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    mkdirSync(outDir, { recursive: true });
    const out = ts.transpileModule(readFileSync(from, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true },
      fileName: from,
    });
    writeFileSync(join(outDir, entry.name.replace(/\.ts$/, '.js')), out.outputText);
  }
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n');
  return outDir;
}
