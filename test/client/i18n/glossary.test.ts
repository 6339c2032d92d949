import fs from "node:fs";
import path from "node:path";
import { en } from "../../../client/src/i18n/en";
import { ja } from "../../../client/src/i18n/ja";
import { wsEn } from "../../../client/src/i18n/workspace/en";
import { wsJa } from "../../../client/src/i18n/workspace/ja";
import { ALL_TERMS, GLOSSARY_EN, GLOSSARY_JA, type Term } from "../../../shared/glossary";

const ROOT = path.resolve(__dirname, "../../..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(relative);
    return relative.endsWith(".ts") ? [relative] : [];
  });
}

/** The texts people read: the client dictionaries, the e-mail templates and the calendar feeds' words. */
const TEXT_FILES = [
  ...filesUnder("client/src/i18n"),
  // Features that keep their own dictionary (client/src/features/<feature>/i18n/).
  ...fs.readdirSync(path.join(ROOT, "client/src/features")).filter((f) => fs.existsSync(path.join(ROOT, "client/src/features", f, "i18n"))).flatMap((f) => filesUnder(`client/src/features/${f}/i18n`)),
  "server/notifications/message-phrases.ts",
  "server/notifications/templates.ts",
  "server/notifications/list-templates.ts",
  "server/invitations/invitation-mail.ts",
  "server/calendar-feeds/ical/texts.ts",
  "server/billing/session-charges.ts",
];

/** A file's string literals only (comments and code are not read by anyone). */
function literalsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2]);
}

/** Which language a file's texts are in: dictionaries by name; the server files hold both. */
function languagesOf(file: string): Array<"ja" | "en"> {
  if (/(^|[/-])ja\.ts$/.test(file)) return ["ja"];
  if (/(^|[/-])en\.ts$/.test(file)) return ["en"];
  return ["ja", "en"];
}

function findSynonyms(term: Term, language: "ja" | "en", texts: string[]): string[] {
  const found: string[] = [];
  for (const synonym of term.avoid?.[language] ?? []) {
    for (const text of texts) {
      if (typeof synonym === "string" ? text.includes(synonym) : synonym.test(text)) found.push(`${String(synonym)} in "${text}"`);
    }
  }
  return found;
}

describe("one glossary for the domain words", () => {
  it("scans the dictionaries, e-mails and feeds", () => {
    expect(TEXT_FILES.length).toBeGreaterThan(8);
    expect(TEXT_FILES).toEqual(expect.arrayContaining(["client/src/i18n/ja.ts", "client/src/i18n/workspace/ja.ts", "client/src/i18n/notify/ja.ts"]));
  });

  it.each(TEXT_FILES)("%s uses no other translation of a glossary word", (file) => {
    const texts = literalsOf(file);
    const offending = ALL_TERMS.flatMap(([key, term]) => languagesOf(file).flatMap((language) => findSynonyms(term, language, texts).map((hit) => `${key} (${language}): ${hit}`)));
    expect(offending).toEqual([]);
  });

  it("the synonym check catches the words the issue found (a check that cannot fail checks nothing)", () => {
    const term = ALL_TERMS.find(([key]) => key === "usageModes.operation")![1];
    expect(findSynonyms(term, "ja", ["技術職員による操作", "スタッフ操作"])).toHaveLength(2);
    const training = ALL_TERMS.find(([key]) => key === "usageModes.training")![1];
    expect(findSynonyms(training, "ja", ["講習", "トレーニング", "利用講習"])).toHaveLength(2);
  });

  it("dictionary entries for glossary words are the glossary's words", () => {
    expect(ja.reservations.statuses).toEqual(GLOSSARY_JA.statuses);
    expect(en.reservations.statuses).toEqual(GLOSSARY_EN.statuses);
    expect(wsJa.status).toEqual(GLOSSARY_JA.statuses);
    expect(wsEn.status).toEqual(GLOSSARY_EN.statuses);
    for (const [dictionary, glossary] of [[ja, GLOSSARY_JA], [en, GLOSSARY_EN]] as const) {
      expect(dictionary.reservations.assistance).toEqual(glossary.usageModes);
      expect(dictionary.booking.assistance).toEqual(glossary.usageModes);
      expect(dictionary.company.customerTypes).toEqual(glossary.customerTypes);
      expect(dictionary.catalogue.staffOperation.startsWith(glossary.usageModes.operation)).toBe(true);
      expect(dictionary.catalogue.selfUse).toBe(glossary.usageModes.none);
      expect(dictionary.catalogue.training).toBe(glossary.usageModes.training);
      expect(dictionary.instrument.rate).toMatchObject({ sme: glossary.customerTypes.sme, company: glossary.customerTypes.company, academic: glossary.customerTypes.academic });
    }
    expect(wsJa.assistanceTypes).toEqual(GLOSSARY_JA.usageModes);
    expect(wsEn.assistanceTypes).toEqual(GLOSSARY_EN.usageModes);
    expect(wsJa.editor.modes).toMatchObject({ staffOperated: GLOSSARY_JA.usageModes.operation, training: GLOSSARY_JA.usageModes.training });
    expect(wsEn.editor.modes).toMatchObject({ staffOperated: GLOSSARY_EN.usageModes.operation, training: GLOSSARY_EN.usageModes.training });
  });
});
