/**
 * The text above the first sample of an operation page (docs/formats/asmx.md §Operation page): the service
 * heading (`p.heading1`, the first line of copied text), the "complete list" link sentence, the
 * operation name (`<h2>`) and its description, then the localised "Test" heading. Only layout is
 * used: the heading is the first identifier-like line, the description is what stands between
 * the operation-name line and the next one-word line (the "Test" heading).
 */
export interface Preamble {
  readonly serviceName?: string;
  /** Service name read from a leading `…/Name.asmx?op=` address line. */
  readonly urlServiceName?: string;
  /** Operation name when the page shows exactly one identifier line after the heading. */
  readonly operationName?: string;
  descriptionOf(op: string): string | undefined;
}

const IDENT = /^[A-Za-z_][\w.\-]*$/;
const SECTION = /^(?:SOAP(?: 1\.[12])?|Soap|HTTP (?:GET|POST|Get|Post))$/;

export function readPreamble(text: string): Preamble {
  let lines = text.split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '');
  let urlServiceName: string | undefined;
  if (lines.length && /^(?:https?:\/\/|[\w.-]+\.asmx\b)/i.test(lines[0])) {
    urlServiceName = /([^/\s?]+)\.asmx/i.exec(lines[0])?.[1];
    lines = lines.slice(1);
  }
  if (lines[0] === 'Web Service') lines = lines.slice(1); // Mono title label
  const serviceName = lines.length && IDENT.test(lines[0]) && !SECTION.test(lines[0]) ? lines[0] : undefined;
  const opLine = lines.findIndex((l, i) => i > 0 && IDENT.test(l) && !SECTION.test(l));
  const operationName = serviceName && opLine > 0 ? lines[opLine] : undefined;
  return {
    ...(serviceName ? { serviceName } : {}),
    ...(urlServiceName ? { urlServiceName } : {}),
    ...(operationName ? { operationName } : {}),
    descriptionOf(op: string): string | undefined {
      const k = lines.findIndex((l, i) => i > 0 && l === op);
      if (k < 0) return undefined;
      const desc: string[] = [];
      for (const l of lines.slice(k + 1)) {
        if (!/\s/.test(l) || SECTION.test(l)) break;
        desc.push(l);
      }
      return desc.length ? desc.join(' ') : undefined;
    },
  };
}
