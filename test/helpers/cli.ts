/** Runs the real CLI in a child process, from source, as a user would. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const ENTRY = join(ROOT, "src", "cli", "run.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Run as this user (the tests run as root in CI, where permissions would not bind). */
  user?: { uid: number; gid: number };
}

export function startCli(args: string[], options: CliOptions = {}): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, FORCE_COLOR: "0" },
    stdio: ["pipe", "pipe", "pipe"],
    ...options.user,
  });
  if (options.input !== undefined) child.stdin?.end(options.input);
  else child.stdin?.end();
  return child;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const child = startCli(args, options);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** The address a started `unspun serve` listens on, once it says so on stderr. */
export function servingAddress(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let err = "";
    child.stderr?.on("data", (d) => {
      err += d;
      const m = /serving (http:\/\/\S+?) /.exec(err);
      if (m) resolve(m[1] as string);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}
