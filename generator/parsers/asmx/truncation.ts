/**
 * Truncation warnings for cut pages (docs/formats/asmx.md §Truncation): which sample is cut and after
 * which line, whether another protocol's complete sample was used instead, what is missing
 * (a response, a whole protocol section).
 */
import type { Protocol } from '../../ir/types.js';
import { Codes } from '../../diagnostics.js';
import type { Heading, HttpBlock } from './blocks.js';
import { bodyRoot, LABEL, type OpGroup, type PageContext } from './operation.js';

/** Truncation warnings: which sample is cut, what is incomplete, what is missing. */
export function truncationWarnings(groups: readonly OpGroup[], headings: readonly Heading[], ctx: PageContext, marked: boolean): void {
  let warned = false;
  let lastBlockEnd = 0;
  for (const g of groups) {
    for (const [kind, map] of [['request', g.requests], ['response', g.responses]] as [string, Map<Protocol, HttpBlock>][]) {
      for (const [p, b] of map) {
        lastBlockEnd = Math.max(lastBlockEnd, b.bodyEnd ?? b.headEnd);
        // A head with nothing after it at the page end: a SOAP or POST request has a body, and so
        // has a SOAP response, or one whose head names a content type or was cut mid-line (a void
        // HTTP GET/POST answer is a bare status line).
        const promisesBody =
          kind === 'response'
            ? p === 'soap11' || p === 'soap12' || b.headers.some((h) => /^content-?type$/i.test(h.name)) || ctx.text.slice(b.headEnd).trim() !== ''
            : p === 'soap11' || p === 'soap12' || p === 'http-post';
        if (!b.cut && !(b.atEnd && promisesBody)) continue;
        const noReply = kind === 'request' && !g.responses.size ? ` and no response sample is on the page (its return type is unknown)` : '';
        const emptyOut = kind === 'response' && !bodyRoot(b.xml?.root ?? null)?.children.length;
        const whole = [...map].find(([q, o]) => q !== p && (q === 'soap11' || q === 'soap12') && !o.cut && o.xml?.root);
        const what = whole
          ? `the ${LABEL[whole[0]]} ${kind} sample is complete and is used`
          : kind === 'request'
            ? `the request of ${g.name} is incomplete${noReply}`
            : emptyOut
              ? `the response of ${g.name} is cut before its first field: its return type is unknown`
              : `the response type of ${g.name} is incomplete`;
        ctx.diags.warn(Codes.TRUNCATED, `the ${LABEL[p]} ${kind} sample is cut off after line ${ctx.line(lastChar(ctx.text, b))}; ${what}`, ctx.loc(b.bodyStart ?? b.headStart, `operation ${g.name}`));
        warned = true;
      }
    }
    for (const p of g.unanswered) {
      const b = g.requests.get(p) as HttpBlock;
      if (b.cut || (b.atEnd && p !== 'http-get')) continue;
      ctx.diags.warn(Codes.TRUNCATED, `the page ends after the ${LABEL[p]} request sample (line ${ctx.line(lastChar(ctx.text, b))}); the ${LABEL[p]} response sample of ${g.name} is missing`, ctx.loc(b.headStart, `operation ${g.name}`));
      warned = true;
    }
  }
  const empty = headings.filter((h) => h.offset >= lastBlockEnd && !groups.some((g) => g.requests.has(h.protocol) && (g.requests.get(h.protocol) as HttpBlock).headStart > h.offset));
  for (const h of empty) {
    ctx.diags.warn(Codes.TRUNCATED, `the page ends in the ${h.label} section (line ${ctx.line(h.offset)}) before its samples; ${LABEL[h.protocol]} is not listed for ${groups.map((g) => g.name).join(', ') || 'the operation'}`, ctx.loc(h.offset));
    warned = true;
  }
  if (marked && !warned) {
    ctx.diags.warn(Codes.TRUNCATED, `the page is cut short after line ${ctx.line(ctx.text.trimEnd().length - 1)} (excerpt marker); sections after it (other protocols' samples) may be missing`, ctx.loc(ctx.text.length));
  }
}

/** Offset of the last non-blank character of a sample block (its head when it has no body). */
function lastChar(text: string, b: HttpBlock): number {
  let k = Math.min(b.bodyEnd ?? b.headEnd, text.length) - 1;
  while (k > b.headStart && /\s/.test(text[k])) k--;
  return k;
}
