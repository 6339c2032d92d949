import Sqlite from "better-sqlite3";
import { Client } from "pg";
import { execSync } from "node:child_process";
import { CATEGORY_LABELS } from "../../shared/enums";
import { SearchIndex, type SearchDocument } from "../../server/catalogue/search-index";
import { searchTerm, wordsOf } from "../../server/catalogue/search-tokens";
import { INSTRUMENTS } from "../../server/seed/demo-data";
import { HELD_OUT_QUERIES } from "../../test/search/held-out";
import { EVAL_QUERIES as BUILT_WITH, type EvalQuery } from "../../test/search/queries";
import { ensurePostgresDatabase, postgresReachable } from "./targets";

/**
 * `npx tsx scripts/bench/search-engines.ts`: the catalogue's in-process index (BM25 postings + thesaurus,
 * server/catalogue/search-index.ts) next to SQLite FTS5 (trigram tokenizer, bm25) and PostgreSQL (pg_trgm
 * word_similarity + to_tsvector('simple'), ts_rank) on the evaluation set of test/search (134 queries):
 * relevance (hit@5, MRR within the first 20) on the demo catalogue, as test/search/relevance.test.ts measures it,
 * and latency of each query on the demo catalogue plus ENGINE_INSTRUMENTS (10,000) generated ones (demo records
 * copied under new names, so as long as real ones), ROUNDS (3) passes over the set, one query at a time.
 * PostgreSQL: a throwaway database es_bench_search_engines next to BENCH_PG_URL; pg_trgm needs a superuser once:
 * su postgres -c "psql -d es_bench_search_engines -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'".
 */
const GENERATED = Number(process.env.ENGINE_INSTRUMENTS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PG_URL = process.env.BENCH_PG_URL ?? "postgres://equipment_share:equipment_share@localhost:5432/es_test";
const QUERIES: EvalQuery[] = [...BUILT_WITH, ...HELD_OUT_QUERIES];

/** Ranks ids for a query, best first (at most 20). */
type Engine = { name: string; load(docs: SearchDocument[]): Promise<void>; search(q: string, lang: "ja" | "en"): Promise<number[]>; close(): Promise<void> };

const demoDocs: SearchDocument[] = INSTRUMENTS.map((i, n) => ({
  id: n + 1, status: i.status ?? "active", category: i.category, institutionId: 1, prefecture: "Miyagi", nameJa: i.nameJa, nameEn: i.nameEn,
  manufacturer: i.manufacturer, model: i.model, keywords: i.keywords, descriptionJa: i.descriptionJa, descriptionEn: i.descriptionEn,
  specs: i.specs.map(([ja, en, value]) => ({ label: { ja, en }, value })),
}));
const idOfKey = new Map(INSTRUMENTS.map((i, n) => [i.key, n + 1]));
const generated: SearchDocument[] = Array.from({ length: GENERATED }, (_, n) => {
  const source = demoDocs[n % demoDocs.length];
  return { ...source, id: 1000 + n, nameJa: `${source.nameJa} ${n}号機`, nameEn: `${source.nameEn} unit ${n}`, model: `${source.model}-${n}` };
});

/** The text fields as the other engines get them: name, keywords, model, category, description (+ specs). */
function fields(doc: SearchDocument) {
  const label = doc.category ? CATEGORY_LABELS[doc.category] : { ja: "", en: "" };
  return {
    name: `${doc.nameJa} ${doc.nameEn}`, keywords: doc.keywords.join(" "), model: `${doc.manufacturer} ${doc.model}`, category: `${label.ja} ${label.en}`,
    description: [doc.descriptionJa, doc.descriptionEn, ...doc.specs.map((s) => `${s.label.ja} ${s.label.en} ${s.value}`)].join(" "),
  };
}

/** A query's words as both SQL engines get them: segmented like the index does (Japanese too), stopwords dropped. */
const queryWords = (q: string) => [...new Set(wordsOf(q).filter((w) => searchTerm(w) !== null).map((w) => w.toLowerCase()))].slice(0, 24);

function inProcess(): Engine {
  let index = new SearchIndex();
  return {
    name: "in-process index (BM25 postings + thesaurus)",
    load: async (docs) => {
      index = new SearchIndex();
      await index.update(docs);
    },
    search: async (q, lang) => index.search(q, {}, lang).slice(0, 20).map((r) => r.id),
    close: async () => undefined,
  };
}

function fts5(): Engine {
  let db = new Sqlite(":memory:");
  return {
    name: "SQLite FTS5 (trigram, bm25)",
    load: async (docs) => {
      db.close();
      db = new Sqlite(":memory:");
      db.exec("CREATE VIRTUAL TABLE doc USING fts5(name, keywords, model, category, description, tokenize = 'trigram')");
      const insert = db.prepare("INSERT INTO doc (rowid, name, keywords, model, category, description) VALUES (?, ?, ?, ?, ?, ?)");
      db.transaction(() => docs.forEach((d) => { const f = fields(d); insert.run(d.id, f.name, f.keywords, f.model, f.category, f.description); }))();
    },
    search: async (q) => {
      // The trigram tokenizer matches substrings of 3+ characters; shorter words (組成, 硬さ, IR) can match nothing.
      const words = queryWords(q).filter((w) => [...w].length >= 3);
      if (!words.length) return [];
      const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" OR ");
      const rows = db.prepare("SELECT rowid AS id FROM doc WHERE doc MATCH ? ORDER BY bm25(doc, 4, 3, 2, 2, 1) LIMIT 20").all(match) as Array<{ id: number }>;
      return rows.map((r) => r.id);
    },
    close: async () => void db.close(),
  };
}

function pgTrgm(client: Client): Engine {
  return {
    name: "PostgreSQL pg_trgm word_similarity + tsvector('simple')",
    load: async (docs) => {
      await client.query("DROP TABLE IF EXISTS doc");
      await client.query("CREATE TABLE doc (id int PRIMARY KEY, name text, body text, tsv tsvector)");
      for (let start = 0; start < docs.length; start += 500) {
        const chunk = docs.slice(start, start + 500).map((d) => { const f = fields(d); return [d.id, `${f.name} ${f.keywords}`, `${f.name} ${f.keywords} ${f.model} ${f.category} ${f.description}`]; });
        await client.query(
          `INSERT INTO doc (id, name, body) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`,
          [chunk.map((c) => c[0]), chunk.map((c) => c[1]), chunk.map((c) => c[2])],
        );
      }
      await client.query("UPDATE doc SET tsv = setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', body), 'D')");
      await client.query("CREATE INDEX doc_trgm ON doc USING gin (body gin_trgm_ops)");
      await client.query("CREATE INDEX doc_tsv ON doc USING gin (tsv)");
      await client.query("ANALYZE doc");
    },
    search: async (q) => {
      const words = queryWords(q);
      if (!words.length) return [];
      const text = words.join(" ");
      const tsquery = words.map((w) => `'${w.replace(/[':\\]/g, "")}'`).join(" | ");
      const { rows } = await client.query(
        `SELECT id FROM doc WHERE tsv @@ to_tsquery('simple', $2) OR $1 <% body
         ORDER BY ts_rank(tsv, to_tsquery('simple', $2)) + word_similarity($1, name) * 2 + word_similarity($1, body) DESC, id LIMIT 20`,
        [text, tsquery],
      );
      return rows.map((r: { id: number }) => r.id);
    },
    close: async () => client.end(),
  };
}

async function relevance(engine: Engine): Promise<{ hitAt5: number; mrr: number }> {
  await engine.load(demoDocs);
  const ranks: Array<number | null> = [];
  for (const query of QUERIES) {
    const accepted = new Set(query.accept.map((key) => idOfKey.get(key)));
    const index = (await engine.search(query.q, query.lang)).findIndex((id) => accepted.has(id));
    ranks.push(index < 0 ? null : index + 1);
  }
  return { hitAt5: ranks.filter((r) => r !== null && r <= 5).length / ranks.length, mrr: ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / ranks.length };
}

async function latency(engine: Engine): Promise<{ loadSeconds: number; p50: number; p99: number }> {
  const started = performance.now();
  await engine.load([...demoDocs, ...generated]);
  const loadSeconds = (performance.now() - started) / 1000;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const sent = performance.now();
      await engine.search(query.q, query.lang);
      times.push(performance.now() - sent);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 10) / 10;
  return { loadSeconds, p50: at(0.5), p99: at(0.99) };
}

async function main(): Promise<void> {
  const load = () => execSync("cat /proc/loadavg").toString().split(" ").slice(0, 3).join(" ");
  console.log(`${new Date().toISOString()} · nproc ${execSync("nproc").toString().trim()} · node ${process.version} · load ${load()} · ${QUERIES.length} queries, ${demoDocs.length} + ${GENERATED} instruments`);
  const engines = [inProcess(), fts5()];
  if (await postgresReachable(PG_URL)) {
    const client = new Client({ connectionString: await ensurePostgresDatabase(PG_URL, "es_bench_search_engines", false) });
    await client.connect();
    const { rowCount } = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    if (rowCount) engines.push(pgTrgm(client));
    else console.log(`pg_trgm missing: su postgres -c "psql -d es_bench_search_engines -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'"`);
  }
  console.log(`| engine | hit@5 | MRR | index ${demoDocs.length + GENERATED} instruments, s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|`);
  for (const engine of engines) {
    const r = await relevance(engine);
    const l = await latency(engine);
    console.log(`| ${engine.name} | ${r.hitAt5.toFixed(2)} | ${r.mrr.toFixed(2)} | ${l.loadSeconds.toFixed(1)} | ${l.p50} | ${l.p99} |`);
    await engine.close();
  }
  console.log(`load ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
