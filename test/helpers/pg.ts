/**
 * A real, throw-away PostgreSQL server for tests: a fresh cluster in a
 * temporary directory on a free loopback port (run as the `postgres` user
 * when the tests run as root, as initdb requires), stopped and deleted after.
 * `.ci/run` installs PostgreSQL with apt; locally any PostgreSQL 12+ works.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

export interface TestPostgres {
  url: string;
  /** Stops the server, keeping its data, and starts it again on the same port after `seconds`. */
  bounce(seconds: number): Promise<void>;
  stop(): void;
}

function binDir(): string {
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    const root = "/usr/lib/postgresql";
    const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    if (versions[0]) return join(root, versions[0], "bin");
    throw new Error("PostgreSQL is not installed: the PostgreSQL tests need initdb and pg_ctl (apt-get install postgresql)");
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), "unspun-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : join(bin, tool), asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args, {
      stdio: "pipe",
    });
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, id("-u"), id("-g"));
    chmodSync(dir, 0o700);
  }
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const start = () =>
    run("pg_ctl", [
      "-D",
      data,
      "-w",
      "-l",
      join(dir, "log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      "start",
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    bounce: async (seconds) => {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      start();
    },
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh, empty database on a test server; returns its URL. */
export async function createDatabase(server: TestPostgres, name: string): Promise<string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

/**
 * One server for a test file, with a scratch directory beside it: started
 * before the file's tests, stopped and deleted after them.
 */
export function postgresForFile(prefix: string): { dir: string; server: () => TestPostgres } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, server: () => server as TestPostgres };
}
