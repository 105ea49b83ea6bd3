/** `unspun serve`: the HTTP API (and the web UI when built) over the corpus, on loopback by default. */
import { buildApi } from "../../server/index.js";
import type { Context } from "../context.js";
import { EXIT } from "../exit-codes.js";

export interface ServeFlags {
  port: number;
  host: string;
  token?: string;
  maxBody?: number;
  create?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export async function serveCommand(ctx: Context, flags: ServeFlags): Promise<number> {
  const token = flags.token ?? process.env.UNSPUN_TOKEN;
  if (!LOOPBACK.test(flags.host) && !token) {
    ctx.o.err(`unspun: refusing to serve on ${flags.host} without a token: anyone on the network could write; set --token or UNSPUN_TOKEN`);
    return EXIT.usage;
  }
  const corpus = ctx.openCorpus(flags.create ? "create" : "existing");
  const app = await buildApi({ corpus, ...(token ? { token } : {}), ...(flags.maxBody ? { bodyLimit: flags.maxBody } : {}) });
  const address = await app.listen({ port: flags.port, host: flags.host });
  ctx.o.err(`unspun: serving ${address} (API under /api, OpenAPI at /openapi.json)${token ? "; writes need the token" : ""}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
  await corpus.close();
  return EXIT.ok;
}
