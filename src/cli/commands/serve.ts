/** `unspun serve`: the HTTP API (and the web UI when built) over the corpus, on loopback by default. */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { RequestPool } from "../../index.js";
import { buildApi } from "../../server/index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";

export interface ServeFlags {
  port: number;
  host: string;
  token?: string;
  tokenFile?: string;
  allowedHost?: string[];
  threads?: number;
  maxBody?: number;
  create?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export async function serveCommand(ctx: Context, flags: ServeFlags): Promise<number> {
  let token = flags.token ?? process.env.UNSPUN_TOKEN;
  if (flags.tokenFile) {
    try {
      token = readFileSync(flags.tokenFile, "utf8").split(/\r?\n/)[0]?.trim() || undefined;
    } catch (err) {
      ctx.o.err(`unspun: cannot read the token file ${flags.tokenFile}: ${(err as Error).message}`);
      return EXIT.usage;
    }
    if (!token) {
      ctx.o.err(`unspun: the token file ${flags.tokenFile} is empty`);
      return EXIT.usage;
    }
  }
  if (!LOOPBACK.test(flags.host) && !token) {
    ctx.o.err(
      `unspun: refusing to serve on ${flags.host} without a token: anyone on the network could write; set --token-file or UNSPUN_TOKEN`,
    );
    return EXIT.usage;
  }
  const corpus = ctx.openCorpus(flags.create ? "create" : "existing");
  // find and compare run on their own threads, under a deadline, so that one request cannot stall the rest.
  const pool = new RequestPool(ctx.location, { threads: flags.threads ?? availableParallelism() });
  const app = await buildApi({
    corpus,
    pool,
    host: flags.host,
    ...(flags.allowedHost ? { allowedHosts: flags.allowedHost } : {}),
    ...(token ? { token } : {}),
    ...(flags.maxBody ? { bodyLimit: flags.maxBody } : {}),
  });
  let address: string;
  try {
    address = await app.listen({ port: flags.port, host: flags.host });
  } catch (err) {
    // The request threads would keep the process alive: a server that cannot listen stops them and says why.
    await app.close();
    await pool.close();
    await corpus.close();
    ctx.o.err(`unspun: cannot listen on ${flags.host}:${flags.port}: ${(err as Error).message}`);
    return EXIT.failed;
  }
  ctx.o.err(`unspun: serving ${address} (API under /api, OpenAPI at /openapi.json)${token ? "; writes need the token" : ""}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
  await pool.close();
  await corpus.close();
  return EXIT.ok;
}
