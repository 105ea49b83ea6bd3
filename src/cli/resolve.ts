/** A command argument that names a text: a file (read and extracted now) or a stored document id. */

import { existsSync } from "node:fs";
import { type Analysed, analysed, type Corpus, extractDocument, formatProblem, readInputs } from "../index.js";

export class ResolveError extends Error {}

export async function resolveText(arg: string, corpus: Corpus | undefined): Promise<Analysed> {
  if (arg === "-" || existsSync(arg)) {
    for await (const item of readInputs([arg])) {
      if (item.problem) throw new ResolveError(formatProblem(item.problem));
      const extracted = extractDocument(item.document);
      if (extracted.problem) throw new ResolveError(formatProblem(extracted.problem));
      return analysed(extracted.article, item.document.content);
    }
    throw new ResolveError(`${arg}: no document in it`);
  }
  const doc = await corpus?.get(arg);
  if (!doc) throw new ResolveError(`${arg}: no such file, and no stored document with that id`);
  return analysed(doc.article, doc.raw);
}
