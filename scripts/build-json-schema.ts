/** `npm run build:schema`: writes schema/unspun.schema.json from the TypeBox shapes (test/json-schema.test.ts checks it is current). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemaDocument } from "../src/json/publish.js";

const file = join(import.meta.dirname, "..", "schema", "unspun.schema.json");
writeFileSync(file, `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n`);
console.log(`wrote ${file}`);
