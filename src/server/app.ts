/**
 * The HTTP API: a fastify app over a `Corpus`. Reads are open; writes
 * (ingest) need `Authorization: Bearer <token>` when a token is set, and are
 * refused from other sites' pages (`guard.ts`); only allowed `Host` names are
 * answered. `find` and `compare` run on a `RequestPool` when one is given,
 * under a deadline and a bounded queue, so that cheap reads stay fast. Every
 * error is JSON `{error, message}` with the right status, and every response
 * carries a strict Content-Security-Policy.
 */

import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import swagger from "@fastify/swagger";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import {
  AmbiguousIdError,
  type Analysed,
  answerRequest,
  type Corpus,
  DeadlineError,
  detectSpin,
  formatProblem,
  NotFoundError,
  PoolBusyError,
  type RequestPool,
  type SpinReport,
  UnreadableTextError,
  VERSION,
} from "../index.js";
import { allowedHosts, hasToken, refusal } from "./guard.js";
import * as S from "./schemas.js";

export interface ApiOptions {
  corpus: Corpus;
  /** Bearer token required for writes; none means writes are open (loopback only, enforced by `serve`). */
  token?: string;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Threads that answer find and compare under a deadline; without one they run here, unbounded. */
  pool?: RequestPool;
  /** The address the server is bound to, answered as a `Host` beside the loopback names. */
  host?: string;
  /** More `Host` names to answer (the names the server is reached by through a proxy or on a network). */
  allowedHosts?: readonly string[];
}

/**
 * Longest text `compare` and `find` take, in characters: twice a long-form
 * feature (about 100,000 characters, 15,000 words). Alignment grows with the
 * sentence pairs of two texts, so a bound on each text bounds a request's
 * work; the body limit alone would let two 5-million-character texts in.
 */
export const MAX_REQUEST_TEXT_CHARS = 200_000;
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
/** Seconds a refused client is asked to wait before trying again. */
const RETRY_AFTER_SECONDS = 1;

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const MAX_CACHED_SPINS = 20_000;
const MAX_CACHED_BODIES = 5000;

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function buildApi(options: ApiOptions): Promise<FastifyInstance> {
  const { corpus, token, bodyLimit = 10 * 2 ** 20, pool } = options;
  const hosts = allowedHosts(options.host, options.allowedHosts);
  const app = Fastify({ bodyLimit, logger: false }).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(swagger, {
    openapi: { info: { title: "unspun API", version: VERSION, description: "Copies of news stories, traced to their source." } },
  });
  // Plain-text and HTML bodies are documents to ingest as they are.
  app.addContentTypeParser(["text/plain", "text/html"], { parseAs: "string" }, (_req, body, done) => done(null, body));

  app.addHook("onRequest", async (req, reply) => {
    const refused = refusal(req.method, req.headers, hosts);
    if (refused) return reply.status(refused.status).send({ error: refused.error, message: refused.message });
    // A dot segment ("/assets/..", "%2e%2e") names no file of ours, whatever the router would make of it.
    if (DOT_SEGMENT.test((req.raw.url ?? "").split("?")[0] as string))
      return reply.status(404).send({ error: "not-found", message: `no route ${req.method} ${req.url}` });
  });
  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    return payload;
  });
  app.setErrorHandler((err, _req, reply) => {
    const e = err as Error & { statusCode?: number; code?: string; validation?: unknown };
    if (err instanceof HttpError) return reply.status(err.statusCode).send({ error: err.code, message: err.message });
    if (err instanceof AmbiguousIdError) return reply.status(400).send({ error: "ambiguous-id", message: err.message });
    if (err instanceof NotFoundError) return reply.status(404).send({ error: "not-found", message: err.message });
    if (err instanceof UnreadableTextError) return reply.status(400).send({ error: "unreadable-text", message: err.message });
    if (err instanceof DeadlineError) return reply.status(503).send({ error: "deadline", message: err.message });
    if (err instanceof PoolBusyError)
      return reply.status(429).header("Retry-After", String(RETRY_AFTER_SECONDS)).send({ error: "busy", message: err.message });
    if (e.validation) return reply.status(400).send({ error: "invalid-request", message: e.message });
    if (e.statusCode === 413) return reply.status(413).send({ error: "body-too-large", message: `request body over ${bodyLimit} bytes` });
    if (e.statusCode && e.statusCode < 500) return reply.status(e.statusCode).send({ error: e.code ?? "bad-request", message: e.message });
    return reply.status(500).send({ error: "internal", message: e.message });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: "not-found", message: `no route ${req.method} ${req.url}` }));

  // Spin verdicts cost tens of milliseconds a document; documents do not change, so each is read once.
  // The learned lexicon changes only when documents are ingested, which clears both.
  const spins = new Map<string, SpinReport>();
  let learned: Promise<Map<string, string>> | undefined;
  const spinOf = async (doc: Analysed): Promise<SpinReport> => {
    const id = doc.article.id;
    let report = spins.get(id);
    if (!report) {
      learned ??= corpus.learned();
      report = detectSpin(doc.analysis, { learned: await learned });
      if (spins.size >= MAX_CACHED_SPINS) spins.delete(spins.keys().next().value as string);
      spins.set(id, report);
      // The listing filters on stored verdicts: keep this one, judged with the lexicon as it is now.
      await corpus.keepSpin(id, report);
    }
    return report;
  };
  // A document's answer is the same until the next ingest (which may teach the spin detector): kept serialised.
  const documentBodies = new Map<string, string>();
  const ingest = async (body: { documents: Array<Record<string, string | undefined>> }) => {
    const result = await ingestPosted(corpus, body);
    spins.clear();
    documentBodies.clear();
    learned = undefined;
    return result;
  };

  const requireToken = async (req: { headers: Record<string, string | string[] | undefined> }) => {
    if (token && !hasToken(req.headers, token)) throw new HttpError(401, "unauthorized", "writes need Authorization: Bearer <token>");
  };
  const load = async (id: string): Promise<Analysed> => {
    const doc = await corpus.document(id);
    if (!doc) throw new HttpError(404, "not-found", `no document ${id}`);
    return doc;
  };

  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/", { schema: { hide: true } }, async (_req, reply) => sendWebFile(reply, "index.html"));
  app.get("/assets/:file", { schema: { hide: true } }, async (req, reply) =>
    sendWebFile(reply, `assets/${(req.params as { file: string }).file}`),
  );

  app.get("/api/stats", { schema: { response: { 200: S.Stats } } }, async () => ({
    documents: await corpus.count(),
    stories: (await corpus.stories()).length,
    substitutions: (await corpus.substitutions()).length,
    version: VERSION,
  }));

  app.get("/api/summary", { schema: { response: { 200: S.Summary } } }, async () => corpus.summary());

  app.get("/api/documents", { schema: { querystring: S.ListQuery, response: { 200: S.DocumentList } } }, async (req) => {
    const { q, spin, copies, sort, order, limit, offset } = req.query;
    const page = await corpus.listing({ text: q, spin, copiesOnly: copies, sort, order, limit, offset });
    return { total: page.total, corpus: await corpus.count(), documents: page.documents };
  });

  app.post(
    "/api/documents",
    { schema: { body: S.IngestBody, response: { 200: S.IngestResult } }, preValidation: requireToken },
    async (req) => ingest(req.body),
  );
  app.post("/api/documents/raw", { preValidation: requireToken, schema: { response: { 200: S.IngestResult } } }, async (req) => {
    if (typeof req.body !== "string" || !req.body.trim())
      throw new HttpError(400, "invalid-request", "send the document as text/plain or text/html");
    const html = String(req.headers["content-type"]).startsWith("text/html");
    return ingest({ documents: [html ? { html: req.body } : { text: req.body }] });
  });

  app.get("/api/documents/:id", { schema: { params: S.Id, response: { 200: S.DocumentView } } }, async (req, reply) => {
    let body = documentBodies.get(req.params.id);
    if (body === undefined) {
      const doc = await corpus.get(req.params.id);
      if (!doc) throw new HttpError(404, "not-found", `no document ${req.params.id}`);
      const read = await corpus.document(doc.article.id);
      const spin = read ? await spinOf(read) : detectSpin(doc.article.text);
      body = JSON.stringify({ article: doc.article, spin, ingestedAt: doc.ingestedAt });
      if (documentBodies.size >= MAX_CACHED_BODIES) documentBodies.delete(documentBodies.keys().next().value as string);
      documentBodies.set(req.params.id, body);
    }
    // Already serialised: fastify sends a string as it is.
    return reply.type("application/json; charset=utf-8").send(body as never);
  });

  app.get("/api/documents/:id/relations", { schema: { params: S.Id, response: { 200: S.Relations } } }, async (req) => {
    const doc = await load(req.params.id);
    return { relations: await corpus.relationsOf(doc.article.id) };
  });

  const bounded = (name: string, text: string | undefined) => {
    if (text !== undefined && text.length > MAX_REQUEST_TEXT_CHARS)
      throw new HttpError(413, "text-too-large", `${name} holds ${text.length} characters; the limit is ${MAX_REQUEST_TEXT_CHARS}`);
  };
  app.post("/api/compare", { schema: { body: S.CompareBody, response: { 200: S.CompareResult } } }, async (req) => {
    const { a, b, textA, textB } = req.body;
    bounded("textA", textA);
    bounded("textB", textB);
    for (const [id, text, name] of [
      [a, textA, "a"],
      [b, textB, "b"],
    ] as const) {
      if (!id && !text) throw new HttpError(400, "invalid-request", `give ${name} (a document id) or text${name.toUpperCase()}`);
    }
    const task = { kind: "compare" as const, ...(a ? { a } : { textA }), ...(b ? { b } : { textB }) };
    return pool ? pool.compare(task) : answerRequest(corpus, task);
  });

  app.post("/api/find", { schema: { body: S.FindBody, response: { 200: S.Relations } } }, async (req) => {
    bounded("text", req.body.text);
    return pool ? pool.find(req.body.text) : answerRequest(corpus, { kind: "find", text: req.body.text });
  });

  app.get("/api/stories", { schema: { response: { 200: S.Stories } } }, async () => ({
    stories: (await corpus.stories()).sort((x, y) => y.members.length - x.members.length || (x.id < y.id ? -1 : 1)),
  }));
  app.get("/api/stories/:id", { schema: { params: S.Id, response: { 200: S.StoryView } } }, async (req) => {
    const story = (await corpus.stories()).find((s) => s.id === req.params.id);
    if (!story) throw new HttpError(404, "not-found", `no story ${req.params.id}`);
    return {
      story,
      documents: await corpus.list({ ids: story.members, limit: story.members.length }),
      families: await corpus.families(story.members),
    };
  });
  app.get("/api/families", { schema: { querystring: S.Page, response: { 200: S.Families } } }, async (req) =>
    corpus.familiesPage({ offset: req.query.offset, limit: req.query.limit }),
  );

  await app.ready();
  return app;
}

function isFile(url: URL): boolean {
  try {
    return statSync(url).isFile();
  } catch {
    return false;
  }
}

/** The built web UI (vite build web → dist/web), from the source tree or the package. */
export const WEB_DIR = new URL("../../dist/web/", import.meta.url);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

async function sendWebFile(reply: FastifyReply, file: string) {
  // Asset names are the build's own ("index-<hash>.js"); anything else is not ours to serve.
  if (!/^(index\.html|assets\/\w[\w.-]*)$/.test(file)) throw new HttpError(404, "not-found", `no file ${file}`);
  const url = new URL(file, WEB_DIR);
  if (!isFile(url)) {
    if (file === "index.html")
      throw new HttpError(503, "web-not-built", "the web UI is not built: run npm run build; the API is under /api");
    throw new HttpError(404, "not-found", `no file ${file}`);
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  return reply
    .type(type)
    .header("Cache-Control", file.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache")
    .send(readFileSync(url));
}

async function ingestPosted(corpus: Corpus, body: { documents: Array<Record<string, string | undefined>> }) {
  // Problems name a record as "request#L2": its place in the posted list.
  const { summary, ids, problems } = await corpus.ingestDocuments(body.documents, { origin: "request" });
  return { inserted: summary.inserted, existing: summary.existing, skipped: summary.skipped, ids, problems: problems.map(formatProblem) };
}
