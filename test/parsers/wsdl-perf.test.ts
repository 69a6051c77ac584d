import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseWsdl } from '../../generator/parsers/wsdl/index.js';
import { CORPUS, fsReader } from './wsdl-corpus.js';

const LARGEST = ['wasabi/workday.wsdl', 'netforum-xweb/xWeb-2010.wsdl', 'wasabi/economic.wsdl', 'gowsdl/vboxweb.wsdl', 'vsphere/vimService.wsdl'];

test('the largest corpus WSDLs parse in bounded time (timings printed, not asserted)', async () => {
  const lines: string[] = [];
  for (const rel of LARGEST) {
    const location = path.join(CORPUS, rel);
    const text = readFileSync(location, 'utf8');
    const times: number[] = [];
    let summary = '';
    for (let i = 0; i < 3; i++) {
      const heap0 = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const s = await parseWsdl({ file: rel, location, text }, { readFile: fsReader });
      times.push(performance.now() - t0);
      summary = `${s.operations.length} ops, ${s.types.length} types, heap +${((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(0)} MB`;
      expect(s.operations.length + s.types.length).toBeGreaterThan(0);
    }
    lines.push(`${rel} (${(text.length / 1e6).toFixed(1)} MB): ${times.map((t) => t.toFixed(0)).join(' / ')} ms; ${summary}`);
  }
  console.log(`parse times (3 runs):\n  ${lines.join('\n  ')}`);
});
