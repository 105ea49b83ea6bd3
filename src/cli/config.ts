/**
 * `unspun.config.json` (in the working directory) or `--config <file>`: the
 * thresholds and limits the CLI also takes as flags, by command:
 *
 *     { "dedup": { "keep": "longest", "minCoverage": 0.9, "types": ["duplicate", "excerpt"] },
 *       "scan": { "workers": 2, "maxBytes": 8000000 } }
 *
 * A flag given on the command line wins over the file, the file over the
 * default. The whole file is checked whichever command runs: an unknown key
 * or a value the flag would refuse is one line naming the key, and exit 2.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Command, CommanderError, type Option } from "commander";
import { EXIT } from "./exit-codes.js";

export const CONFIG_FILE = "unspun.config.json";

/** The keys each command's section may hold: its options' names in camelCase, as flags take them. */
export const CONFIG_KEYS: Readonly<Record<string, readonly string[]>> = {
  scan: ["maxBytes", "workers"],
  dedup: ["keep", "emit", "minCoverage", "types", "maxBytes", "workers"],
  export: ["format"],
  ingest: ["maxBytes", "batchSize"],
  report: ["maxBytes"],
  extract: ["maxBytes"],
  spin: ["maxBytes"],
  serve: ["port", "host", "threads", "maxBody"],
  worker: ["concurrency", "maxAttempts", "leaseSeconds"],
};

/** The file to read: the one named, else `unspun.config.json` in `cwd` when there is one. */
export function configPath(named: string | undefined, cwd: string): string | undefined {
  if (named !== undefined) return named;
  const found = join(cwd, CONFIG_FILE);
  return existsSync(found) ? found : undefined;
}

/** A config file that cannot be used: its message names the file and the key. */
export class ConfigError extends Error {}

/**
 * Reads and checks the config file, then sets the running command's options
 * from its section wherever the command line did not give them.
 */
export function applyConfig(program: Command, action: Command): void {
  const file = configPath(program.opts<{ config?: string }>().config, process.cwd());
  if (file === undefined) return;
  try {
    const values = readConfig(program, file);
    const section = values.get(action.name());
    // Only a top-level command's own section: `lexicon export` is not `export`.
    if (!section || action.parent !== program) return;
    for (const [key, value] of section) {
      const source = action.getOptionValueSource(key);
      if (source === undefined || source === "default") action.setOptionValueWithSource(key, value, "config");
    }
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`unspun: ${err.message}\n`);
    throw new CommanderError(EXIT.usage, "unspun.config", err.message);
  }
}

/** Every section's values, parsed as their flags parse them. */
export function readConfig(program: Command, file: string): Map<string, Map<string, unknown>> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`${file}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!isObject(json)) throw new ConfigError(`${file}: expected a JSON object of sections by command`);
  const values = new Map<string, Map<string, unknown>>();
  for (const [name, section] of Object.entries(json)) {
    const keys = CONFIG_KEYS[name];
    const command = program.commands.find((c) => c.name() === name);
    if (!keys || !command) throw new ConfigError(`${file}: unknown key "${name}" (sections: ${Object.keys(CONFIG_KEYS).join(", ")})`);
    if (!isObject(section)) throw new ConfigError(`${file}: bad value for "${name}": expected an object of settings`);
    const parsed = new Map<string, unknown>();
    for (const [key, value] of Object.entries(section)) {
      const option = command.options.find((o) => o.attributeName() === key);
      if (!keys.includes(key) || !option) throw new ConfigError(`${file}: unknown key "${name}.${key}" (${name} takes ${keys.join(", ")})`);
      parsed.set(key, parseValue(option, value, `${name}.${key}`, file));
    }
    values.set(name, parsed);
  }
  return values;
}

/** A value as the flag would take it: numbers and strings as written, a list as its comma-joined items. */
function parseValue(option: Option, value: unknown, key: string, file: string): unknown {
  const text =
    typeof value === "string" || typeof value === "number"
      ? String(value)
      : Array.isArray(value) && value.every((v) => typeof v === "string")
        ? value.join(",")
        : undefined;
  if (text === undefined)
    throw new ConfigError(`${file}: bad value for "${key}": expected a ${Array.isArray(value) ? "list of strings" : "string or number"}`);
  try {
    return option.parseArg ? option.parseArg(text, undefined) : text;
  } catch (err) {
    throw new ConfigError(`${file}: bad value for "${key}": ${(err as Error).message}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
