import { readFileSync } from 'node:fs';
import { seedPath } from '../helpers/data.js';
import type { ComplexType, Field, Service } from '../../generator/ir/types.js';
import { parseSampleArticle } from '../../generator/parsers/samples/index.js';

/** Shared data and helpers for the sample-article reader tests. */

export const seedText = (): string => readFileSync(seedPath('004_8931eb82c0deeb06.txt'), 'utf8');
export const fixture = (name: string): string => readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url), 'utf8');

export async function parse(text: string, file = 'article.txt'): Promise<Service> {
  return parseSampleArticle({ file, location: file, text }, {});
}

export function type(s: Service, id: string): ComplexType {
  const t = s.types.find((x) => x.id === id);
  if (!t || t.kind !== 'complex') throw new Error(`no complex type ${id}; have ${s.types.map((x) => x.id).join(', ')}`);
  return t;
}

export function field(fields: readonly Field[], name: string): Field {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}; have ${fields.map((x) => x.name).join(', ')}`);
  return f;
}

/** The type a field refers to. */
export function refOf(s: Service, f: Field): ComplexType {
  if (f.type.kind !== 'ref') throw new Error(`${f.name} is not a ref: ${JSON.stringify(f.type)}`);
  return type(s, f.type.id);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

/**
 * The seed article as an HTML page: envelopes entity-escaped into `<pre>`, bullets into
 * `<ul><li>`, short lines into headings and the rest into paragraphs.
 */
export function articleToHtml(text: string): string {
  const out = ['<!DOCTYPE html>', '<html><head><title>Knowledge base</title></head><body>'];
  let env: string[] | undefined;
  let items: string[] = [];
  const flush = (): void => {
    if (items.length) out.push(`<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
    items = [];
  };
  for (const line of text.split('\n')) {
    if (!env && /<\w+:Envelope\b/.test(line)) env = [];
    if (env) {
      env.push(line);
      if (/<\/\w+:Envelope>/.test(line)) {
        flush();
        out.push(`<pre class="code">${esc(env.join('\n'))}</pre>`);
        env = undefined;
      }
      continue;
    }
    const bullet = /^\s*•\s*(.*)$/.exec(line);
    if (bullet) {
      items.push(bullet[1]);
      continue;
    }
    flush();
    const t = line.trim();
    if (!t) continue;
    out.push(t.length < 60 && !/[.:]$/.test(t) ? `<h2>${esc(t)}</h2>` : `<p>${esc(t)}</p>`);
  }
  flush();
  out.push('</body></html>');
  return out.join('\n');
}
