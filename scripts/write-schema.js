// Writes schema/plan.schema.json from the compiled zod schema (run `npm run build` first): `npm run schema`.
const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'dist', 'plan', 'json-schema.js');
if (!fs.existsSync(compiled)) {
  console.error(`không thấy ${path.relative(process.cwd(), compiled)}; chạy "npm run build" trước (run "npm run build" first)`);
  process.exit(1);
}
const { planJsonSchemaText } = require(compiled);
const file = path.join(__dirname, '..', 'schema', 'plan.schema.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, planJsonSchemaText());
console.error(`đã ghi ${path.relative(process.cwd(), file)}`);
