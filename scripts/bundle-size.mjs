// The gzip size of the JavaScript the catalogue (the entry page) loads before its first render: the entry, its
// static imports (modulepreloads) and the common texts of one language (the larger), read from the Vite manifest;
// and of every chunk loaded later on demand. Fails above 200 kB. Run after `npm run build:client`.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_KB = 200;
const dist = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "../dist/client");
const manifest = JSON.parse(fs.readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));

/** The chunk and everything it imports statically. */
function withStaticImports(key, found = new Set()) {
  if (found.has(key)) return found;
  found.add(key);
  for (const imported of manifest[key].imports ?? []) withStaticImports(imported, found);
  return found;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set([...withStaticImports(entry)].map((key) => manifest[key].file));
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

// i18n/index.ts fetches the common texts of the visitor's language before the first render.
const languages = ["src/i18n/ja.ts", "src/i18n/en.ts"].map((key) => {
  if (!manifest[key]) throw new Error(`${key} is not a chunk of its own: the common texts are in the entry again`);
  return [...withStaticImports(key)].map((k) => manifest[k].file).filter((file) => !initial.has(file));
});
const language = languages.map((files) => ({ files, size: files.reduce((sum, file) => sum + gzip(file), 0) })).sort((a, b) => b.size - a.size)[0];

let total = 0;
console.log("catalogue's first load (gzip):");
for (const file of [...initial, ...language.files]) {
  const size = gzip(file);
  total += size;
  console.log(`  ${file.padEnd(48)} ${kb(size).padStart(10)}`);
}
console.log(`  ${"total".padEnd(48)} ${kb(total).padStart(10)}`);
console.log("loaded on demand (gzip):");
const all = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js")).map((f) => `assets/${f}`);
for (const file of all.filter((f) => !initial.has(f) && !language.files.includes(f))) console.log(`  ${file.padEnd(48)} ${kb(gzip(file)).padStart(10)}`);
if (total > BUDGET_KB * 1024) {
  console.error(`the catalogue's first load is ${kb(total)} of JavaScript, over the ${BUDGET_KB} kB budget: lazy-load the page or feature that grew it (app/routes.tsx)`);
  process.exit(1);
}
