/**
 * The repository stands alone: what the suite reads is inside it, and the Node floor is stated
 * once (package.json `engines`), repeated in the README and the generated packages' docs, and
 * met by the Node that runs the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/data.js';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'data' && name !== 'node_modules') files(p, out);
    } else if (/\.(ts|js|mjs|cjs)$/.test(name)) out.push(p);
  }
  return out;
}

describe('the repository stands alone', () => {
  it('no test reads outside the repository (only the corpus suite, through SVCGEN_CORPUS)', () => {
    const allowed = new Set([path.join(REPO, 'test/corpus/location.ts'), path.join(REPO, 'test/corpus/global-setup.ts')]);
    const outside = files(path.join(REPO, 'test'))
      .filter((f) => !allowed.has(f))
      .filter((f) => /\.\.\/(?:\.\.\/)*shared\b|\/work\//.test(readFileSync(f, 'utf8')));
    expect(outside.map((f) => path.relative(REPO, f))).toEqual([]);
  });

  it('every help page and node-soap case the suite reads is in test/data/', () => {
    expect(readdirSync(path.join(REPO, 'test/data/helppages')).filter((f) => f.endsWith('.txt')).length).toBe(40);
    expect(readdirSync(path.join(REPO, 'test/data/node-soap-samples'), { withFileTypes: true }).filter((d) => d.isDirectory()).length).toBe(93);
    expect(readFileSync(path.join(REPO, 'test/data/node-soap-samples/LICENSE'), 'utf8')).toMatch(/Permission is hereby granted, free of charge/);
  });
});

describe('one Node floor', () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } };
  const m = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node);

  it('is stated in engines as >=MAJOR.MINOR and met by the running Node', () => {
    expect(m).not.toBeNull();
    const [major, minor] = process.versions.node.split('.').map(Number);
    const [fMajor, fMinor] = [Number(m![1]), Number(m![2])];
    expect(major > fMajor || (major === fMajor && minor >= fMinor)).toBe(true);
  });

  it('is the only Node version the README and the generated packages promise', () => {
    const floor = `Node ${m![1]}.${m![2]}`;
    const docs = [
      'README.md',
      'templates/soap/README.md.hbs',
      'templates/rest/README.md.hbs',
    ].map((f) => readFileSync(path.join(REPO, f), 'utf8'));
    expect(docs[0]).toContain(floor);
    for (const text of docs) {
      const promised = [...text.matchAll(/Node(?:\.js)? (\d+(?:\.\d+)?)(?:\+| or later)/g)].map((x) => `Node ${x[1]}`);
      expect(promised.filter((p) => p !== floor)).toEqual([]);
    }
  });
});
