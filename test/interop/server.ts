/**
 * Start/stop harness of the interop test bed: real ASP.NET (Mono `fastcgi-mono-server4`) behind
 * nginx, both bound to 127.0.0.1 on free ports, serving the application in `test/interop/app`.
 *
 * nginx runs with its own configuration (pid, logs and temp paths in a scratch folder under
 * `os.tmpdir()`), built from `nginx.conf.template`. Each server is started in its own process
 * group so that stopping kills the whole group; an `exit` hook kills any group still alive.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExitHook, startChild, startWatchdog, stopChild, trackScratch, untrackScratch, type Child } from './processes.js';

/** Folder holding the ASP.NET application (web.config, .asmx, .ashx, App_Code). */
export const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('./nginx.conf.template', import.meta.url));

/** Command that installs everything the interop tests need on Debian/Ubuntu. */
export const INSTALL_COMMAND = 'sudo apt-get install -y mono-fastcgi-server4 nginx-light libnewtonsoft-json5.0-cil';

/** Paths, relative to the base URL, requested once at start so Mono compiles them before tests. */
export const WARMUP_PATHS: readonly string[] = [
  '/PlusventaServiceV2.asmx?wsdl',
  '/semp/TPClientWebServicesAPI.asmx?wsdl',
  '/Interop.asmx?wsdl',
  '/xweb/netForumXML.asmx?wsdl',
  '/_interop/last.ashx?service=warmup',
];

export interface StartOptions {
  /** Application folder; defaults to `test/interop/app`. */
  appDir?: string;
  /** Paths requested until they answer 200 before `startInterop` resolves. */
  warmup?: readonly string[];
  /** Time allowed for the whole start, warm-up included (default 120 s). */
  timeoutMs?: number;
  /** Progress messages (default: silent). */
  log?: (message: string) => void;
  /** Keep the scratch folder (logs) after `stop()`; default false. */
  keepScratch?: boolean;
}

export interface InteropServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  /** Scratch folder with nginx.conf, nginx/mono logs. */
  scratchDir: string;
  stop(): Promise<void>;
}

export interface InteropAvailability {
  available: boolean;
  reason?: string;
  install: string;
}

const REQUIRED_BINARIES = ['fastcgi-mono-server4', 'nginx', 'mono'] as const;
const EXTRA_PATH = ['/usr/sbin', '/usr/local/sbin', '/sbin'];

/** Absolute path of `name` on PATH (plus the sbin folders where nginx lives), or undefined. */
export function findBinary(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...EXTRA_PATH].filter((d) => d !== '');
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Whether the binaries needed by the test bed are installed. `SVCGEN_INTEROP=off` reports the
 * bed as unavailable (to run without it, or to check the skip path).
 */
export function interopAvailability(): InteropAvailability {
  if (process.env.SVCGEN_INTEROP === 'off') {
    return { available: false, reason: 'disabled by SVCGEN_INTEROP=off', install: INSTALL_COMMAND };
  }
  const missing = REQUIRED_BINARIES.filter((b) => findBinary(b) === undefined);
  if (missing.length > 0) {
    return { available: false, reason: `missing binaries: ${missing.join(', ')}`, install: INSTALL_COMMAND };
  }
  return { available: true, install: INSTALL_COMMAND };
}

/** A free TCP port on 127.0.0.1 (the OS picks it; tiny race until the server binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

function tail(file: string, chars = 2000): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.slice(-chars);
  } catch {
    return '';
  }
}

async function waitForPort(port: number, child: Child, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
      throw new Error(`${child.name} exited early (code ${String(child.proc.exitCode)}):\n${tail(child.logFile)}`);
    }
    if (await canConnect(port)) return;
    await sleep(100);
  }
  throw new Error(`${child.name} did not listen on 127.0.0.1:${port} in time:\n${tail(child.logFile)}`);
}

async function warmUp(baseUrl: string, path: string, deadline: number, mono: Child): Promise<void> {
  let last = '';
  while (Date.now() < deadline) {
    if (mono.proc.exitCode !== null) throw new Error(`fastcgi-mono-server4 exited:\n${tail(mono.logFile)}`);
    try {
      const res = await fetch(baseUrl + path, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) });
      const body = await res.text();
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${body.slice(0, 500)}`;
    } catch (err) {
      last = String(err);
    }
    await sleep(250);
  }
  throw new Error(`warm-up of ${path} failed: ${last}`);
}

/** nginx.conf text for the given ports and folders (see nginx.conf.template). */
export function renderNginxConfig(scratch: string, httpPort: number, fcgiPort: number, appDir: string): string {
  const root = appDir.endsWith('/') ? appDir.slice(0, -1) : appDir;
  return readFileSync(TEMPLATE, 'utf8')
    .replaceAll('__SCRATCH__', scratch)
    .replaceAll('__HTTP_PORT__', String(httpPort))
    .replaceAll('__FCGI_PORT__', String(fcgiPort))
    .replaceAll('__APP_DIR__', root);
}

async function startOnce(opts: StartOptions, deadline: number): Promise<InteropServer> {
  const log = opts.log ?? (() => undefined);
  const appDir = opts.appDir ?? APP_DIR;
  const scratch = mkdtempSync(join(tmpdir(), 'svcgen-interop-'));
  for (const d of ['client_body_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp']) {
    mkdirSync(join(scratch, d));
  }
  trackScratch(scratch);
  const [httpPort, fcgiPort] = [await freePort(), await freePort()];
  const confFile = join(scratch, 'nginx.conf');
  writeFileSync(confFile, renderNginxConfig(scratch, httpPort, fcgiPort, appDir));
  installExitHook();

  const children: Child[] = [];
  const stop = async (): Promise<void> => {
    for (const c of [...children].reverse()) await stopChild(c);
    children.length = 0;
    untrackScratch(scratch);
    if (!opts.keepScratch) rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const appArg = appDir.endsWith('/') ? appDir : `${appDir}/`;
    log(`starting fastcgi-mono-server4 on 127.0.0.1:${fcgiPort}`);
    const mono = startChild(
      'fastcgi-mono-server4',
      findBinary('fastcgi-mono-server4') ?? 'fastcgi-mono-server4',
      [`/applications=/:${appArg}`, `/socket=tcp:127.0.0.1:${fcgiPort}`],
      scratch,
      join(scratch, 'mono.log'),
    );
    children.push(mono);
    log(`starting nginx on 127.0.0.1:${httpPort}`);
    const nginx = startChild('nginx', findBinary('nginx') ?? 'nginx', ['-c', confFile, '-p', scratch], scratch, join(scratch, 'nginx.out'));
    children.push(nginx);
    const groups = [mono.proc.pid, nginx.proc.pid].filter((p): p is number => p !== undefined);
    children.unshift(startWatchdog(groups, scratch));
    await waitForPort(fcgiPort, mono, deadline);
    await waitForPort(httpPort, nginx, deadline);
    const baseUrl = `http://127.0.0.1:${httpPort}`;
    for (const path of opts.warmup ?? WARMUP_PATHS) {
      const t0 = Date.now();
      await warmUp(baseUrl, path, deadline, mono);
      log(`warm-up ${path}: ${Date.now() - t0} ms`);
    }
    return { baseUrl, scratchDir: scratch, stop };
  } catch (err) {
    const detail = `\n--- nginx error log ---\n${tail(join(scratch, 'nginx-error.log'))}`;
    await stop();
    throw err instanceof Error ? new Error(err.message + detail) : err;
  }
}

/**
 * Starts fastcgi-mono-server4 and nginx on free 127.0.0.1 ports, warms the services up and
 * resolves with the base URL. Retries once with new ports when a server fails to start
 * (a port taken between choosing and binding it).
 */
export async function startInterop(opts: StartOptions = {}): Promise<InteropServer> {
  const availability = interopAvailability();
  if (!availability.available) {
    throw new Error(`interop test bed unavailable (${availability.reason}); install with: ${availability.install}`);
  }
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3 && Date.now() < deadline; attempt++) {
    try {
      return await startOnce(opts, deadline);
    } catch (err) {
      lastError = err;
      opts.log?.(`start attempt ${attempt + 1} failed: ${String(err)}`);
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
