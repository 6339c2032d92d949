import type { Driver } from "typeorm";

/** Stands for a named parameter while the driver places it, to learn where its value goes. */
class Placeholder {
  constructor(readonly name: string) {}
}

interface Template {
  /** The SQL with the driver's positional placeholders (`$1`, `?`). */
  sql: string;
  /** Whose value goes in each position. */
  names: string[];
}

const templates = new WeakMap<Driver, Map<string, Template | null>>();
const bindsAsGiven = new WeakMap<Driver, boolean>();

/**
 * `:name` parameters in the driver's positional form, with their values in order: the result of
 * `driver.escapeQueryWithParameters`, which scans the whole SQL text with a regular expression on every call
 * (several per cent of a booking's CPU on the hot-path statements). Here the positions are worked out once per
 * SQL text, by letting the driver place stand-ins, and each value still goes through the driver where the driver
 * changes values (SQLite turns booleans and dates into what it stores; PostgreSQL's binds them as they are). Array parameters (`:...ids`) change the SQL with their length and raw
 * SQL values (functions) are written into it: those statements go through the driver every time.
 */
export function bindNamed(driver: Driver, sql: string, parameters: Record<string, unknown>): [string, unknown[]] {
  let byText = templates.get(driver);
  if (!byText) templates.set(driver, (byText = new Map()));
  let template = byText.get(sql);
  if (template === undefined) byText.set(sql, (template = compile(driver, sql, parameters)));
  if (template === null) return driver.escapeQueryWithParameters(sql, parameters);
  const asGiven = bindsAsGiven.get(driver) ?? probeBinding(driver);
  return [template.sql, template.names.map((name) => (asGiven ? parameters[name] : driverValue(driver, parameters[name])))];
}

function compile(driver: Driver, sql: string, parameters: Record<string, unknown>): Template | null {
  if (/:\.\.\./.test(sql) || Object.values(parameters).some((value) => typeof value === "function")) return null;
  const placeholders = Object.fromEntries(Object.keys(parameters).map((name) => [name, new Placeholder(name)]));
  const [positional, values] = driver.escapeQueryWithParameters(sql, placeholders);
  if (!values.every((value) => value instanceof Placeholder)) return null;
  return { sql: positional, names: values.map((value) => (value as Placeholder).name) };
}

/** Whether the driver binds booleans, numbers, strings and dates as they are (PostgreSQL does; SQLite converts). */
function probeBinding(driver: Driver): boolean {
  const given = [true, 1, "s", new Date(0), null];
  const [, values] = driver.escapeQueryWithParameters(":a :b :c :d :e", { a: given[0], b: given[1], c: given[2], d: given[3], e: given[4] });
  const asGiven = values.length === given.length && values.every((value, n) => value === given[n]);
  bindsAsGiven.set(driver, asGiven);
  return asGiven;
}

/** One value as the driver would bind it. */
function driverValue(driver: Driver, value: unknown): unknown {
  if (typeof value === "function") throw new Error("bindNamed: raw SQL values are written into the SQL, not bound");
  return driver.escapeQueryWithParameters(":value", { value })[1][0];
}
