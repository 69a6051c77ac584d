import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { formatChanges } from './commands/diff.js';
import { diffCommand, pullCommand } from './commands/workflow.js';
import { Codes, formatDiagnostic, SpecError } from './diagnostics.js';
import { emitPackage } from './emit/index.js';
import { IR_FILE, irFileText, planVersion } from './emit/version.js';
import type { Diagnostic } from './ir/types.js';
import { OutputError, staleFiles, writePackages, type PackageOutput } from './output.js';
import { DEFAULT_MAX_INPUT_BYTES, failures, loadService } from './pipeline.js';

/**
 * The svcgen command line. Exit codes: 0 success, 1 spec errors (or `--check` found stale
 * files), 2 usage errors.
 */

export const CONFIG_FILE = 'svcgen.config.json';

interface ServiceConfig {
  readonly specs: readonly string[];
  readonly name?: string;
  readonly operations?: readonly string[];
}

interface Config {
  readonly out?: string;
  /** Folders WSDL/XSD imports may resolve under besides each spec's folder (relative to the config). */
  readonly importRoots?: readonly string[];
  readonly services: Readonly<Record<string, ServiceConfig>>;
}

class UsageError extends Error {}

interface GenerateArgs {
  specs: string[];
  out?: string;
  name?: string;
  check: boolean;
  format: boolean;
  strict: boolean;
  verbose: boolean;
  operations?: string[];
  maxInputBytes: number;
  config: string;
  allowRemoteImports: boolean;
  importRoot?: string[];
}

export async function main(argv: string[], io: { out: { write(s: string): unknown }; err: { write(s: string): unknown; isTTY?: boolean } } = { out: process.stdout, err: process.stderr }): Promise<number> {
  const print = (s: string) => io.out.write(`${s}\n`);
  const eprint = (s: string) => io.err.write(`${s}\n`);
  let code = 0;
  let verbose = argv.includes('--verbose');
  const run = async (fn: () => Promise<number>) => {
    try {
      code = await fn();
    } catch (e) {
      code = report(e, eprint, verbose);
    }
  };
  const parser = yargs(argv)
    .scriptName('svcgen')
    .usage('$0 <command> [options]')
    .command(
      'generate [specs..]',
      'Generate a typed client package. With no SPEC, generate every service of svcgen.config.json into its output folder.',
      (y) => generateOptions(y),
      (a) => run(() => generate(a as unknown as GenerateArgs, print, eprint)),
    )
    .command(
      'ir <specs..>',
      'Print the intermediate representation of one service (all SPECs describe it) as JSON.',
      (y) =>
        y
          .positional('specs', { type: 'string', array: true, describe: 'spec files of one service' })
          .option('name', { type: 'string', describe: 'service name' })
          .option('operations', { type: 'string', array: true, describe: 'keep only these operations' })
          .option('max-input-bytes', { type: 'number', default: DEFAULT_MAX_INPUT_BYTES })
          .option('allow-remote-imports', { type: 'boolean', default: false, describe: 'read imports from anywhere (absolute paths, file: and remote URLs)' })
          .option('import-root', { type: 'string', array: true, describe: 'a folder imports may also resolve under' }),
      (a) =>
        run(async () => {
          const service = await loadService(a.specs as string[], { name: a.name, operations: a.operations, maxInputBytes: a.maxInputBytes, allowRemoteImports: a.allowRemoteImports, importRoots: a.importRoot });
          print(JSON.stringify(service, null, 2));
          return failures(service, false).length ? 1 : 0;
        }),
    )
    .command(pullCommand({ run, print, eprint, tty: io.err.isTTY === true, progress: (l) => io.err.write(`\r\x1b[K${l.slice(0, 120)}`) }))
    .command(diffCommand({ run, print, eprint, tty: false, progress: () => undefined }))
    .option('verbose', { type: 'boolean', default: false, describe: 'print stack traces of internal errors' })
    .demandCommand(1, 'Name a command: generate, ir, pull or diff.')
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  try {
    const parsed = await parser.parseAsync();
    verbose = !!parsed.verbose;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && e.name === 'YError')) {
      eprint(`svcgen: ${e.message}\nRun \`svcgen --help\` for usage.`);
      return 2;
    }
    return report(e, eprint, verbose);
  }
  return code;
}

function generateOptions(y: Argv) {
  return y
    .positional('specs', { type: 'string', array: true, describe: 'spec files describing one service' })
    .option('out', { type: 'string', describe: 'output folder (the package goes to OUT/NAME)' })
    .option('name', { type: 'string', describe: 'service / package name' })
    .option('check', { type: 'boolean', default: false, describe: 'write nothing; exit 1 naming every file that would change' })
    .option('format', { type: 'boolean', default: true, describe: 'format the output with prettier (--no-format skips it)' })
    .option('strict', { type: 'boolean', default: false, describe: 'treat warnings as errors' })
    .option('operations', { type: 'string', array: true, describe: 'generate only these operations (and the types they need)' })
    .option('max-input-bytes', { type: 'number', default: DEFAULT_MAX_INPUT_BYTES, describe: 'refuse spec files larger than this' })
    .option('config', { type: 'string', default: CONFIG_FILE, describe: 'config file used when no SPEC is given' })
    .option('allow-remote-imports', { type: 'boolean', default: false, describe: 'read WSDL/XSD imports from anywhere (absolute paths, file: and remote URLs)' })
    .option('import-root', { type: 'string', array: true, describe: 'a folder WSDL/XSD imports may also resolve under' });
}

async function generate(a: GenerateArgs, print: (s: string) => void, eprint: (s: string) => void): Promise<number> {
  // Config runs resolve every path against the config file's folder, so the output (whose file
  // headers name the specs) is the same wherever svcgen is started.
  const base = a.specs?.length ? process.cwd() : dirname(resolve(a.config));
  const jobs = a.specs?.length ? [adHocJob(a)] : configJobs(a);
  const outDir = a.specs?.length ? resolve(a.out ?? 'generated') : resolve(base, a.out ?? readConfig(a.config).out ?? 'generated');
  const importRoots = [...(a.importRoot ?? []).map((r) => resolve(r)), ...(a.specs?.length ? [] : (readConfig(a.config).importRoots ?? []).map((r) => resolve(base, r)))];
  const packages: PackageOutput[] = [];
  let errors = 0;
  let warnings = 0;
  for (const job of jobs) {
    const service = await loadService(job.specs, { name: job.name, operations: job.operations ?? a.operations, maxInputBytes: a.maxInputBytes, cwd: base, importRoots, allowRemoteImports: a.allowRemoteImports });
    for (const d of service.diagnostics) eprint(formatDiagnostic(d));
    warnings += service.diagnostics.filter((d) => d.severity === 'warning').length;
    const failed = failures(service, a.strict);
    errors += failed.length;
    if (failed.length) continue;
    const plan = planVersion(join(outDir, job.folder), service);
    const files = await emitPackage(service, { packageName: job.folder, format: a.format, version: plan.version });
    files.set(IR_FILE, irFileText(service));
    if (plan.changes.length) for (const line of [`${job.folder}: service changed, version ${plan.version}`, ...formatChanges(plan.changes)]) print(line);
    packages.push({ name: job.folder, files });
  }
  if (errors) {
    eprint(`svcgen: ${errors} error(s)${a.strict ? ' (warnings count as errors under --strict)' : ''}; nothing was written.`);
    return 1;
  }
  const removeStale = !a.specs?.length;
  if (a.check) {
    const stale = staleFiles(outDir, packages, removeStale);
    for (const s of stale) eprint(`stale: ${s}`);
    if (stale.length) {
      eprint(`svcgen: ${stale.length} generated file(s) are out of date; run \`npm run generate\`.`);
      return 1;
    }
    print(`svcgen: ${packages.length} package(s) up to date${warnings ? ` (${warnings} warning(s))` : ''}.`);
    return 0;
  }
  writePackages(outDir, packages, removeStale);
  print(`svcgen: wrote ${packages.map((p) => p.name).join(', ')} to ${outDir}${warnings ? ` (${warnings} warning(s))` : ''}.`);
  return 0;
}

interface Job {
  readonly folder: string;
  readonly name?: string;
  readonly specs: readonly string[];
  readonly operations?: readonly string[];
}

function adHocJob(a: GenerateArgs): Job {
  const folder = a.name ?? a.specs[0].replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  if (!/^[A-Za-z0-9._-]+$/.test(folder)) throw new UsageError(`--name must be a plain folder name (letters, digits, ".", "_", "-"), got "${folder}"`);
  return { folder, name: a.name, specs: a.specs };
}

function configJobs(a: GenerateArgs): Job[] {
  const config = readConfig(a.config);
  return Object.entries(config.services).map(([folder, s]) => ({ folder, name: s.name ?? folder, specs: s.specs, operations: s.operations }));
}

function readConfig(path: string): Config {
  if (!existsSync(path)) throw new UsageError(`no SPEC given and no ${path} found: name spec files, or run where ${path} is`);
  let config: Config;
  try {
    config = JSON.parse(readFileSync(path, 'utf8')) as Config;
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (!config || typeof config !== 'object' || typeof config.services !== 'object' || config.services === null || Array.isArray(config.services) || (config.out !== undefined && typeof config.out !== 'string')) throw new UsageError(`${path}: expected {"services": {"name": {"specs": [...]}}}`);
  if (config.importRoots !== undefined && (!Array.isArray(config.importRoots) || !config.importRoots.every((x) => typeof x === 'string'))) throw new UsageError(`${path}: "importRoots" must be a list of folder paths`);
  for (const [k, s] of Object.entries(config.services)) {
    if (!/^[A-Za-z0-9._-]+$/.test(k)) throw new UsageError(`${path}: service key "${k}" must be a plain folder name`);
    if (!s || !Array.isArray(s.specs) || s.specs.length === 0 || !s.specs.every((x) => typeof x === 'string')) throw new UsageError(`${path}: service "${k}" needs a non-empty "specs" list of file paths`);
    if (s.name !== undefined && typeof s.name !== 'string') throw new UsageError(`${path}: service "${k}": "name" must be a string`);
    if (s.operations !== undefined && (!Array.isArray(s.operations) || !s.operations.every((x) => typeof x === 'string'))) throw new UsageError(`${path}: service "${k}": "operations" must be a list of operation names`);
  }
  return config;
}

function report(e: unknown, eprint: (s: string) => void, verbose: boolean): number {
  if (e instanceof SpecError) {
    eprint(formatDiagnostic(e.diagnostic as Diagnostic));
    // A spec file that is missing or not a file is a usage error; anything read from one is a spec error.
    return e.diagnostic.code === Codes.CONFIG ? 2 : 1;
  }
  if (e instanceof UsageError) {
    eprint(`svcgen: ${e.message}`);
    return 2;
  }
  if (e instanceof OutputError) {
    eprint(`svcgen: ${e.message}`);
    return 1;
  }
  eprint(`svcgen: internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (verbose && e instanceof Error && e.stack) eprint(e.stack);
  else eprint('Run again with --verbose for the stack trace, and please report it.');
  return 70;
}
