import type { InstitutionKind, InstrumentCategory, Prefecture } from "../../shared/enums";
import type { Company } from "../platform/db/entities";
import type { WeeklyHours } from "../../shared/time/weekly-hours";

/** The demo data set: a small region with four institutions, their instruments, staff and two companies. */

export const WEEKDAYS_9_17: WeeklyHours = {
  mon: [{ start: "09:00", end: "17:00" }],
  tue: [{ start: "09:00", end: "17:00" }],
  wed: [{ start: "09:00", end: "17:00" }],
  thu: [{ start: "09:00", end: "17:00" }],
  fri: [{ start: "09:00", end: "17:00" }],
};
const EXTENDED: WeeklyHours = {
  mon: [{ start: "08:30", end: "19:00" }],
  tue: [{ start: "08:30", end: "19:00" }],
  wed: [{ start: "08:30", end: "19:00" }],
  thu: [{ start: "08:30", end: "19:00" }],
  fri: [{ start: "08:30", end: "19:00" }],
  sat: [{ start: "09:00", end: "13:00" }],
};
const WITH_LUNCH: WeeklyHours = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }]]),
);
const STAFF_FULL: WeeklyHours = Object.fromEntries((["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "08:30", end: "17:30" }]]));
const STAFF_PART: WeeklyHours = { mon: [{ start: "09:00", end: "15:00" }], wed: [{ start: "09:00", end: "15:00" }], fri: [{ start: "09:00", end: "15:00" }] };

export interface DemoInstitution {
  key: string;
  nameJa: string;
  nameEn: string;
  kind: InstitutionKind;
  prefecture: Prefecture;
  addressJa: string;
  addressEn: string;
  contactEmail: string;
  contactPhone: string;
  closures: { date: string; reason: string }[];
}

export const INSTITUTIONS: DemoInstitution[] = [
  {
    key: "tasu",
    nameJa: "東北先端科学大学",
    nameEn: "Tohoku Advanced Science University",
    kind: "university",
    prefecture: "Miyagi",
    addressJa: "宮城県仙台市青葉区荒巻字青葉6-6",
    addressEn: "6-6 Aramaki-Aoba, Aoba-ku, Sendai, Miyagi",
    contactEmail: "kyoyo@tasu.demo.example",
    contactPhone: "022-000-1000",
    closures: [
      { date: "2026-12-28", reason: "年末休業 / Year-end closure" },
      { date: "2026-12-29", reason: "年末休業 / Year-end closure" },
      { date: "2026-12-30", reason: "年末休業 / Year-end closure" },
      { date: "2026-12-31", reason: "年末休業 / Year-end closure" },
      { date: "2027-01-02", reason: "年始休業 / New Year closure" },
      { date: "2027-01-03", reason: "年始休業 / New Year closure" },
    ],
  },
  {
    key: "mitc",
    nameJa: "みやぎ県産業技術総合センター",
    nameEn: "Miyagi Prefectural Industrial Technology Centre",
    kind: "prefectural_tech_center",
    prefecture: "Miyagi",
    addressJa: "宮城県仙台市泉区明通2-2",
    addressEn: "2-2 Akedori, Izumi-ku, Sendai, Miyagi",
    contactEmail: "soudan@mitc.demo.example",
    contactPhone: "022-000-2000",
    closures: [{ date: "2026-12-29", reason: "年末休業 / Year-end closure" }],
  },
  {
    key: "kosen",
    nameJa: "北杜工業高等専門学校",
    nameEn: "Hokuto National College of Technology (KOSEN)",
    kind: "kosen",
    prefecture: "Iwate",
    addressJa: "岩手県一関市萩荘字高梨",
    addressEn: "Takanashi, Hagisho, Ichinoseki, Iwate",
    contactEmail: "renkei@hokuto-kosen.demo.example",
    contactPhone: "0191-00-3000",
    closures: [],
  },
  {
    key: "nimm",
    nameJa: "国立材料計測研究所",
    nameEn: "National Institute for Materials Metrology",
    kind: "national_institute",
    prefecture: "Ibaraki",
    addressJa: "茨城県つくば市千現1-2-1",
    addressEn: "1-2-1 Sengen, Tsukuba, Ibaraki",
    contactEmail: "open-facility@nimm.demo.example",
    contactPhone: "029-000-4000",
    closures: [],
  },
];

export interface DemoInstrument {
  key: string;
  institution: string;
  nameJa: string;
  nameEn: string;
  category: InstrumentCategory;
  manufacturer: string;
  model: string;
  descriptionJa: string;
  descriptionEn: string;
  keywords: string[];
  specs: [string, string, string][];
  building: string;
  room: string;
  openingHours?: WeeklyHours;
  slotMinutes?: number;
  minDurationMinutes?: number;
  maxDurationMinutes?: number;
  leadTimeHours?: number;
  horizonDays?: number;
  requiresApproval?: boolean;
  selfUse?: boolean;
  staffOperated?: boolean;
  training?: boolean;
  rates: [academic: number, company: number, sme: number, assistance: number];
  status?: "active" | "maintenance";
}

export const INSTRUMENTS: DemoInstrument[] = [
  {
    key: "fesem", institution: "tasu", category: "electron_microscopy",
    nameJa: "電界放出形走査電子顕微鏡 (FE-SEM)", nameEn: "Field-emission scanning electron microscope (FE-SEM)",
    manufacturer: "JEOL", model: "JSM-IT800",
    descriptionJa: "ナノメートル分解能で試料表面を観察します。めっき・コーティングのひび割れ、破面、粒子形状の観察に。EDSによる元素マッピングも可能です。",
    descriptionEn: "Observe sample surfaces at nanometre resolution: cracks in platings and coatings, fracture surfaces, particle shapes. EDS elemental mapping included.",
    keywords: ["SEM", "FE-SEM", "EDS", "crack", "coating", "fracture surface", "particle", "surface morphology", "elemental mapping", "ひび割れ", "コーティング", "めっき", "破面", "表面観察", "元素分析", "粒子"],
    specs: [["分解能", "Resolution", "0.7 nm @ 15 kV"], ["倍率", "Magnification", "×25 – ×2,000,000"], ["最大試料サイズ", "Max. sample", "φ150 mm"]],
    building: "先端計測棟 / Advanced Measurement Bldg.", room: "B101", rates: [3000, 12000, 6000, 4000],
  },
  {
    key: "tabletop-sem", institution: "tasu", category: "electron_microscopy",
    nameJa: "卓上走査電子顕微鏡", nameEn: "Tabletop scanning electron microscope",
    manufacturer: "Hitachi High-Tech", model: "TM4000Plus II",
    descriptionJa: "前処理なしで絶縁物も観察できる卓上SEM。初めての方の自己利用に最適です。",
    descriptionEn: "Tabletop SEM that images insulating samples without coating. Ideal first instrument for self-use.",
    keywords: ["SEM", "low vacuum", "insulator", "quick look", "foreign matter", "異物", "低真空", "絶縁物", "簡易観察"],
    specs: [["倍率", "Magnification", "×10 – ×100,000"], ["加速電圧", "Accelerating voltage", "5, 10, 15, 20 kV"]],
    building: "先端計測棟 / Advanced Measurement Bldg.", room: "B103", slotMinutes: 30, minDurationMinutes: 30, leadTimeHours: 12,
    rates: [1000, 5000, 2500, 3000],
  },
  {
    key: "tem", institution: "tasu", category: "electron_microscopy",
    nameJa: "透過電子顕微鏡 (TEM)", nameEn: "Transmission electron microscope (TEM)",
    manufacturer: "JEOL", model: "JEM-2100Plus",
    descriptionJa: "薄膜試料の内部構造・結晶格子像を観察します。装置操作は技術職員が行います。",
    descriptionEn: "Internal structure and lattice imaging of thin specimens. Operated by technical staff.",
    keywords: ["TEM", "lattice", "nanoparticle", "thin film", "diffraction", "格子像", "ナノ粒子", "薄膜", "電子回折"],
    specs: [["点分解能", "Point resolution", "0.23 nm"], ["加速電圧", "Accelerating voltage", "200 kV"]],
    building: "先端計測棟 / Advanced Measurement Bldg.", room: "B105", selfUse: false, requiresApproval: true, leadTimeHours: 72,
    slotMinutes: 60, minDurationMinutes: 120, rates: [6000, 20000, 10000, 5000],
  },
  {
    key: "xrd", institution: "tasu", category: "xray_diffraction",
    nameJa: "粉末X線回折装置", nameEn: "Powder X-ray diffractometer",
    manufacturer: "Rigaku", model: "SmartLab",
    descriptionJa: "結晶相の同定、結晶化度、残留応力、薄膜の評価。",
    descriptionEn: "Crystal phase identification, crystallinity, residual stress and thin-film analysis.",
    keywords: ["XRD", "crystal phase", "crystallinity", "residual stress", "thin film", "結晶相", "結晶化度", "残留応力", "同定"],
    specs: [["X線源", "Source", "Cu Kα, 9 kW"], ["測定範囲", "2θ range", "-3° – 160°"]],
    building: "先端計測棟 / Advanced Measurement Bldg.", room: "A201", rates: [2000, 9000, 4500, 3500],
  },
  {
    key: "nmr600", institution: "tasu", category: "nmr",
    nameJa: "600 MHz 核磁気共鳴装置", nameEn: "600 MHz NMR spectrometer",
    manufacturer: "Bruker", model: "AVANCE NEO 600",
    descriptionJa: "有機化合物・高分子の構造解析。溶液および固体測定。",
    descriptionEn: "Structure determination of organic compounds and polymers; solution and solid state.",
    keywords: ["NMR", "structure", "organic", "polymer", "1H", "13C", "構造解析", "有機化合物", "高分子"],
    specs: [["磁場", "Field", "14.1 T"], ["プローブ", "Probes", "CryoProbe, CP-MAS"]],
    building: "分子科学棟 / Molecular Science Bldg.", room: "N-01", openingHours: EXTENDED, slotMinutes: 60, requiresApproval: true,
    rates: [3000, 15000, 7500, 4000],
  },
  {
    key: "xps", institution: "tasu", category: "surface_analysis",
    nameJa: "X線光電子分光装置 (XPS)", nameEn: "X-ray photoelectron spectrometer (XPS)",
    manufacturer: "ULVAC-PHI", model: "PHI 5000 VersaProbe III",
    descriptionJa: "表面数nmの元素組成と化学結合状態を分析。変色・密着不良の原因調査に。",
    descriptionEn: "Elemental composition and chemical states of the top few nanometres: discoloration, adhesion failures.",
    keywords: ["XPS", "ESCA", "surface composition", "chemical state", "discoloration", "adhesion", "contamination", "変色", "密着不良", "表面汚染", "化学状態"],
    specs: [["分析深さ", "Depth", "≈ 5 nm"], ["最小分析径", "Min. spot", "10 µm"]],
    building: "先端計測棟 / Advanced Measurement Bldg.", room: "A105", selfUse: false, slotMinutes: 60, minDurationMinutes: 120,
    rates: [4000, 16000, 8000, 4000],
  },
  {
    key: "afm", institution: "tasu", category: "surface_analysis",
    nameJa: "原子間力顕微鏡 (AFM)", nameEn: "Atomic force microscope (AFM)",
    manufacturer: "Bruker", model: "Dimension Icon",
    descriptionJa: "表面粗さ・凹凸をナノスケールで三次元計測。",
    descriptionEn: "Nanoscale 3D topography and surface roughness.",
    keywords: ["AFM", "roughness", "topography", "nanoscale", "表面粗さ", "凹凸", "三次元"],
    specs: [["走査範囲", "Scan range", "90 µm × 90 µm"]],
    building: "先端計測棟 / Advanced Measurement Bldg.", room: "A107", openingHours: WITH_LUNCH, rates: [2000, 8000, 4000, 3000],
  },
  {
    key: "dsc", institution: "tasu", category: "thermal_analysis",
    nameJa: "示差走査熱量計 (DSC)", nameEn: "Differential scanning calorimeter (DSC)",
    manufacturer: "Hitachi High-Tech", model: "DSC7020",
    descriptionJa: "融点、ガラス転移、硬化反応などの熱的性質を測定。",
    descriptionEn: "Melting point, glass transition, curing reactions and other thermal properties.",
    keywords: ["DSC", "melting point", "glass transition", "curing", "融点", "ガラス転移", "硬化"],
    specs: [["温度範囲", "Temperature", "-150 – 725 °C"]],
    building: "分子科学棟 / Molecular Science Bldg.", room: "N-12", rates: [800, 4000, 2000, 3000],
  },
  {
    key: "ftir", institution: "tasu", category: "optical_spectroscopy",
    nameJa: "フーリエ変換赤外分光光度計 (FT-IR)", nameEn: "FT-IR spectrometer with microscope",
    manufacturer: "JASCO", model: "FT/IR-4X + IRT-5200",
    descriptionJa: "異物・有機物の同定。顕微ATRで微小異物も測定可能。",
    descriptionEn: "Identify foreign matter and organics; micro-ATR for tiny particles.",
    keywords: ["FT-IR", "IR", "foreign matter", "organic identification", "ATR", "異物", "有機物", "同定"],
    specs: [["波数範囲", "Range", "7,800 – 350 cm⁻¹"]],
    building: "分子科学棟 / Molecular Science Bldg.", room: "N-14", slotMinutes: 30, minDurationMinutes: 30, rates: [800, 3500, 1800, 3000],
  },
  {
    key: "lcms", institution: "tasu", category: "mass_spectrometry",
    nameJa: "液体クロマトグラフ質量分析計 (LC-MS/MS)", nameEn: "Liquid chromatograph tandem mass spectrometer (LC-MS/MS)",
    manufacturer: "Shimadzu", model: "LCMS-8060NX",
    descriptionJa: "微量成分の定量、不純物の同定。",
    descriptionEn: "Trace quantification and impurity identification.",
    keywords: ["LC-MS", "mass spectrometry", "impurity", "trace", "quantification", "不純物", "微量分析", "定量"],
    specs: [["イオン化", "Ionisation", "ESI / APCI"]],
    building: "分子科学棟 / Molecular Science Bldg.", room: "N-20", selfUse: false, requiresApproval: true, slotMinutes: 60,
    rates: [3000, 14000, 7000, 4000],
  },
  {
    key: "mitc-xrf", institution: "mitc", category: "xray_diffraction",
    nameJa: "蛍光X線分析装置 (XRF)", nameEn: "X-ray fluorescence spectrometer (XRF)",
    manufacturer: "Rigaku", model: "ZSX Primus IV",
    descriptionJa: "金属・セラミックス・樹脂中の元素を非破壊で分析。RoHS対応のスクリーニングにも。",
    descriptionEn: "Non-destructive elemental analysis of metals, ceramics and plastics; RoHS screening.",
    keywords: ["XRF", "elemental analysis", "RoHS", "non-destructive", "元素分析", "非破壊", "有害物質"],
    specs: [["測定元素", "Elements", "Be – U"]],
    building: "本館 / Main Bldg.", room: "2F 分析室", rates: [1500, 6000, 3000, 3000],
  },
  {
    key: "mitc-tga", institution: "mitc", category: "thermal_analysis",
    nameJa: "熱重量示差熱分析装置 (TG-DTA)", nameEn: "Thermogravimetric / differential thermal analyser (TG-DTA)",
    manufacturer: "Rigaku", model: "Thermo plus EVO2",
    descriptionJa: "加熱による重量変化から、分解温度・含有量・水分を評価。",
    descriptionEn: "Weight change on heating: decomposition temperature, filler content, moisture.",
    keywords: ["TGA", "TG-DTA", "decomposition", "filler content", "moisture", "分解温度", "含有量", "水分"],
    specs: [["最高温度", "Max. temperature", "1,500 °C"]],
    building: "本館 / Main Bldg.", room: "2F 熱分析室", rates: [1000, 4000, 2000, 3000],
  },
  {
    key: "mitc-utm", institution: "mitc", category: "mechanical_testing",
    nameJa: "万能材料試験機 (100 kN)", nameEn: "Universal testing machine (100 kN)",
    manufacturer: "Shimadzu", model: "AGX-V 100kN",
    descriptionJa: "引張・圧縮・曲げ試験。JIS規格に沿った試験が可能です。",
    descriptionEn: "Tensile, compression and bending tests to JIS standards.",
    keywords: ["tensile test", "compression", "bending", "strength", "JIS", "引張試験", "圧縮試験", "曲げ試験", "強度"],
    specs: [["最大荷重", "Max. load", "100 kN"], ["恒温槽", "Chamber", "-70 – 280 °C"]],
    building: "試験棟 / Testing Bldg.", room: "T-1", slotMinutes: 60, rates: [1500, 5000, 2500, 3000],
  },
  {
    key: "mitc-metal3d", institution: "mitc", category: "additive_manufacturing",
    nameJa: "金属3Dプリンタ", nameEn: "Metal 3D printer (laser powder bed fusion)",
    manufacturer: "EOS", model: "M 290",
    descriptionJa: "アルミ・チタン・ステンレス粉末による金属造形。試作品の製作に。",
    descriptionEn: "Laser powder bed fusion in aluminium, titanium and stainless steel for prototypes.",
    keywords: ["3D printer", "additive manufacturing", "metal", "prototype", "titanium", "3Dプリンタ", "積層造形", "試作", "金属造形"],
    specs: [["造形サイズ", "Build volume", "250 × 250 × 325 mm"]],
    building: "ものづくり棟 / Fabrication Bldg.", room: "F-3", selfUse: false, requiresApproval: true, slotMinutes: 240, minDurationMinutes: 240,
    maxDurationMinutes: 960, openingHours: { mon: [{ start: "08:00", end: "24:00" }], tue: [{ start: "08:00", end: "24:00" }], wed: [{ start: "08:00", end: "24:00" }], thu: [{ start: "08:00", end: "24:00" }], fri: [{ start: "08:00", end: "24:00" }] },
    rates: [5000, 15000, 8000, 3000],
  },
  {
    key: "mitc-resin3d", institution: "mitc", category: "additive_manufacturing",
    nameJa: "光造形3Dプリンタ", nameEn: "Resin (SLA) 3D printer",
    manufacturer: "Formlabs", model: "Form 4",
    descriptionJa: "高精細な樹脂造形。デザイン検証・治具製作に。",
    descriptionEn: "High-detail resin printing for design checks and jigs.",
    keywords: ["3D printer", "resin", "SLA", "jig", "prototype", "光造形", "樹脂", "治具", "試作"],
    specs: [["積層ピッチ", "Layer", "25 – 200 µm"]],
    building: "ものづくり棟 / Fabrication Bldg.", room: "F-1", slotMinutes: 60, rates: [500, 2000, 1000, 2500],
  },
  {
    key: "mitc-ramann", institution: "mitc", category: "optical_spectroscopy",
    nameJa: "顕微レーザーラマン分光装置", nameEn: "Confocal Raman microscope",
    manufacturer: "HORIBA", model: "LabRAM Odyssey",
    descriptionJa: "炭素材料・結晶性・応力分布を非接触で評価。",
    descriptionEn: "Non-contact analysis of carbon materials, crystallinity and stress distribution.",
    keywords: ["Raman", "carbon", "graphene", "stress", "crystallinity", "ラマン", "炭素材料", "応力"],
    specs: [["励起波長", "Lasers", "532 / 633 / 785 nm"]],
    building: "本館 / Main Bldg.", room: "2F 分光室", rates: [1500, 6000, 3000, 3000],
  },
  {
    key: "mitc-gcms", institution: "mitc", category: "mass_spectrometry",
    nameJa: "ガスクロマトグラフ質量分析計 (GC-MS)", nameEn: "Gas chromatograph mass spectrometer (GC-MS)",
    manufacturer: "Agilent", model: "8890/5977C",
    descriptionJa: "におい・揮発性有機化合物 (VOC) ・アウトガスの分析。",
    descriptionEn: "Odours, volatile organic compounds (VOC) and outgassing.",
    keywords: ["GC-MS", "VOC", "odour", "outgas", "smell", "におい", "揮発性有機化合物", "アウトガス"],
    specs: [["導入法", "Inlets", "liquid, headspace, thermal desorption"]],
    building: "本館 / Main Bldg.", room: "2F 分析室", selfUse: false, slotMinutes: 60, rates: [2000, 8000, 4000, 3500],
  },
  {
    key: "mitc-hardness", institution: "mitc", category: "mechanical_testing",
    nameJa: "マイクロビッカース硬さ試験機", nameEn: "Micro-Vickers hardness tester",
    manufacturer: "Mitutoyo", model: "HM-220",
    descriptionJa: "めっき・熱処理層・溶接部の硬さ分布。",
    descriptionEn: "Hardness profiles of platings, heat-treated layers and welds.",
    keywords: ["hardness", "Vickers", "heat treatment", "weld", "plating", "硬さ", "ビッカース", "熱処理", "溶接"],
    specs: [["試験力", "Test force", "0.098 – 19.6 N"]],
    building: "試験棟 / Testing Bldg.", room: "T-3", slotMinutes: 30, minDurationMinutes: 30, rates: [500, 2500, 1200, 2500],
  },
  {
    key: "kosen-sem", institution: "kosen", category: "electron_microscopy",
    nameJa: "走査電子顕微鏡 (EDS付)", nameEn: "Scanning electron microscope with EDS",
    manufacturer: "JEOL", model: "JSM-IT200",
    descriptionJa: "地域企業向けに開放しているSEM。破面解析・異物分析に。",
    descriptionEn: "SEM open to local companies for fracture analysis and foreign matter.",
    keywords: ["SEM", "EDS", "fracture", "foreign matter", "crack", "破面", "異物", "ひび割れ"],
    specs: [["分解能", "Resolution", "3 nm"]],
    building: "産学連携センター / Industry Liaison Centre", room: "103", rates: [1000, 5000, 2500, 2500],
  },
  {
    key: "kosen-cmm", institution: "kosen", category: "mechanical_testing",
    nameJa: "三次元測定機", nameEn: "Coordinate measuring machine (CMM)",
    manufacturer: "Mitutoyo", model: "CRYSTA-Apex V",
    descriptionJa: "部品の寸法・形状を高精度に測定。",
    descriptionEn: "High-precision dimensional and form measurement of parts.",
    keywords: ["CMM", "dimension", "measurement", "geometry", "tolerance", "寸法", "形状測定", "公差"],
    specs: [["測定範囲", "Range", "500 × 400 × 400 mm"]],
    building: "実習工場 / Workshop", room: "W-2", slotMinutes: 60, rates: [800, 3000, 1500, 2500],
  },
  {
    key: "kosen-uvvis", institution: "kosen", category: "optical_spectroscopy",
    nameJa: "紫外可視近赤外分光光度計", nameEn: "UV-Vis-NIR spectrophotometer",
    manufacturer: "Shimadzu", model: "UV-3600i Plus",
    descriptionJa: "透過率・反射率・バンドギャップ測定。",
    descriptionEn: "Transmittance, reflectance and band-gap measurement.",
    keywords: ["UV-Vis", "transmittance", "reflectance", "band gap", "color", "透過率", "反射率", "色"],
    specs: [["波長範囲", "Wavelength", "185 – 3,300 nm"]],
    building: "産学連携センター / Industry Liaison Centre", room: "105", slotMinutes: 30, minDurationMinutes: 30, rates: [500, 2000, 1000, 2000],
  },
  {
    key: "nimm-sims", institution: "nimm", category: "surface_analysis",
    nameJa: "飛行時間型二次イオン質量分析装置 (TOF-SIMS)", nameEn: "Time-of-flight secondary ion mass spectrometer (TOF-SIMS)",
    manufacturer: "IONTOF", model: "M6",
    descriptionJa: "最表面の有機・無機成分をppmレベルで分析し、深さ方向分布も評価。",
    descriptionEn: "Organic and inorganic species on the outermost surface at ppm level, with depth profiling.",
    keywords: ["SIMS", "TOF-SIMS", "depth profile", "contamination", "trace", "深さ方向分析", "汚染", "微量"],
    specs: [["質量分解能", "Mass resolution", "> 30,000"]],
    building: "計測棟 / Metrology Bldg.", room: "M-210", selfUse: false, requiresApproval: true, slotMinutes: 60, minDurationMinutes: 180,
    leadTimeHours: 120, rates: [8000, 30000, 15000, 6000],
  },
  {
    key: "nimm-nmr400", institution: "nimm", category: "nmr",
    nameJa: "400 MHz 核磁気共鳴装置", nameEn: "400 MHz NMR spectrometer",
    manufacturer: "JEOL", model: "JNM-ECZ400S",
    descriptionJa: "溶液NMRによる構造確認。自己利用の初心者講習あり。",
    descriptionEn: "Solution NMR for structure confirmation; beginner training available for self-use.",
    keywords: ["NMR", "structure", "1H", "13C", "solution", "構造確認", "溶液"],
    specs: [["磁場", "Field", "9.4 T"]],
    building: "計測棟 / Metrology Bldg.", room: "M-110", openingHours: EXTENDED, slotMinutes: 15, minDurationMinutes: 15, maxDurationMinutes: 240,
    leadTimeHours: 2, rates: [500, 4000, 2000, 3000],
  },
  {
    key: "nimm-maldi", institution: "nimm", category: "mass_spectrometry",
    nameJa: "MALDI-TOF 質量分析計", nameEn: "MALDI-TOF mass spectrometer",
    manufacturer: "Bruker", model: "autoflex maX",
    descriptionJa: "高分子・タンパク質の分子量分布測定。",
    descriptionEn: "Molecular weight distribution of polymers and proteins.",
    keywords: ["MALDI", "TOF", "molecular weight", "polymer", "protein", "分子量", "高分子", "タンパク質"],
    specs: [["質量範囲", "Mass range", "up to 500 kDa"]],
    building: "計測棟 / Metrology Bldg.", room: "M-120", slotMinutes: 60, rates: [2000, 9000, 4500, 3500],
  },
  {
    key: "nimm-icpms", institution: "nimm", category: "mass_spectrometry",
    nameJa: "誘導結合プラズマ質量分析計 (ICP-MS)", nameEn: "Inductively coupled plasma mass spectrometer (ICP-MS)",
    manufacturer: "Agilent", model: "8900 ICP-QQQ",
    descriptionJa: "溶液中の金属元素をppt レベルで定量。",
    descriptionEn: "Quantify metals in solution down to ppt level.",
    keywords: ["ICP-MS", "trace metals", "ppt", "impurity", "微量金属", "不純物", "定量"],
    specs: [["検出下限", "Detection limit", "sub-ppt"]],
    building: "計測棟 / Metrology Bldg.", room: "M-130", selfUse: false, slotMinutes: 60, rates: [3000, 12000, 6000, 4000],
  },
  {
    key: "nimm-mask", institution: "nimm", category: "cleanroom",
    nameJa: "マスクアライナー (クリーンルーム)", nameEn: "Mask aligner (clean room)",
    manufacturer: "SUSS MicroTec", model: "MA6 Gen4",
    descriptionJa: "フォトリソグラフィによる微細パターン形成。クリーンルーム入室講習が必要です。",
    descriptionEn: "Photolithography for micro-patterning. Clean-room entry training required.",
    keywords: ["photolithography", "micro-patterning", "MEMS", "clean room", "フォトリソグラフィ", "微細加工", "クリーンルーム"],
    specs: [["最小線幅", "Min. feature", "1 µm"]],
    building: "クリーンルーム棟 / Clean Room Bldg.", room: "CR-2", requiresApproval: true, slotMinutes: 60, minDurationMinutes: 120,
    rates: [3000, 12000, 6000, 4000],
  },
  {
    key: "nimm-sputter", institution: "nimm", category: "cleanroom",
    nameJa: "多元スパッタ装置", nameEn: "Multi-target sputtering system",
    manufacturer: "ULVAC", model: "QAM-4",
    descriptionJa: "金属・酸化物薄膜の成膜。",
    descriptionEn: "Deposition of metal and oxide thin films.",
    keywords: ["sputtering", "thin film", "deposition", "coating", "スパッタ", "薄膜", "成膜"],
    specs: [["ターゲット", "Targets", "4 × φ3 inch"]],
    building: "クリーンルーム棟 / Clean Room Bldg.", room: "CR-4", status: "maintenance", slotMinutes: 60, rates: [2500, 10000, 5000, 3500],
  },
];

export interface DemoPerson {
  email: string;
  displayName: string;
  role: "company_member" | "staff" | "institution_admin" | "coordinator";
  locale: "ja" | "en";
  institution?: string;
  company?: string;
  /** Company members: their role in the company (default `admin`, the company's first member). */
  companyRole?: "admin" | "member";
  /** Technical staff: working hours and the instruments they support. */
  staff?: { hours: WeeklyHours; instruments: string[] };
}

/**
 * Two verified SMEs (Aoba with three members) and one company that signed up as a large company and waits for
 * the coordinator to verify it (its booking is pending `company_unverified`, its price provisional).
 */
export const COMPANIES: (Partial<Company> & { key: string; name: string })[] = [
  {
    key: "aoba", name: "青葉精密工業株式会社 (Aoba Precision Industries)", nameEn: "Aoba Precision Industries Co., Ltd.", customerType: "sme", verification: "verified",
    contactName: "佐藤 健", contactEmail: "billing@aoba.demo.example", contactPhone: "022-000-5100", prefecture: "Miyagi", address: "宮城県仙台市宮城野区扇町 4-2-1",
    corporateNumber: "1370001012345", sector: "manufacturing", employees: 48, capitalYen: 30_000_000,
  },
  {
    key: "kitakami", name: "Kitakami Coatings Ltd.", nameEn: "Kitakami Coatings Ltd.", customerType: "sme", verification: "verified",
    contactName: "Emily Carter", contactEmail: "accounts@kitakami.demo.example", contactPhone: "0197-00-5200", prefecture: "Iwate", address: "岩手県北上市村崎野 17-1",
    corporateNumber: "3401001056789", sector: "manufacturing", employees: 22, capitalYen: 10_000_000,
  },
  {
    key: "hirosaki", name: "弘前ナノマテリアル株式会社", nameEn: "Hirosaki Nano Materials Inc.", customerType: "company", verification: "unverified",
    contactName: "木村 彩", contactEmail: "newco@demo.example", prefecture: "Aomori", address: "",
    corporateNumber: null, sector: "manufacturing", employees: 420, capitalYen: 500_000_000,
  },
];

/** The terms of use the demo starts with (version 1), accepted by every demo company member. */
export const DEMO_TERMS = {
  textJa: "第1条（目的）本規約は、地域共用機器ネットワークの機器利用の条件を定めます。\n第2条（安全）利用者は各機関の安全規則と職員の指示に従います。\n第3条（料金）料金は確認済みの利用者区分により計算され、機関が確定します。\n第4条（試料）危険物を含む試料は予約時に申告します。",
  textEn: "Article 1 (Purpose) These terms set the conditions for using instruments of the regional shared-equipment network.\nArticle 2 (Safety) Users follow each institution's safety rules and its staff's instructions.\nArticle 3 (Fees) Fees follow the verified customer type and are confirmed by the institution.\nArticle 4 (Samples) Hazardous samples are declared when booking.",
};

export const DEMO_PASSWORD = "demo-password";

export const PEOPLE: DemoPerson[] = [
  { email: "sme@demo.example", displayName: "佐藤 健", role: "company_member", locale: "ja", company: "aoba" },
  { email: "sme-member1@demo.example", displayName: "鈴木 一郎", role: "company_member", locale: "ja", company: "aoba", companyRole: "member" },
  { email: "sme-member2@demo.example", displayName: "Maria Lopez", role: "company_member", locale: "en", company: "aoba", companyRole: "member" },
  { email: "sme2@demo.example", displayName: "Emily Carter", role: "company_member", locale: "en", company: "kitakami" },
  { email: "newco@demo.example", displayName: "木村 彩", role: "company_member", locale: "ja", company: "hirosaki" },
  {
    email: "staff@demo.example", displayName: "高橋 美咲", role: "staff", locale: "ja", institution: "tasu",
    staff: { hours: STAFF_FULL, instruments: ["fesem", "tabletop-sem", "tem", "xps", "afm"] },
  },
  {
    email: "staff2@demo.example", displayName: "伊藤 大輔", role: "staff", locale: "ja", institution: "tasu",
    staff: { hours: STAFF_FULL, instruments: ["fesem", "xrd", "nmr600", "dsc", "ftir", "lcms"] },
  },
  {
    email: "staff3@demo.example", displayName: "Kenji Watanabe", role: "staff", locale: "en", institution: "tasu",
    staff: { hours: STAFF_PART, instruments: ["tabletop-sem", "ftir", "dsc", "afm", "xrd"] },
  },
  {
    email: "staff4@demo.example", displayName: "鈴木 由美", role: "staff", locale: "ja", institution: "mitc",
    staff: { hours: STAFF_FULL, instruments: ["mitc-xrf", "mitc-tga", "mitc-utm", "mitc-ramann", "mitc-gcms", "mitc-hardness"] },
  },
  {
    email: "staff5@demo.example", displayName: "山本 翔", role: "staff", locale: "ja", institution: "mitc",
    staff: { hours: STAFF_FULL, instruments: ["mitc-metal3d", "mitc-resin3d", "mitc-utm"] },
  },
  {
    email: "staff6@demo.example", displayName: "中村 陽子", role: "staff", locale: "ja", institution: "kosen",
    staff: { hours: STAFF_FULL, instruments: ["kosen-sem", "kosen-cmm", "kosen-uvvis"] },
  },
  {
    email: "staff7@demo.example", displayName: "Dr. Anna Schmidt", role: "staff", locale: "en", institution: "nimm",
    staff: { hours: STAFF_FULL, instruments: ["nimm-sims", "nimm-nmr400", "nimm-maldi", "nimm-icpms", "nimm-mask", "nimm-sputter"] },
  },
  { email: "facility-admin@demo.example", displayName: "小林 誠", role: "institution_admin", locale: "ja", institution: "tasu" },
  { email: "mitc-admin@demo.example", displayName: "加藤 恵", role: "institution_admin", locale: "ja", institution: "mitc" },
  { email: "coordinator@demo.example", displayName: "渡辺 浩二", role: "coordinator", locale: "ja" },
];
