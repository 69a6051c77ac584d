/**
 * What `svcgen pull` saves. ASMX (`*.asmx`): the service page (operation list), one page per
 * operation (`?op=Name`, the address .NET serves; when a server refuses it, the operation link as
 * the service page prints it, on its message tab for Mono), and `?wsdl` with every schema it
 * imports or includes, `location`/`schemaLocation` rewritten to the saved file names and every
 * other byte as served. ASP.NET Web API help sites (`/Help`): the index, every API page and
 * every ResourceModel page reachable from them. Only links of the start URL's origin (and of the
 * origins given with `--allow-origin`) are followed.
 */
import { latin1, latin1Bytes, links, PullError, type Fetched, type Fetcher } from './fetcher.js';

/** Role of a saved file, recorded in the manifest. */
export type FileRole = 'operation-list' | 'operation' | 'wsdl' | 'schema' | 'index' | 'api' | 'model';

export interface PulledFile {
  readonly file: string;
  readonly url: string;
  readonly role: FileRole;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface CrawlResult {
  readonly files: PulledFile[];
  /** Things skipped on purpose (other origins, a WSDL the server does not serve). */
  readonly notes: string[];
}

/**
 * `wsdl` when the URL asks for a description (`?wsdl`, `?singleWsdl`, `?xsd=…`, a `.wsdl`/`.xsd`
 * file), `asmx` when it names an `.asmx` service page, else `webapi`.
 */
export function kindOf(url: URL): 'asmx' | 'webapi' | 'wsdl' {
  const query = [...url.searchParams.keys()].map((k) => k.toLowerCase());
  if (query.some((k) => k === 'wsdl' || k === 'singlewsdl' || k === 'xsd') || /\.(wsdl|xsd)$/i.test(url.pathname)) return 'wsdl';
  return /\.asmx$/i.test(url.pathname) ? 'asmx' : 'webapi';
}

/**
 * Crawls a WSDL (WCF `Service.svc?wsdl` or `?singleWsdl`, JAX-WS `Service?wsdl`, a `.wsdl` file)
 * with every `wsdl:import`, `xsd:import` and `xsd:include` it reaches.
 */
export async function crawlWsdl(start: URL, fetcher: Fetcher): Promise<CrawlResult> {
  const notes: string[] = [];
  const doc = must(await fetcher.get(start.href), 'WSDL');
  const head = latin1(doc.bytes.subarray(0, 4096));
  if (!/<(?:[\w.-]+:)?(?:definitions|description|schema)\b/.test(head)) {
    throw new PullError(`GET ${doc.url} did not answer a WSDL or XML schema (${doc.contentType || 'no content type'}, starts with ${JSON.stringify(head.trim().slice(0, 60))})`);
  }
  return { files: await withImports(doc, new FileNames(), fetcher, notes), notes };
}

function ok(f: Fetched): boolean {
  return f.status >= 200 && f.status < 300;
}

function must(f: Fetched, what: string): Fetched {
  if (!ok(f)) throw new PullError(`GET ${f.url} (${what}) answered HTTP ${f.status}`);
  return f;
}

/** Names saved files: letters, digits, `.`, `_`, `-`; a numeric suffix keeps them unique. */
export class FileNames {
  private readonly used = new Set<string>();
  take(stem: string, ext: string): string {
    const clean = stem.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 100) || 'file';
    let name = `${clean}${ext}`;
    for (let i = 2; this.used.has(name.toLowerCase()); i++) name = `${clean}-${i}${ext}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

/** Crawls an ASMX service. */
export async function crawlAsmx(start: URL, fetcher: Fetcher): Promise<CrawlResult> {
  const base = new URL(start.pathname, start.origin);
  const names = new FileNames();
  const files: PulledFile[] = [];
  const notes: string[] = [];
  const list = must(await fetcher.get(base.href), 'service page');
  files.push(save(list, names.take('service', '.html'), 'operation-list'));
  const ops = new Map<string, URL>();
  for (const link of links(latin1(list.bytes), base.href)) {
    const op = link.searchParams.get('op');
    if (link.origin !== base.origin || link.pathname.toLowerCase() !== base.pathname.toLowerCase() || !op || ops.has(op)) continue;
    ops.set(op, link);
  }
  for (const [op, printed] of ops) {
    const page = await operationPage(base, op, printed, fetcher);
    files.push(save(page, names.take(`op-${op}`, '.html'), 'operation'));
  }
  const wsdl = await fetcher.get(`${base.href}?wsdl`);
  if (ok(wsdl)) files.push(...(await withImports(wsdl, names, fetcher, notes)));
  else notes.push(`${wsdl.url} answered HTTP ${wsdl.status}: no WSDL saved`);
  return { files, notes };
}

async function operationPage(base: URL, op: string, printed: URL, fetcher: Fetcher): Promise<Fetched> {
  const dotnet = new URL(base.href);
  dotnet.searchParams.set('op', op);
  const first = await fetcher.get(dotnet.href);
  if (ok(first)) return first;
  // Mono serves `?page=op&tab=msg&op=Name&bnd=…` and answers the .NET address with an error.
  const mono = new URL(printed.href);
  if (mono.searchParams.has('tab')) mono.searchParams.set('tab', 'msg');
  if (mono.href === dotnet.href) return must(first, `operation ${op}`);
  return must(await fetcher.get(mono.href), `operation ${op}`);
}

const IMPORT_RE = /(<(?:[\w.-]+:)?(?:import|include|redefine)\b[^>]*?\b(?:schemaLocation|location)\s*=\s*)("|')([^"']*)\2/g;

/** Saves a WSDL/XSD and, recursively, what it imports; references are rewritten to local names. */
async function withImports(root: Fetched, names: FileNames, fetcher: Fetcher, notes: string[]): Promise<PulledFile[]> {
  const out: PulledFile[] = [];
  const saved = new Map<string, string>();
  const visit = async (doc: Fetched, file: string, role: FileRole): Promise<void> => {
    saved.set(doc.url, file);
    const text = latin1(doc.bytes);
    const pending: { start: number; end: number; url: string; wsdl: boolean }[] = [];
    const here = new URL(doc.url);
    for (const m of text.matchAll(IMPORT_RE)) {
      if (!m[3]) continue;
      const target = new URL(m[3].replace(/&amp;/g, '&'), doc.url);
      target.hash = '';
      if (target.origin !== here.origin && !fetcher.allows(target.href)) {
        // WCF and JAX-WS print their own host name (often an internal machine name) in the
        // addresses of the parts of the same service: those are fetched from the address used.
        if (target.pathname.toLowerCase() === here.pathname.toLowerCase() && target.search) {
          notes.push(`${file}: ${target.href} names another host for this service's own part; fetched from ${here.origin}`);
          target.protocol = here.protocol;
          target.host = here.host;
        } else {
          notes.push(`${file}: ${target.href} is on another origin; kept as a remote reference`);
          continue;
        }
      }
      const start = m.index + m[1].length + 1;
      pending.push({ start, end: start + m[3].length, url: target.href, wsdl: /\blocation\s*=\s*$/.test(m[1]) && !/schemaLocation\s*=\s*$/i.test(m[1]) });
    }
    const index = out.length;
    out.push(save(doc, file, role));
    let rewritten = '';
    let at = 0;
    for (const p of pending) {
      let local = saved.get(p.url);
      if (!local) {
        const child = must(await fetcher.get(p.url), `${p.wsdl ? 'WSDL' : 'schema'} imported by ${file}`);
        local = names.take(schemaStem(new URL(p.url)), p.wsdl ? '.wsdl' : '.xsd');
        await visit(child, local, 'schema');
      }
      rewritten += text.slice(at, p.start) + local;
      at = p.end;
    }
    if (pending.length) out[index] = { ...out[index], bytes: latin1Bytes(rewritten + text.slice(at)) };
  };
  await visit(root, names.take('service', '.wsdl'), 'wsdl');
  return out;
}

function schemaStem(url: URL): string {
  const q = url.searchParams.get('xsd') ?? url.searchParams.get('wsdl');
  const last = url.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  return `schema-${q || last.replace(/\.(xsd|wsdl)$/i, '') || 'main'}`;
}

/** Crawls an ASP.NET Web API help site from its index page. */
export async function crawlWebApi(start: URL, fetcher: Fetcher): Promise<CrawlResult> {
  const root = start.pathname.replace(/\/+$/, '');
  const names = new FileNames();
  const files: PulledFile[] = [];
  const notes: string[] = [];
  const index = must(await fetcher.get(start.href), 'help index');
  files.push(save(index, names.take('index', '.html'), 'index'));
  const seen = new Set<string>([start.href]);
  const queue: { url: URL; role: FileRole }[] = [];
  const enqueue = (page: Fetched) => {
    for (const link of links(latin1(page.bytes), page.url)) {
      link.hash = '';
      const role = helpRole(link, root);
      if (!role || seen.has(link.href)) continue;
      if (link.origin !== start.origin && !fetcher.allows(link.href)) {
        notes.push(`${link.href} is on another origin; not followed`);
        continue;
      }
      seen.add(link.href);
      queue.push({ url: link, role });
    }
  };
  enqueue(index);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const page = must(await fetcher.get(next.url.href), `${next.role} page`);
    const stem = next.role === 'model' ? `model-${next.url.searchParams.get('modelName') ?? lastSegment(next.url)}` : `api-${lastSegment(next.url)}`;
    files.push(save(page, names.take(stem, '.html'), next.role));
    enqueue(page);
  }
  return { files, notes };
}

function helpRole(link: URL, root: string): FileRole | undefined {
  const path = decodeURIComponent(link.pathname);
  if (!path.toLowerCase().startsWith(`${root.toLowerCase()}/`)) return undefined;
  const rest = path.slice(root.length + 1).toLowerCase();
  if (rest.startsWith('api/')) return 'api';
  if (rest.startsWith('resourcemodel')) return 'model';
  return undefined;
}

function lastSegment(url: URL): string {
  return decodeURIComponent(url.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
}

function save(f: Fetched, file: string, role: FileRole): PulledFile {
  return { file, url: f.url, role, contentType: f.contentType, bytes: f.bytes };
}
