import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { RawSqlResultsToEntityTransformer } from "typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer";
import { bindNamed } from "./named-parameters";
import { preparedQuery } from "./prepared-query";

interface Compiled<T extends ObjectLiteral> {
  sql: string;
  /** The `:name` placeholders in `sql`, each of which every call must supply. */
  parameterNames: string[];
  builder: SelectQueryBuilder<T>;
  /**
   * Kept with the SQL: it caches each column's alias and the columns to read per alias, which a new transformer
   * works out again on every call. Built without a query runner, which only lazy relations need (none exist).
   */
  transformer: RawSqlResultsToEntityTransformer;
}

/**
 * A query-builder SELECT that runs on every request (the session behind a bearer token, the instrument being
 * booked). TypeORM rebuilds a builder's SQL text from its expression map on every execution, which costs several
 * times what the database spends answering; this builds it once per data source and reuses it with new
 * parameter values, turning rows into entities with TypeORM's own transformer, exactly as `getMany` would.
 *
 * Only for plain builders: joins and conditions, no skip/take (those need TypeORM's two-query pagination), no
 * relation ids or counts, and no `@AfterLoad` listeners on the entities involved (none exist).
 */
export function compiledSelect<T extends ObjectLiteral, P extends Record<string, unknown>>(build: (em: EntityManager) => SelectQueryBuilder<T>) {
  const byDataSource = new WeakMap<DataSource, Compiled<T>>();

  function compile(em: EntityManager): Compiled<T> {
    let compiled = byDataSource.get(em.connection);
    if (!compiled) {
      const builder = build(em);
      const sql = builder.getQuery();
      const parameterNames = [...sql.matchAll(/(?<!:):(?:\.\.\.)?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
      const transformer = new RawSqlResultsToEntityTransformer(builder.expressionMap, em.connection.driver, [], undefined);
      compiled = { sql, parameterNames, builder, transformer };
      byDataSource.set(em.connection, compiled);
    }
    return compiled;
  }

  async function getMany(em: EntityManager, parameters: P): Promise<T[]> {
    const { sql, parameterNames, builder, transformer } = compile(em);
    for (const name of parameterNames) {
      if (!(name in parameters)) throw new Error(`compiledSelect: parameter "${name}" missing`);
    }
    const [query, values] = bindNamed(em.connection.driver, sql, parameters);
    const raw = await preparedQuery<ObjectLiteral>(em, query, values);
    if (raw.length === 0) return [];
    return transformer.transform(raw, builder.expressionMap.mainAlias!) as T[];
  }

  return {
    getMany,
    async getOne(em: EntityManager, parameters: P): Promise<T | null> {
      return (await getMany(em, parameters))[0] ?? null;
    },
  };
}
