/**
 * Process-group management for the interop servers: spawn detached children, stop them, and make
 * sure none survives this process (exit/signal hooks, plus a watchdog shell for SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Registers a scratch folder to delete if this process ends before the server is stopped. */
export function trackScratch(dir: string): void {
  liveScratch.add(dir);
}

export function untrackScratch(dir: string): void {
  liveScratch.delete(dir);
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** Scratch folders to delete if this process ends before stop(). */
const liveScratch = new Set<string>();

function killAllGroups(): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  liveGroups.clear();
  for (const dir of liveScratch) rmSync(dir, { recursive: true, force: true });
  liveScratch.clear();
}

/**
 * Kills the server groups when this process exits or gets SIGINT/SIGTERM/SIGHUP. The listeners are
 * prepended: vitest's own handlers call process.exit(), after which later listeners never run.
 * When no one else listens to the signal, it is raised again so termination still happens.
 */
export function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.prependListener('exit', killAllGroups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      killAllGroups();
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.prependListener(signal, onSignal);
  }
}

/**
 * A detached shell that kills the server groups once this process is gone (even after SIGKILL,
 * when no hook runs). It polls every second.
 */
export function startWatchdog(groups: number[], scratch: string): Child {
  const targets = groups.map((g) => `-${g}`).join(' ');
  const script =
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ` +
    `kill -TERM ${targets} 2>/dev/null; sleep 2; kill -KILL ${targets} 2>/dev/null; rm -rf "$0"; exit 0`;
  return startChild('watchdog', '/bin/sh', ['-c', script, scratch], scratch, join(scratch, 'watchdog.log'));
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
}

/** A server started in its own process group. */
export interface Child {
  name: string;
  proc: ChildProcess;
  exited: Promise<void>;
  logFile: string;
}

/**
 * Spawns `cmd` detached (own process group), output appended to `logFile`, cwd = `scratch`.
 */
export function startChild(name: string, cmd: string, args: string[], scratch: string, logFile: string): Child {
  const fd = openSync(logFile, 'a');
  const cwd = scratch;
  // TZ=UTC: DateTime values with an offset are converted to the server's local zone.
  // TMPDIR: Mono ASP.NET compiles into $TMPDIR/<user>-temp-aspnet-0; a private folder keeps
  // parallel instances from replacing each other's App_Code assembly.
  const tmp = join(scratch, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const env = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TMPDIR: tmp };
  const proc = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  const exited = new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.once('error', () => resolve());
  });
  if (proc.pid !== undefined) liveGroups.add(proc.pid);
  void exited.then(() => {
    if (proc.pid !== undefined) liveGroups.delete(proc.pid);
  });
  return { name, proc, exited, logFile };
}

/** SIGTERM to the group, SIGKILL after 5 s; resolves when the leader is gone. */
export async function stopChild(child: Child): Promise<void> {
  const pid = child.proc.pid;
  if (pid === undefined || child.proc.exitCode !== null || child.proc.signalCode !== null) {
    // the leader is gone; still sweep its group (nginx workers, if any)
    if (pid !== undefined) killGroup(pid, 'SIGKILL');
    return;
  }
  killGroup(pid, 'SIGTERM');
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  if ((await Promise.race([child.exited.then(() => 'done' as const), timer])) === 'timeout') {
    killGroup(pid, 'SIGKILL');
    await child.exited;
  }
  killGroup(pid, 'SIGKILL');
  liveGroups.delete(pid);
}

