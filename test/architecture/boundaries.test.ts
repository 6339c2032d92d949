import { relativeImports, sourceFiles } from "./source-files";

/**
 * The arrows of docs/architecture.md, checked on every import: a slice uses another slice only through its
 * `index.ts`, platform/ uses no slice, shared/ uses neither side, the client never uses the server, and the
 * slices depend on each other without cycles.
 */

const SERVER_ROOTS = new Set(["server/app", "server/main"]);
const sliceOf = (file: string) => (SERVER_ROOTS.has(file.replace(/\.tsx?$/, "")) ? "app" : file.split("/")[1]);
const featureOf = (file: string) => (file.startsWith("client/src/features/") ? file.split("/")[3] : null);

function crossings(files: string[], unitOf: (file: string) => string | null, base: string) {
  return files.flatMap((file) =>
    relativeImports(file)
      .filter((target) => target.startsWith(base))
      .map((target) => ({ file, target, from: unitOf(file), to: unitOf(`${target}/`) }))
      .filter((edge) => edge.to !== null && edge.from !== edge.to),
  );
}

const serverEdges = crossings(sourceFiles("server"), sliceOf, "server/");
const clientEdges = crossings(sourceFiles("client/src"), featureOf, "client/src/features/");

function cycleIn(edges: { from: string | null; to: string | null }[]): string[] | null {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) if (from && to) next.set(from, (next.get(from) ?? new Set()).add(to));
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, path: string[]): string[] | null => {
    if (state.get(node) === "open") return [...path, node];
    if (state.get(node) === "done") return null;
    state.set(node, "open");
    for (const to of next.get(node) ?? []) {
      const cycle = visit(to, [...path, node]);
      if (cycle) return cycle;
    }
    state.set(node, "done");
    return null;
  };
  for (const node of next.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return null;
}

describe("server slices", () => {
  it("use another slice only through its index", () => {
    const intoInternals = serverEdges.filter((e) => e.to !== "platform" && e.target !== `server/${e.to}` && e.target !== `server/${e.to}/index`);
    expect(intoInternals.map((e) => `${e.file} -> ${e.target}`)).toEqual([]);
  });

  it("leave platform/ free of any slice", () => {
    expect(serverEdges.filter((e) => e.from === "platform").map((e) => `${e.file} -> ${e.target}`)).toEqual([]);
  });

  it("do not import their own index (it would make cycles through re-exports)", () => {
    const own = sourceFiles("server").filter((file) => sliceOf(file) !== "app").flatMap((file) =>
      relativeImports(file).filter((t) => t === `server/${sliceOf(file)}` || t === `server/${sliceOf(file)}/index`).map((t) => `${file} -> ${t}`),
    );
    expect(own).toEqual([]);
  });

  it("depend on each other without cycles", () => {
    expect(cycleIn(serverEdges)).toBeNull();
  });
});

describe("client features", () => {
  it("use another feature only through its index, without cycles", () => {
    const intoInternals = clientEdges.filter((e) => e.from !== null && e.target !== `client/src/features/${e.to}` && e.target !== `client/src/features/${e.to}/index`);
    expect(intoInternals.map((e) => `${e.file} -> ${e.target}`)).toEqual([]);
    expect(cycleIn(clientEdges.filter((e) => e.from !== null))).toBeNull();
  });

  it("are not imported by the generic layers (ui, lib, api, i18n)", () => {
    const upward = clientEdges.filter((e) => e.from === null && !e.file.startsWith("client/src/app/"));
    expect(upward.map((e) => `${e.file} -> ${e.target}`)).toEqual([]);
  });
});

describe("the two sides", () => {
  it("shared/ imports nothing from server/ or client/", () => {
    const out = sourceFiles("shared").flatMap((file) => relativeImports(file).filter((t) => !t.startsWith("shared/")).map((t) => `${file} -> ${t}`));
    expect(out).toEqual([]);
  });

  it("client/ never imports server/, not even types", () => {
    const out = sourceFiles("client").flatMap((file) => relativeImports(file).filter((t) => t.startsWith("server/")).map((t) => `${file} -> ${t}`));
    expect(out).toEqual([]);
  });
});
