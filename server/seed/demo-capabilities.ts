import type { EntityManager } from "typeorm";
import { Capability, type Institution, type Instrument } from "../platform/db/entities";

interface DemoCapability {
  institution: string;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
  laboratoryJa: string;
  laboratoryEn: string;
  keywordsJa: string[];
  keywordsEn: string[];
  /** Keys of the institution's demo instruments. */
  instruments: string[];
  published?: boolean;
}

/** The technology directory of the demo: what each institution's laboratories offer, beside their instruments. */
export const CAPABILITIES: DemoCapability[] = [
  {
    institution: "tasu", titleJa: "金属・めっき部品の破損原因解析", titleEn: "Failure analysis of metal and plated parts",
    summaryJa: "割れ・剥離・腐食した部品の破面と断面を電子顕微鏡で観察し、元素分析と合わせて原因を特定します。再発防止策の相談にも応じます。",
    summaryEn: "We examine fracture surfaces and cross-sections of cracked, peeling or corroded parts by electron microscopy and elemental analysis, and advise on preventing recurrence.",
    laboratoryJa: "材料強度学研究室（佐藤 健一 教授）", laboratoryEn: "Strength of Materials Laboratory (Prof. Kenichi Sato)",
    keywordsJa: ["破面解析", "ひび割れ", "めっき皮膜", "腐食", "疲労破壊"], keywordsEn: ["fractography", "cracks", "plated coatings", "corrosion", "fatigue"], instruments: ["fesem", "tabletop-sem"],
  },
  {
    institution: "tasu", titleJa: "薄膜・粉末の結晶構造解析", titleEn: "Crystal structure analysis of thin films and powders",
    summaryJa: "X線回折と透過電子顕微鏡で結晶相の同定、結晶子サイズ、配向を評価します。電池材料や触媒の開発実績があります。",
    summaryEn: "Phase identification, crystallite size and orientation by X-ray diffraction and TEM, with experience in battery materials and catalysts.",
    laboratoryJa: "固体化学研究室（田中 里美 准教授）", laboratoryEn: "Solid State Chemistry Laboratory (Assoc. Prof. Satomi Tanaka)",
    keywordsJa: ["結晶相", "電池材料", "触媒"], keywordsEn: ["phase identification", "battery materials", "catalysts"], instruments: ["xrd", "tem"],
  },
  {
    institution: "tasu", titleJa: "表面の汚れ・異物の同定", titleEn: "Identifying surface contamination and foreign matter",
    summaryJa: "製品表面の変色や付着物を XPS と顕微 FT-IR で分析し、有機物・無機物を見分けて混入経路を推定します。",
    summaryEn: "We analyse discolouration and deposits on product surfaces with XPS and FT-IR microscopy, telling organic from inorganic matter and tracing where it came from.",
    laboratoryJa: "表面界面工学研究室（渡辺 健二 講師）", laboratoryEn: "Surface and Interface Engineering Laboratory (Lect. Kenji Watanabe)",
    keywordsJa: ["異物分析", "変色", "密着不良"], keywordsEn: ["foreign matter", "discoloration", "adhesion failure"], instruments: ["xps", "ftir"],
  },
  {
    institution: "tasu", titleJa: "高分子材料の熱物性評価", titleEn: "Thermal properties of polymers",
    summaryJa: "DSC によるガラス転移・融解・結晶化の評価と、NMR による構造解析で樹脂の品質トラブルを解決します。",
    summaryEn: "Glass transition, melting and crystallisation by DSC, with structure analysis by NMR, to solve quality problems with resins.",
    laboratoryJa: "高分子物性研究室（伊藤 大輔 助教）", laboratoryEn: "Polymer Physics Laboratory (Asst. Prof. Daisuke Ito)",
    keywordsJa: ["樹脂", "ガラス転移", "劣化"], keywordsEn: ["resin", "glass transition", "degradation"], instruments: ["dsc", "nmr600"], published: false,
  },
  {
    institution: "mitc", titleJa: "金属積層造形の試作と強度評価", titleEn: "Metal additive manufacturing: prototypes and strength testing",
    summaryJa: "金属3Dプリンタで試作品を造形し、引張試験と硬さ試験で強度を確認します。造形条件の最適化も支援します。",
    summaryEn: "We build prototypes on a metal 3D printer and check their strength by tensile and hardness tests, and help optimise build parameters.",
    laboratoryJa: "機械電子部 素形材チーム", laboratoryEn: "Mechanical and Electronic Division, Forming Team",
    keywordsJa: ["3Dプリンタ", "試作", "引張強さ"], keywordsEn: ["3D printing", "prototype", "tensile strength"], instruments: ["mitc-metal3d", "mitc-utm", "mitc-hardness"],
  },
  {
    institution: "mitc", titleJa: "食品・香料の成分分析", titleEn: "Composition of foods and flavours",
    summaryJa: "GC-MS で香気成分や異臭の原因物質を同定します。県内食品メーカーの商品開発を多数支援しています。",
    summaryEn: "We identify aroma compounds and the causes of off-odours by GC-MS, and have supported many local food makers' product development.",
    laboratoryJa: "食品バイオ技術部", laboratoryEn: "Food and Biotechnology Division",
    keywordsJa: ["香気成分", "異臭", "食品"], keywordsEn: ["aroma", "off-odour", "food"], instruments: ["mitc-gcms"],
  },
  {
    institution: "mitc", titleJa: "材料の組成・成分の迅速判定", titleEn: "Rapid identification of material composition",
    summaryJa: "蛍光X線とラマン分光で金属・樹脂・セラミックスの材質を非破壊で判定します。RoHS 対応の含有元素確認も可能です。",
    summaryEn: "Non-destructive identification of metals, plastics and ceramics by XRF and Raman spectroscopy, including RoHS screening of elements.",
    laboratoryJa: "材料技術部 分析チーム", laboratoryEn: "Materials Technology Division, Analysis Team",
    keywordsJa: ["材質判定", "RoHS", "非破壊"], keywordsEn: ["material identification", "RoHS", "non-destructive"], instruments: ["mitc-xrf", "mitc-ramann", "mitc-tga"],
  },
  {
    institution: "kosen", titleJa: "精密部品の寸法・形状測定", titleEn: "Dimensional and shape measurement of precision parts",
    summaryJa: "三次元測定機で金型や機械部品の寸法と幾何公差を測定し、図面との差を報告します。学生と共同で測定治具も製作します。",
    summaryEn: "We measure dimensions and geometric tolerances of moulds and machine parts on a coordinate measuring machine and report deviations from the drawing; fixtures can be made with our students.",
    laboratoryJa: "機械工学科 精密計測研究室", laboratoryEn: "Department of Mechanical Engineering, Precision Metrology Laboratory",
    keywordsJa: ["寸法測定", "幾何公差", "金型"], keywordsEn: ["dimensional measurement", "geometric tolerance", "moulds"], instruments: ["kosen-cmm"],
  },
  {
    institution: "kosen", titleJa: "光学材料の透過率・反射率評価", titleEn: "Transmittance and reflectance of optical materials",
    summaryJa: "紫外から近赤外までの分光測定で、フィルムやガラス、コーティングの光学特性を評価します。",
    summaryEn: "Spectral measurements from ultraviolet to near infrared characterise films, glass and coatings.",
    laboratoryJa: "電気情報工学科 光デバイス研究室", laboratoryEn: "Department of Electrical Engineering, Optical Devices Laboratory",
    keywordsJa: ["透過率", "反射防止膜", "コーティング"], keywordsEn: ["transmittance", "anti-reflection", "coating"], instruments: ["kosen-uvvis"],
  },
  {
    institution: "kosen", titleJa: "溶接部・接合部の観察と元素分析", titleEn: "Observation and elemental analysis of welds and joints",
    summaryJa: "SEM-EDS で溶接・ろう付け部の組織と元素分布を観察し、接合不良の原因を調べます。",
    summaryEn: "SEM-EDS imaging of the microstructure and element distribution of welds and brazed joints, to find why joints fail.",
    laboratoryJa: "物質工学科 金属材料研究室", laboratoryEn: "Department of Materials Engineering, Metallic Materials Laboratory",
    keywordsJa: ["溶接", "ろう付け", "元素マッピング"], keywordsEn: ["welding", "brazing", "element mapping"], instruments: ["kosen-sem"],
  },
  {
    institution: "nimm", titleJa: "半導体・薄膜の不純物深さ分析", titleEn: "Depth profiling of impurities in semiconductors and thin films",
    summaryJa: "TOF-SIMS で ppm レベルの不純物や有機汚染の深さ方向分布を測定します。測定条件の設計から解釈まで支援します。",
    summaryEn: "TOF-SIMS depth profiles of impurities and organic contamination at ppm levels, from planning the measurement to interpreting it.",
    laboratoryJa: "表面計測研究グループ", laboratoryEn: "Surface Metrology Group",
    keywordsJa: ["不純物", "深さ分析", "半導体"], keywordsEn: ["impurities", "depth profile", "semiconductor"], instruments: ["nimm-sims"],
  },
  {
    institution: "nimm", titleJa: "微量元素の高精度定量", titleEn: "Precise quantification of trace elements",
    summaryJa: "ICP-MS で水・材料中の微量元素を ppt レベルで定量します。標準物質を用いた不確かさ評価付きの報告が可能です。",
    summaryEn: "ICP-MS quantification of trace elements in water and materials down to ppt, reported with uncertainties traced to reference materials.",
    laboratoryJa: "無機分析標準研究グループ", laboratoryEn: "Inorganic Analysis Standards Group",
    keywordsJa: ["微量元素", "定量分析", "標準物質"], keywordsEn: ["trace elements", "quantitative analysis", "reference materials"], instruments: ["nimm-icpms"],
  },
  {
    institution: "nimm", titleJa: "薄膜デバイスの試作", titleEn: "Prototyping thin-film devices",
    summaryJa: "クリーンルームでスパッタ成膜とフォトリソグラフィを組み合わせ、センサーや電極パターンを試作します。",
    summaryEn: "Sputter deposition and photolithography in the clean room, combined to prototype sensors and electrode patterns.",
    laboratoryJa: "デバイス試作支援チーム", laboratoryEn: "Device Prototyping Support Team",
    keywordsJa: ["成膜", "フォトリソグラフィ", "センサー"], keywordsEn: ["thin film deposition", "photolithography", "sensors"], instruments: ["nimm-sputter", "nimm-mask"],
  },
];

export async function seedCapabilities(em: EntityManager, institutions: Map<string, Institution>, instruments: Map<string, Instrument>): Promise<void> {
  const repository = em.getRepository(Capability);
  for (const { institution, instruments: keys, published = true, ...fields } of CAPABILITIES) {
    await repository.save(repository.create({ ...fields, published, institutionId: institutions.get(institution)!.id, instruments: keys.map((key) => instruments.get(key)!) }));
  }
}
