/** `unspun stories`: every story in the corpus, largest first, with its label, time span and members. */

import { Names, storyJson } from "../../index.js";
import { type Context, withCorpus } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { printJson } from "../output.js";
import { labels, storyLines } from "../relation-format.js";

export function storiesCommand(ctx: Context): Promise<number> {
  return withCorpus(ctx, async (corpus) => {
    // Documents stored before stories existed are placed now.
    await corpus.updateStories((await corpus.list({ limit: Number.MAX_SAFE_INTEGER })).map((d) => d.id));
    const stories = (await corpus.stories()).sort((x, y) => y.members.length - x.members.length || (x.id < y.id ? -1 : 1));
    const names = await Names.of(
      corpus,
      stories.flatMap((s) => s.members),
    );
    if (ctx.o.json) printJson(ctx.o, { stories: stories.map((s) => storyJson(s, names)) });
    else {
      for (const s of stories) for (const line of storyLines(s, labels(names))) ctx.o.out(line);
      ctx.o.err(`unspun: ${stories.length} story(ies)`);
    }
    return EXIT.ok;
  });
}
