// Prints the gzip size of the JavaScript a first visit downloads (the entry script and its modulepreloads in
// dist/client/index.html) and of every chunk loaded later on demand. Run after `npm run build:client`.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "../dist/client");
const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const all = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js")).map((f) => `assets/${f}`);

const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let initialTotal = 0;
console.log("initial JavaScript (gzip):");
for (const file of initial) {
  const size = gzip(file);
  initialTotal += size;
  console.log(`  ${file.padEnd(48)} ${kb(size).padStart(10)}`);
}
console.log(`  ${"total".padEnd(48)} ${kb(initialTotal).padStart(10)}`);
console.log("loaded on demand (gzip):");
for (const file of all.filter((f) => !initial.includes(f))) console.log(`  ${file.padEnd(48)} ${kb(gzip(file)).padStart(10)}`);
const budget = 300 * 1024;
if (initialTotal > budget) {
  console.error(`initial JavaScript ${kb(initialTotal)} exceeds the ${kb(budget)} budget`);
  process.exit(1);
}
