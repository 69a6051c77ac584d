/**
 * `svcgen pull URL --name NAME`: snapshots a live service's description into `OUT/NAME/` (default
 * `specs/NAME/`) together with a manifest (`svcgen-pull.json`) recording each file's URL, role,
 * size and SHA-256, and when the pull ran. The snapshot is written into a temporary folder
 * beside the target and renamed into place, so a failed pull leaves the previous one untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crawlAsmx, crawlWebApi, crawlWsdl, kindOf, type CrawlResult, type FileRole } from './crawl.js';
import { createFetcher, PullError, type FetcherOptions } from './fetcher.js';

/** The manifest file written beside the pulled files. */
export const PULL_MANIFEST = 'svcgen-pull.json';

export interface PullOptions extends Omit<FetcherOptions, 'origin' | 'onProgress'> {
  readonly url: string;
  readonly name: string;
  /** Parent folder of the snapshot (default `specs`). */
  readonly out?: string;
  /** `asmx`, `webapi` or `wsdl`; guessed from the URL when absent. */
  readonly kind?: 'asmx' | 'webapi' | 'wsdl';
  /** Replace a folder that has no pull manifest. */
  readonly force?: boolean;
  /** Clock of the manifest's `pulledAt` (tests fix it). */
  readonly now?: () => Date;
  /** Progress lines (the CLI passes one only when stderr is a terminal). */
  readonly progress?: (line: string) => void;
}

export interface PullManifest {
  readonly generator: 'svcgen';
  readonly source: string;
  readonly kind: 'asmx' | 'webapi' | 'wsdl';
  readonly pulledAt: string;
  readonly files: readonly { file: string; url: string; role: FileRole; contentType: string; bytes: number; sha256: string }[];
  readonly notes: readonly string[];
}

export interface PullResult {
  readonly dir: string;
  readonly manifest: PullManifest;
}

/** Pulls a snapshot; throws `PullError` (nothing written) when the service cannot be read fully. */
export async function pull(options: PullOptions): Promise<PullResult> {
  if (!/^[A-Za-z0-9._-]+$/.test(options.name) || /^\.+$/.test(options.name)) throw new PullError(`--name must be a plain folder name, got "${options.name}"`);
  let start: URL;
  try {
    start = new URL(options.url);
  } catch {
    throw new PullError(`not a URL: ${options.url}`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new PullError(`only http and https URLs can be pulled, got ${start.protocol}`);
  const dir = resolve(options.out ?? 'specs', options.name);
  if (existsSync(dir) && !existsSync(join(dir, PULL_MANIFEST)) && !options.force) {
    throw new PullError(`${dir} exists and holds no ${PULL_MANIFEST} (not made by svcgen pull); pass --force to replace it`);
  }
  const fetcher = createFetcher({
    ...options,
    origin: start.origin,
    onProgress: options.progress && ((p) => options.progress?.(`pull: ${p.pages} request(s), ${Math.round(p.bytes / 1024)} KB: ${p.url}`)),
  });
  const kind = options.kind ?? kindOf(start);
  const crawl: CrawlResult = kind === 'asmx' ? await crawlAsmx(start, fetcher) : kind === 'wsdl' ? await crawlWsdl(start, fetcher) : await crawlWebApi(start, fetcher);
  const manifest: PullManifest = {
    generator: 'svcgen',
    source: start.href,
    kind,
    pulledAt: (options.now?.() ?? new Date()).toISOString(),
    files: crawl.files.map((f) => ({ file: f.file, url: f.url, role: f.role, contentType: f.contentType, bytes: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') })),
    notes: crawl.notes,
  };
  const files = new Map<string, Uint8Array | string>(crawl.files.map((f) => [f.file, f.bytes]));
  files.set(PULL_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  replaceFolder(dir, files);
  return { dir, manifest };
}

/** Writes `files` into a temporary sibling of `dir`, then swaps it in for `dir`. */
export function replaceFolder(dir: string, files: ReadonlyMap<string, Uint8Array | string>): void {
  const parent = resolve(dir, '..');
  const base = dir.slice(parent.length + 1);
  const tmp = join(parent, `.${base}.pull-${process.pid}`);
  const old = join(parent, `.${base}.old-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
    for (const [name, data] of files) writeFileSync(join(tmp, name), data);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

/** The spec files of a pulled folder, in manifest order: what `generate` and `diff` should read. */
export function pulledSpecs(manifest: PullManifest): string[] {
  const wanted: ReadonlySet<FileRole> = new Set(manifest.kind === 'asmx' ? ['wsdl', 'operation', 'operation-list'] : manifest.kind === 'wsdl' ? ['wsdl'] : ['index', 'api', 'model']);
  return manifest.files.filter((f) => wanted.has(f.role)).map((f) => f.file);
}

export { PullError };
