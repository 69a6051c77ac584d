import * as prettier from 'prettier';
import type { FileMap } from './index.js';

/**
 * Formats generated files with the pinned prettier (TypeScript, JSON, Markdown). Options are fixed
 * here, not read from any config file, so output does not depend on where svcgen runs.
 */
const OPTIONS: prettier.Options = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf' };

const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  for (const [path, text] of files) {
    const ext = path.slice(path.lastIndexOf('.'));
    const parser = PARSERS[ext];
    out.set(path, parser ? await prettier.format(text, { ...OPTIONS, parser }) : text);
  }
  return out;
}
