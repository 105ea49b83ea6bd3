/**
 * unspun's HTTP API, a subpath of the package (`unspun/server`), so that
 * `import { extract } from "unspun"` does not load a web framework.
 *
 * @example
 * import { Corpus } from "unspun";
 * import { buildApi } from "unspun/server";
 * const app = await buildApi({ corpus: Corpus.open() });
 * await app.listen({ port: 8080 });
 */
export { type ApiOptions, buildApi, CONTENT_SECURITY_POLICY, WEB_DIR } from "./app.js";
