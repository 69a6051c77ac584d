/**
 * The `pull` and `diff` commands of the command line (yargs command modules). Each handler
 * returns the exit code through `run`, like the other commands of generator/cli.ts.
 */
import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_MAX_INPUT_BYTES, failures } from '../pipeline.js';
import { DiffInputError, diffServices, formatChanges, loadAtRevision, loadSide } from './diff.js';
import { join, relative } from 'node:path';
import { pull, pulledSpecs, PullError } from './pull.js';
import { formatDiagnostic } from '../diagnostics.js';

export interface CommandIo {
  readonly run: (fn: () => Promise<number>) => Promise<void>;
  readonly print: (s: string) => void;
  readonly eprint: (s: string) => void;
  /** True when stderr is a terminal (progress lines are shown only then). */
  readonly tty: boolean;
  readonly progress: (line: string) => void;
}

interface PullArgs {
  url: string;
  name: string;
  out: string;
  kind?: 'asmx' | 'webapi' | 'wsdl';
  maxPages: number;
  maxBytes: number;
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  force: boolean;
  allowOrigin?: string[];
}

export function pullCommand(io: CommandIo): CommandModule {
  return {
    command: 'pull <url>',
    describe: 'Snapshot a live service (an .asmx URL, any WSDL URL such as Service.svc?wsdl, or a Web API /Help URL) into OUT/NAME/ with a manifest.',
    builder: (y: Argv) =>
      y
        .positional('url', { type: 'string', describe: 'the .asmx address, a WSDL address (…?wsdl, …?singleWsdl, ….wsdl) or the Web API help page (…/Help)' })
        .option('name', { type: 'string', demandOption: true, describe: 'folder name of the snapshot' })
        .option('out', { type: 'string', default: 'specs', describe: 'parent folder of the snapshot' })
        .option('kind', { choices: ['asmx', 'webapi', 'wsdl'] as const, describe: 'kind of site (default: wsdl for ?wsdl, ?singleWsdl, ?xsd= and .wsdl/.xsd URLs, asmx for *.asmx, else webapi)' })
        .option('max-pages', { type: 'number', default: 1000, describe: 'most requests made' })
        .option('max-bytes', { type: 'number', default: 64 * 1024 * 1024, describe: 'most bytes downloaded' })
        .option('retries', { type: 'number', default: 3, describe: 'retries after a transient failure (network error, 408, 429, 502-504)' })
        .option('retry-delay-ms', { type: 'number', default: 250, describe: 'first retry delay; doubled each retry' })
        .option('timeout-ms', { type: 'number', default: 30_000, describe: 'time limit of one request' })
        .option('force', { type: 'boolean', default: false, describe: 'replace a folder that was not made by svcgen pull' })
        .option('allow-origin', { type: 'string', array: true, describe: 'also follow imports (and links) to these origins (https://host:port)' })
        .example('$0 pull https://host/Service.asmx --name myservice', 'help pages and ?wsdl of an ASMX service into specs/myservice/')
        .example('$0 pull https://host/Service.svc?wsdl --name wcf', 'a WSDL with every file it imports (WCF, JAX-WS, any)')
        .example('$0 pull https://host/Help --name myapi', 'a Web API help site'),
    handler: (raw) =>
      io.run(async () => {
        const a = raw as unknown as PullArgs;
        try {
          for (const o of a.allowOrigin ?? []) {
            if (!URL.canParse(o)) {
              io.eprint(`svcgen: --allow-origin needs an origin such as https://host:8443, got "${o}"`);
              return 2;
            }
          }
          const r = await pull({ ...a, allowOrigins: a.allowOrigin, progress: io.tty ? io.progress : undefined });
          if (io.tty) io.progress('');
          for (const n of r.manifest.notes) io.eprint(`svcgen: note: ${n}`);
          io.print(`svcgen: pulled ${r.manifest.files.length} file(s) (${r.manifest.files.reduce((s, f) => s + f.bytes, 0)} bytes) into ${r.dir}`);
          const specs = pulledSpecs(r.manifest).map((f) => relative(process.cwd(), join(r.dir, f)) || f);
          if (specs.length) io.print(`svcgen: generate a client with: svcgen generate ${specs.join(' ')} --out generated --name ${a.name}`);
          return 0;
        } catch (e) {
          if (io.tty) io.progress('');
          if (e instanceof PullError) {
            io.eprint(`svcgen: pull failed, nothing written: ${e.message}`);
            return 1;
          }
          throw e;
        }
      }),
  };
}

interface DiffArgs {
  old: string;
  new?: string;
  gitRev?: string;
  name?: string;
  maxInputBytes: number;
}

export function diffCommand(io: CommandIo): CommandModule {
  return {
    command: 'diff <old> [new]',
    describe: 'Compare two versions of a service (spec folders, spec files a,b,c, or ir.json); with --git-rev, compare OLD as committed at REV with OLD now. Exit 1 when something breaks callers.',
    builder: (y: Argv) =>
      y
        .positional('old', { type: 'string', describe: 'old version (or, with --git-rev, the specs to compare with their committed version)' })
        .positional('new', { type: 'string', describe: 'new version' })
        .option('git-rev', { type: 'string', describe: 'git revision holding the old version of OLD' })
        .option('name', { type: 'string', describe: 'service name' })
        .option('max-input-bytes', { type: 'number', default: DEFAULT_MAX_INPUT_BYTES })
        .example('$0 diff specs/myservice --git-rev HEAD', 'what changed since the last commit')
        .example('$0 diff old/Service.wsdl new/Service.wsdl', 'compare two versions of a spec'),
    handler: (raw) =>
      io.run(async () => {
        const a = raw as unknown as DiffArgs;
        const cwd = process.cwd();
        const opts = { name: a.name, maxInputBytes: a.maxInputBytes, cwd };
        if (a.gitRev ? a.new !== undefined : a.new === undefined) {
          io.eprint('svcgen: give OLD and NEW, or one spec set with --git-rev REV');
          return 2;
        }
        try {
          const oldS = a.gitRev ? await loadAtRevision(a.old, a.gitRev, opts) : await loadSide(a.old, opts);
          const newS = await loadSide(a.gitRev ? a.old : (a.new as string), opts);
          const bad = [...failures(oldS, false), ...failures(newS, false)];
          for (const d of bad) io.eprint(formatDiagnostic(d));
          if (bad.length) return 1;
          const changes = diffServices(oldS, newS);
          for (const line of formatChanges(changes)) io.print(line);
          return changes.some((c) => c.kind === 'breaking') ? 1 : 0;
        } catch (e) {
          if (e instanceof DiffInputError) {
            io.eprint(`svcgen: ${e.message}`);
            return 2;
          }
          throw e;
        }
      }),
  };
}
