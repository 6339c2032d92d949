import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT, sourceFiles } from "./source-files";

/** Files and functions stay small enough to read in one go (docs/architecture.md, "Size"). */

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
/** Data, not logic: the demo data set and the translation dictionaries. */
const DATA_FILES = [/^server\/seed\/demo-data\.ts$/, /\/i18n\/(.+\/)?(en|ja)\.ts$/];

const code = [...sourceFiles("server"), ...sourceFiles("shared"), ...sourceFiles("client/src"), ...sourceFiles("scripts")].filter(
  (file) => !DATA_FILES.some((pattern) => pattern.test(file)),
);
const lineCount = (text: string) => text.split("\n").length;

function longFunctions(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 > MAX_FUNCTION_LINES) found.push(`${file}:${first + 1} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it(`no source file is over ${MAX_FILE_LINES} lines`, () => {
  const long = code.filter((file) => lineCount(fs.readFileSync(path.join(ROOT, file), "utf8")) > MAX_FILE_LINES);
  expect(long).toEqual([]);
});

it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
  expect(code.flatMap(longFunctions)).toEqual([]);
});
