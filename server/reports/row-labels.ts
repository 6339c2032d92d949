import { CATEGORY_LABELS, CUSTOMER_TYPES, type InstrumentCategory, type Prefecture } from "../../shared/enums";
import { prefectureName } from "../../shared/prefecture-names";
import type { ReportGroup } from "../../shared/schemas/reports";
import type { PeriodData } from "./period-data";
import { timeKeysOf } from "./report-period";

type Label = { ja: string; en: string };

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const QUARTER_MONTHS = { ja: ["4–6月", "7–9月", "10–12月", "1–3月"], en: ["Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"] };

export const CUSTOMER_TYPE_LABELS: Record<string, Label> = {
  academic: { ja: "大学・公的機関", en: "Academic and public" },
  company: { ja: "企業（中小企業以外）", en: "Company (not SME)" },
  sme: { ja: "中小企業", en: "SME" },
  unknown: { ja: "不明", en: "Unknown" },
};

/** Revenue from charges not tied to an instrument (added by staff). */
const NO_INSTRUMENT: Label = { ja: "機器以外の請求", en: "Charges without an instrument" };

/** The rows a grouping always shows, even when empty: every month, institution, instrument, category or type in scope. */
export function seedKeys(group: ReportGroup, data: PeriodData): string[] {
  switch (group) {
    case "month":
    case "quarter":
      return timeKeysOf(data.period, group);
    case "institution":
      return data.institutions.map((i) => String(i.id));
    case "instrument":
      return [...data.instruments.keys()].map(String);
    case "category":
      return [...new Set([...data.instruments.values()].map((i) => i.category))].sort();
    case "customerType":
      return [...CUSTOMER_TYPES];
    case "prefecture":
      return [];
  }
}

/** A row's label in both languages. */
export function labelOf(group: ReportGroup, key: string, data: PeriodData): Label {
  switch (group) {
    case "month": {
      const [year, month] = key.split("-").map(Number);
      return { ja: `${year}年${month}月`, en: `${MONTHS_EN[month - 1]} ${year}` };
    }
    case "quarter": {
      const [year, q] = key.split("-Q").map(Number);
      return { ja: `${year}年度 第${q}四半期（${QUARTER_MONTHS.ja[q - 1]}）`, en: `FY${year} Q${q} (${QUARTER_MONTHS.en[q - 1]})` };
    }
    case "institution": {
      const institution = data.institutions.find((i) => String(i.id) === key);
      return institution ? { ja: institution.nameJa, en: institution.nameEn } : { ja: key, en: key };
    }
    case "instrument": {
      const instrument = data.instruments.get(Number(key));
      return instrument ? { ja: instrument.nameJa, en: instrument.nameEn } : key === "unknown" ? NO_INSTRUMENT : { ja: key, en: key };
    }
    case "category":
      return CATEGORY_LABELS[key as InstrumentCategory] ?? (key === "unknown" ? NO_INSTRUMENT : { ja: key, en: key });
    case "customerType":
      return CUSTOMER_TYPE_LABELS[key] ?? { ja: key, en: key };
    case "prefecture":
      return key === "unknown" ? CUSTOMER_TYPE_LABELS.unknown : { ja: prefectureName(key as Prefecture, "ja"), en: key };
  }
}
