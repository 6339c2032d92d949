import "reflect-metadata";
import { openDatabase } from "./targets";
import { CatalogueSearch } from "../../server/catalogue/catalogue-search";
import { HELD_OUT_QUERIES } from "../../test/search/held-out";
import { EVAL_QUERIES } from "../../test/search/queries";

/**
 * `npx tsx scripts/bench/search-steps.ts`: the CPU of each step of a ranked search, in process, with no HTTP and
 * no database: the catalogue of STEPS_DATABASE (default data/bench-large.sqlite, 10,000 instruments) indexed once,
 * then the 134 evaluation queries of test/search in both languages, ROUNDS (5) times, unfiltered (or, with
 * STEPS_INSTITUTIONS=20, also within each of institutions 1–20, as most of `search.ts`'s distinct requests are).
 * Prints the mean and the 99th percentile per query of: scoring (`rank`), selecting a page of 20 (`top`),
 * explaining it, "did you mean" (`suggest`), related techniques when nothing was found (`related`), and the whole.
 */
const URL = process.env.STEPS_DATABASE ?? "sqlite:data/bench-large.sqlite";
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const INSTITUTIONS = Number(process.env.STEPS_INSTITUTIONS ?? 0);

async function main(): Promise<void> {
  const db = await openDatabase(URL);
  const search = new CatalogueSearch();
  const index = await db.readCommitted((em) => search.index(em));
  await db.close();
  const steps = { rank: [] as number[], top: [] as number[], explain: [] as number[], suggest: [] as number[], related: [] as number[], whole: [] as number[] };
  const scopes = [undefined, ...Array.from({ length: INSTITUTIONS }, (_, i) => i + 1)];
  const queries = [...EVAL_QUERIES, ...HELD_OUT_QUERIES].flatMap((query) =>
    scopes.flatMap((institutionId) => (["ja", "en"] as const).map((locale) => ({ q: query.q, locale, filters: institutionId ? { institutionId } : {} }))),
  );
  for (let round = 0; round < ROUNDS; round++) {
    for (const { q, locale, filters } of queries) {
      const t0 = performance.now();
      const ranking = index.rank(q, filters, locale);
      const t1 = performance.now();
      const shown = ranking.top(20);
      const t2 = performance.now();
      for (const r of shown) r.explain();
      const t3 = performance.now();
      const suggestions = index.suggest(q, ranking.length, 3);
      const t4 = performance.now();
      if (ranking.length === 0) index.related(q, suggestions ?? [], locale);
      const t5 = performance.now();
      if (round === 0) continue;
      steps.rank.push(t1 - t0);
      steps.top.push(t2 - t1);
      steps.explain.push(t3 - t2);
      steps.suggest.push(t4 - t3);
      steps.related.push(t5 - t4);
      steps.whole.push(t5 - t0);
    }
  }
  console.log(`${queries.length} queries × ${ROUNDS - 1} rounds (after one warm-up round), ${URL}`);
  console.log("| step | mean ms | p99 ms | max ms |\n|---|---:|---:|---:|");
  for (const [step, times] of Object.entries(steps)) {
    const sorted = [...times].sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(`| ${step} | ${mean.toFixed(3)} | ${sorted[Math.floor(sorted.length * 0.99)].toFixed(3)} | ${sorted[sorted.length - 1].toFixed(3)} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
