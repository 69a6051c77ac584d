import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseWsdl } from '../../generator/parsers/wsdl/index.js';
import { NODE_SOAP_SAMPLES as SAMPLES } from '../helpers/data.js';
import { fsReader } from './wsdl-corpus.js';

test('every node-soap conformance sample soap.wsdl parses', async () => {
  const dirs = readdirSync(SAMPLES).filter((d) => existsSync(path.join(SAMPLES, d, 'soap.wsdl'))).sort();
  const failed: string[] = [];
  let ops = 0;
  for (const d of dirs) {
    const location = path.join(SAMPLES, d, 'soap.wsdl');
    try {
      const s = await parseWsdl({ file: `${d}/soap.wsdl`, location, text: readFileSync(location, 'utf8') }, { readFile: fsReader });
      ops += s.operations.length;
    } catch (e) {
      failed.push(`${d}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`node-soap samples: ${dirs.length - failed.length}/${dirs.length} parse, ${ops} operations`);
  expect(dirs.length).toBeGreaterThan(0);
  expect(failed).toEqual([]);
});
