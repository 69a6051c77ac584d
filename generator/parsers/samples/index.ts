import type { Endpoint, Protocol, Service, SourceLoc } from '../../ir/types.js';
import { Codes, Diagnostics } from '../../diagnostics.js';
import { LineIndex } from '../../util/source.js';
import type { Parser, ParseOptions, SpecFile } from '../types.js';
import { TypeTable } from './build.js';
import { findEnvelopes, readEnvelope, type SampleEnvelope } from './envelopes.js';
import { buildOperation } from './operation.js';
import { groupOperations, pairSamples, type Found } from './pairing.js';
import { readProse, roleOf, type Block } from './prose.js';
import { buildView, type TextView } from './view.js';

/**
 * The reader for specs that are only sample SOAP messages inside a vendor article: prose plus
 * sample request/response envelopes, as plain text or HTML. Operations, headers and record types
 * are inferred from the samples; prose rules ("the following fields are required", "Either A or
 * B", "you may set additional columns") refine them. See `pairing.ts`, `build.ts`, `rules.ts`.
 */

const ENVELOPE_HINT = /(?:<|&lt;)(?:[A-Za-z_][\w.\-]*:)?Envelope\b[^>]*?(?:schemas\.xmlsoap\.org\/soap\/envelope\/?|www\.w3\.org\/2003\/05\/soap-envelope)/;
const HELP_PAGE = [
  /The following is a sample SOAP(?: 1\.[12])? request and response/i,
  /placeholders shown need to be replaced with actual values/i,
  /The following are sample SOAP requests and responses for each protocol/i,
  /class=["']?sample-header/i,
  /<h\d[^>]*>\s*(?:Request|Response) Formats\s*<\/h\d>/i,
  /Content\s*-\s*Length:\s*length\b/i,
];

/** True for an article holding at least one SOAP 1.1/1.2 envelope that is not an ASMX/Web API help page. */
export function detectSampleArticle(text: string): boolean {
  const head = text.slice(0, 2_000_000);
  if (!ENVELOPE_HINT.test(head)) return false;
  return !HELP_PAGE.some((re) => re.test(head));
}

interface Article {
  readonly title?: string;
  readonly intro?: string;
}

/** The article's title and the paragraphs right after it, from the prose before the first sample. */
function articleOf(blocks: readonly Block[], view: TextView): Article {
  let t = blocks.findIndex((b, k) => b.kind === 'heading' && !roleOf([b]) && blocks[k + 1]?.kind === 'para');
  if (t < 0) t = blocks.findIndex((b) => b.kind === 'heading' && !roleOf([b]));
  const title = view.title ?? (t >= 0 ? blocks[t].text : undefined);
  const intro: string[] = [];
  for (let k = t + 1; t >= 0 && k < blocks.length && blocks[k].kind === 'para'; k++) intro.push(blocks[k].text);
  return { ...(title ? { title } : {}), ...(intro.length ? { intro: intro.join('\n\n') } : {}) };
}

function envelopeWarnings(env: SampleEnvelope, d: Diagnostics, loc: (o: number) => SourceLoc): void {
  if (env.region.assumed) d.warn(Codes.MISSING, 'the envelope does not declare its namespace; SOAP 1.1 assumed', loc(env.region.start));
  if (env.region.truncated || env.unclosed.length) {
    const missing = env.unclosed.length ? env.unclosed.map((n) => `</${n}>`).join(', ') : 'the end of the envelope';
    d.warn(Codes.TRUNCATED, `the sample envelope is cut short; missing: ${missing}`, loc(env.region.end));
  }
  for (const p of env.problems.slice(0, 5)) d.warn(Codes.MALFORMED_XML, `sample XML: ${p.message}`, loc(p.offset));
  for (const p of env.undeclared) d.warn(Codes.MALFORMED_XML, `prefix "${p}" is used without a namespace declaration; read as unqualified`, loc(env.region.start));
}

function endpointsOf(found: readonly Endpoint[], protocols: readonly Protocol[], d: Diagnostics, at: SourceLoc): Endpoint[] {
  const out: Endpoint[] = [];
  for (const p of protocols) out.push(found.find((e) => e.protocol === p) ?? { protocol: p });
  if (!out.some((e) => e.host)) d.warn(Codes.MISSING, 'the article names no endpoint: the client must be given its URL', at);
  return out;
}

/** Reads a sample-message article into a single-source Service. Throws SpecError when it holds no usable sample. */
export const parseSampleArticle: Parser = (spec: SpecFile, options: ParseOptions): Service => {
  const d = new Diagnostics();
  if (spec.text.trim() === '') d.fail(Codes.EMPTY, 'the file is empty', { file: spec.file, line: 1, column: 1 });
  const view = buildView(spec.text);
  const lines = new LineIndex(spec.file, spec.text);
  const loc = (o: number, path?: string): SourceLoc => lines.loc(view.origin[Math.max(0, Math.min(o, view.origin.length - 1))], path);
  const regions = findEnvelopes(view.text);
  if (!regions.length) d.fail(Codes.UNKNOWN_FORMAT, 'no SOAP 1.1/1.2 sample envelope found in the article', loc(0));
  const found: Found[] = regions.map((r, k) => {
    const env = readEnvelope(view.text, r);
    envelopeWarnings(env, d, loc);
    return { env, prose: readProse(view.text, k ? regions[k - 1].end : 0, r.start) };
  });
  const groups = groupOperations(pairSamples(found, d, (o) => loc(o)));
  if (!groups.length) d.fail(Codes.TRUNCATED, 'no sample envelope has a readable body: no operation can be read', loc(regions[0].start));
  const table = new TypeTable();
  const built = groups.map((g) => buildOperation(g, { table, diagnostics: d, loc }));
  const operations = built.map((b) => b.operation);
  const protocols = [...new Set(operations.flatMap((o) => o.protocols))];
  const endpoints = endpointsOf(built.flatMap((b) => b.endpoints), protocols, d, loc(regions[0].start));
  const article = articleOf(found[0].prose.blocks, view);
  const description = [article.title, article.intro].filter(Boolean).join('\n\n');
  const namespace = operations.find((o) => o.input.namespace)?.input.namespace;
  return {
    kind: 'service',
    name: options.serviceName ?? article.title ?? operations[0].name,
    ...(description ? { description } : {}),
    ...(namespace ? { namespace } : {}),
    endpoints,
    operations,
    types: table.types(),
    sources: [{ file: spec.file, format: 'soap-samples' }],
    diagnostics: d.list,
  };
};
