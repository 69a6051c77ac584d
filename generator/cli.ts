import { readFileSync } from 'node:fs';
import yargs, { type Argv } from 'yargs';
import { generate, type GenerateOptions, type GenerateResult, type ProgressEvent } from './api.js';
import { watchGenerate } from './watch.js';
import { diffCommand, pullCommand } from './commands/workflow.js';
import { UsageError, type VersionPolicy } from './config.js';
import { Codes, formatDiagnostic, SpecError } from './diagnostics.js';
import type { Diagnostic } from './ir/types.js';
import { serializeIr } from './ir/upgrade.js';
import { boundHeapGrowth } from './emit/core/memory.js';
import { OutputError } from './output.js';
import { DEFAULT_MAX_INPUT_BYTES, failures, loadService } from './pipeline.js';

/**
 * The svcgen command line. Exit codes: 0 success, 1 spec errors (or `--check` found stale
 * files), 2 usage errors.
 */

interface GenerateArgs {
  specs: string[];
  out?: string;
  name?: string;
  packageName?: string;
  packageVersion?: string;
  license?: string;
  check: boolean;
  format: boolean | undefined;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
  watch: boolean;
  sourceLocations?: string | boolean;
  operations?: string[];
  maxInputBytes: number;
  config?: string;
  allowRemoteImports: boolean;
  importRoot?: string[];
}

/** svcgen's own version (package.json). */
export function svcgenVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

type Io = { out: { write(s: string): unknown }; err: { write(s: string): unknown; isTTY?: boolean } };

export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  boundHeapGrowth();
  const print = (s: string) => io.out.write(`${s}\n`);
  const eprint = (s: string) => io.err.write(`${s}\n`);
  if (argv.includes('--version') || (argv.length === 1 && argv[0] === '-v')) {
    print(svcgenVersion());
    return 0;
  }
  // Progress lines are for people: shown on a terminal only, and never with --quiet.
  const tty = io.err.isTTY === true && !argv.includes('--quiet');
  const progress = (l: string) => io.err.write(`\r\x1b[K${l.slice(0, 120)}`);
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
      'Generate a typed client package. With no SPEC, generate every service of the nearest svcgen.config.ts/.mjs/.json (looked for in this folder and the folders above).',
      (y) => generateOptions(y),
      (a) => run(() => generateCommand(a as unknown as GenerateArgs, { print, eprint, tty, progress })),
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
          .option('import-root', { type: 'string', array: true, describe: 'a folder imports may also resolve under' })
          .example('$0 ir specs/tpclient/003_2ef636b388e450eb.txt > ir.json', 'print the IR of one help page'),
      (a) =>
        run(async () => {
          const service = await loadService(a.specs as string[], { name: a.name, operations: a.operations, maxInputBytes: a.maxInputBytes, allowRemoteImports: a.allowRemoteImports, importRoots: a.importRoot });
          print(JSON.stringify(serializeIr(service), null, 2));
          return failures(service, false).length ? 1 : 0;
        }),
    )
    .command(pullCommand({ run, print, eprint, tty, progress }))
    .command(diffCommand({ run, print, eprint, tty: false, progress: () => undefined }))
    .option('verbose', { type: 'boolean', default: false, describe: 'print stack traces of internal errors' })
    .option('quiet', { type: 'boolean', default: false, describe: 'no progress lines on a terminal' })
    .example('$0 generate', 'generate every service of the nearest svcgen.config.*')
    .example('$0 generate specs/S.wsdl --out generated --name @acme/s', 'one service from a spec file')
    .example('$0 pull https://host/Service.svc?wsdl --name s', 'snapshot a live service into specs/s/')
    .demandCommand(1, 'Name a command: generate, ir, pull or diff.')
    .strict()
    .help()
    .version('version', 'print the version of svcgen', svcgenVersion())
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
    .option('out', { type: 'string', describe: 'output folder (the package goes to OUT/FOLDER, FOLDER being the package name without its scope)' })
    .option('name', { type: 'string', describe: 'service name; also the package name, lower-cased and made valid for npm, unless --package-name is given' })
    .option('package-name', { type: 'string', describe: 'npm package name, scoped allowed (@acme/tp)' })
    .option('package-version', { type: 'string', describe: 'fixed package version (default: 1.0.0, bumped by semver when the service changes)' })
    .option('license', { type: 'string', describe: 'package.json license (default UNLICENSED)' })
    .option('check', { type: 'boolean', default: false, describe: 'write nothing; exit 1 naming every file that would change' })
    .option('format', { type: 'boolean', describe: 'run prettier over every generated source (the default writes prettier\'s layout without it; --no-format never runs it)' })
    .option('strict', { type: 'boolean', default: false, describe: 'treat warnings as errors' })
    .option('source-locations', { type: 'string', describe: 'where JSDoc says "From file:line:column": "types" (the default: once per type and operation) or "all" (members too); --no-source-locations leaves it out' })
    .option('operations', { type: 'string', array: true, describe: 'generate only these operations (and the types they need)' })
    .option('max-input-bytes', { type: 'number', default: DEFAULT_MAX_INPUT_BYTES, describe: 'refuse spec files larger than this' })
    .option('config', { type: 'string', describe: 'config file used when no SPEC is given (default: the nearest svcgen.config.ts, .mjs or .json)' })
    .option('allow-remote-imports', { type: 'boolean', default: false, describe: 'read WSDL/XSD imports from anywhere (absolute paths, file: and remote URLs)' })
    .option('import-root', { type: 'string', array: true, describe: 'a folder WSDL/XSD imports may also resolve under' })
    .option('watch', { type: 'boolean', default: false, describe: 'generate again whenever a spec or the config changes (debounced), until stopped' })
    .example('$0 generate', 'every service of the nearest svcgen.config.*')
    .example('$0 generate specs/tp/Service.wsdl --out generated --package-name @acme/tp', 'one package, generated/tp/, named @acme/tp')
    .example('$0 generate --check', 'exit 1 when generated/ is out of date')
    .example('$0 generate --watch', 'regenerate on every change of a spec or the config');
}

interface CliOut {
  readonly print: (s: string) => void;
  readonly eprint: (s: string) => void;
  readonly tty: boolean;
  readonly progress: (line: string) => void;
}

async function generateCommand(a: GenerateArgs, o: CliOut): Promise<number> {
  if (a.packageVersion !== undefined && !/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/.test(a.packageVersion)) throw new UsageError(`--package-version must be a semver version such as 1.2.0, got "${a.packageVersion}"`);
  const onProgress = o.tty ? progressPrinter(o) : undefined;
  const options: GenerateOptions = {
      specs: a.specs,
      config: a.config,
      out: a.out,
      name: a.name,
      packageName: a.packageName,
      version: a.packageVersion as VersionPolicy | undefined,
      license: a.license,
      operations: a.operations,
      sourceLocations: a.sourceLocations === '' ? 'types' : (a.sourceLocations as GenerateOptions['sourceLocations']),
      check: a.check,
      format: a.format,
      strict: a.strict,
      maxInputBytes: a.maxInputBytes,
      importRoots: a.importRoot,
      allowRemoteImports: a.allowRemoteImports,
      onDiagnostic: (d) => {
        if (o.tty) o.progress('');
        o.eprint(formatDiagnostic(d));
      },
      onMessage: o.print,
      onProgress,
      ...(a.verbose ? { onPass: (name: string, ms: number) => o.eprint(`pass ${name} ${ms.toFixed(1)} ms`) } : {}),
  };
  if (a.watch) {
    if (a.check) throw new UsageError('--watch and --check cannot be combined');
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await watchGenerate(options, {
        signal: stop.signal,
        onRun: (result, error) => {
          if (o.tty) o.progress('');
          if (error) o.eprint(`svcgen: ${error instanceof SpecError ? formatDiagnostic(error.diagnostic as Diagnostic) : error instanceof Error ? error.message : String(error)}`);
          else if (result) summarize(result, a, o);
          o.eprint('svcgen: watching the specs for changes (Ctrl-C stops)');
        },
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  }
  let result;
  try {
    result = await generate(options);
  } finally {
    if (o.tty) o.progress('');
  }
  return summarize(result, a, o);
}

/** Prints the outcome of a run; its exit code. */
function summarize(result: GenerateResult, a: GenerateArgs, o: CliOut): number {
  const warn = result.warnings ? ` (${result.warnings} warning(s))` : '';
  if (result.errors) {
    o.eprint(`svcgen: ${result.errors} error(s)${a.strict ? ' (warnings count as errors under --strict)' : ''}; nothing was written.`);
    return 1;
  }
  if (a.check) {
    for (const s of result.stale) o.eprint(`stale: ${s}`);
    if (result.stale.length) {
      o.eprint(`svcgen: ${result.stale.length} generated file(s) are out of date; run \`npm run generate\`.`);
      return 1;
    }
    o.print(`svcgen: ${result.packages.length} package(s) up to date${warn}.`);
    return 0;
  }
  o.print(`svcgen: wrote ${result.packages.map((p) => p.folder).join(', ')} to ${result.outDir}${warn}.`);
  return 0;
}

/** Progress on a terminal: the phase of the current service, then one line per finished service with its time. */
function progressPrinter(o: CliOut): (e: ProgressEvent) => void {
  return (e) => {
    const at = e.total > 1 ? `[${e.index}/${e.total}] ` : '';
    if (e.phase === 'done') {
      o.progress('');
      o.eprint(`${at}${e.service}: done in ${((e.ms ?? 0) / 1000).toFixed(1)} s`);
    } else o.progress(`${at}${e.service}: ${e.phase}…`);
  };
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
