/**
 * What people want to know or make, mapped to the techniques that answer it (ids from `techniques.ts`). Phrases
 * are matched in the folded query (width, case, kana); Japanese ones anywhere, English ones as whole words, a
 * plural "s" allowed. Reviewed against the catalogue's categories; admins may extend it.
 */
export interface Need {
  ja: string[];
  en: string[];
  techniques: string[];
  /** Offered as an example when a search finds nothing. */
  featured?: boolean;
}

export const NEEDS: Need[] = [
  // Structure and phase: X-ray diffraction and friends.
  { ja: ["結晶構造", "結晶相", "相同定", "結晶性", "結晶化度", "結晶", "結晶粒", "格子"], en: ["crystal structure", "crystal phase", "phase identification", "crystallinity", "crystalline", "crystal", "polymorph", "lattice"], techniques: ["xrd", "tem", "raman"], featured: true },
  { ja: ["残留応力", "応力", "ひずみ"], en: ["residual stress", "stress", "strain"], techniques: ["xrd", "raman"] },
  { ja: ["配向", "薄膜の結晶"], en: ["texture", "orientation"], techniques: ["xrd"] },
  // Which elements, how much.
  { ja: ["元素分析", "元素", "組成", "成分", "含有元素", "何が含まれ", "材質", "材料の種類"], en: ["elemental analysis", "element", "elemental", "composition", "what is it made of", "which elements", "material identification"], techniques: ["xrf", "eds", "xps", "icpms"], featured: true },
  { ja: ["有害物質", "rohs", "鉛", "カドミウム", "重金属"], en: ["rohs", "hazardous substance", "lead", "cadmium", "heavy metal"], techniques: ["xrf", "icpms"] },
  { ja: ["微量金属", "金属不純物", "微量元素", "溶出"], en: ["trace metal", "trace element", "metal impurity", "leaching"], techniques: ["icpms"] },
  { ja: ["表面組成", "化学状態", "結合状態", "酸化状態", "変色", "密着不良", "はがれ", "剥離", "表面汚染", "酸化", "酸化膜", "酸化被膜"], en: ["surface composition", "surface chemistry", "chemical state", "oxidation", "oxide layer", "oxidation state", "discoloration", "discolouration", "adhesion", "delamination", "peeling", "surface contamination"], techniques: ["xps", "sims"] },
  { ja: ["深さ方向", "最表面"], en: ["depth profile", "outermost surface"], techniques: ["sims", "xps"] },
  // Contamination and unknown substances.
  { ja: ["異物", "付着物", "汚れ", "汚染", "不明物質", "混入", "正体", "何か", "同定", "特定"], en: ["foreign matter", "foreign particle", "foreign material", "contamination", "contaminant", "unknown substance", "residue", "stain", "identify", "identification", "what is this", "unknown"], techniques: ["ftir", "raman", "eds", "sem", "xrf"], featured: true },
  { ja: ["有機物", "樹脂の種類", "プラスチックの種類", "有機物の同定"], en: ["organic", "polymer identification", "plastic type", "resin type"], techniques: ["ftir", "raman", "nmr"] },
  { ja: ["不純物", "微量成分", "定量"], en: ["impurity", "trace", "quantification", "quantify"], techniques: ["lcms", "icpms", "gcms", "hplc"] },
  { ja: ["におい", "臭い", "匂い", "揮発成分", "アウトガス", "voc"], en: ["odour", "odor", "smell", "volatile", "outgassing", "outgas", "voc"], techniques: ["gcms"] },
  // Molecular structure and weight.
  { ja: ["分子構造", "化学構造", "構造解析", "構造決定", "構造確認"], en: ["molecular structure", "chemical structure", "structure determination", "structure elucidation"], techniques: ["nmr", "ftir", "lcms"] },
  { ja: ["分子量", "分子量分布", "重合度"], en: ["molecular weight", "molecular mass", "molar mass", "degree of polymerization"], techniques: ["maldi", "gpc"], featured: true },
  { ja: ["高分子", "タンパク質", "ポリマー"], en: ["polymer", "protein"], techniques: ["maldi", "nmr", "gpc"] },
  // Looking at surfaces, cracks and fractures.
  { ja: ["ひび割れ", "亀裂", "クラック", "割れ"], en: ["crack", "cracking", "fissure"], techniques: ["sem", "optical_microscopy", "xct"], featured: true },
  { ja: ["破断面", "破面", "破壊", "破損", "疲労破壊", "故障解析"], en: ["fracture surface", "fractography", "fracture", "failure analysis", "broken", "fatigue"], techniques: ["sem", "tensile"] },
  { ja: ["表面観察", "拡大", "微細構造", "組織観察", "形状観察", "粒子形状", "断面観察", "断面"], en: ["surface observation", "magnify", "microstructure", "morphology", "cross section", "close-up", "imaging"], techniques: ["sem", "tem", "optical_microscopy"] },
  { ja: ["ナノ粒子", "格子像", "内部構造"], en: ["nanoparticle", "lattice image", "internal structure"], techniques: ["tem", "xct"] },
  { ja: ["粒径", "粒度", "粒子径", "粒子サイズ", "粒子"], en: ["particle size", "grain size", "particle"], techniques: ["particle_sizing", "sem", "tem"] },
  { ja: ["表面の凹凸", "凹凸", "表面粗さ", "粗さ", "平坦性", "うねり", "段差"], en: ["surface roughness", "roughness", "topography", "flatness", "step height", "bumps", "unevenness"], techniques: ["afm", "profilometry"], featured: true },
  { ja: ["膜厚", "厚さ", "厚み", "めっき厚"], en: ["film thickness", "coating thickness", "layer thickness", "thickness", "plating thickness"], techniques: ["ellipsometry", "sem", "xrf"], featured: true },
  { ja: ["寸法", "形状測定", "公差", "三次元形状", "歪み"], en: ["dimension", "dimensional", "geometry", "tolerance", "shape measurement", "warpage"], techniques: ["cmm", "xct"] },
  // Heat.
  { ja: ["熱", "耐熱性", "熱特性", "熱的性質"], en: ["thermal", "heat resistance", "thermal property", "heat"], techniques: ["dsc", "tga", "tma"], featured: true },
  { ja: ["融点", "ガラス転移", "硬化", "結晶化温度", "比熱"], en: ["melting point", "melting", "glass transition", "curing", "cure", "specific heat"], techniques: ["dsc"] },
  { ja: ["分解温度", "重量変化", "含有量", "水分", "灰分", "フィラー"], en: ["decomposition", "weight loss", "mass loss", "filler content", "moisture", "ash content"], techniques: ["tga"] },
  { ja: ["熱膨張", "粘弾性"], en: ["thermal expansion", "viscoelastic", "viscoelasticity"], techniques: ["tma"] },
  // Light and colour.
  { ja: ["色", "透過率", "反射率", "バンドギャップ", "吸光度", "透明性"], en: ["colour", "color", "transmittance", "reflectance", "band gap", "absorbance", "transparency"], techniques: ["uvvis"] },
  { ja: ["炭素材料", "グラフェン", "dlc", "カーボン"], en: ["carbon", "graphene", "dlc", "carbon nanotube"], techniques: ["raman", "xps"] },
  // Strength and hardness.
  { ja: ["強度", "引張強さ", "引張", "圧縮", "曲げ", "耐久性", "破断荷重", "伸び", "ヤング率"], en: ["strength", "tensile", "compression", "bending", "durability", "breaking load", "elongation", "young's modulus", "stiffness"], techniques: ["tensile"], featured: true },
  { ja: ["硬さ", "硬度", "熱処理", "焼入れ", "溶接部"], en: ["hardness", "hard", "heat treatment", "quenching", "weld"], techniques: ["hardness"], featured: true },
  // Making things.
  { ja: ["試作", "3dプリント", "造形", "積層造形", "金属部品"], en: ["prototype", "prototyping", "3d print", "3d printing", "additive", "metal part"], techniques: ["metal_am", "resin_am"] },
  { ja: ["治具", "樹脂模型", "デザイン確認", "モックアップ"], en: ["jig", "fixture", "mock-up", "mockup", "design check"], techniques: ["resin_am"] },
  { ja: ["微細加工", "パターン形成", "露光", "mems", "半導体"], en: ["microfabrication", "patterning", "lithography", "mems", "semiconductor"], techniques: ["lithography", "deposition"] },
  { ja: ["成膜", "薄膜作製", "コーティング作製", "金属膜", "酸化膜"], en: ["thin film deposition", "deposit", "sputter", "metal film", "film growth"], techniques: ["deposition"] },
  // Reliability.
  { ja: ["腐食", "さび", "錆", "耐候性", "信頼性試験", "湿度"], en: ["corrosion", "rust", "weathering", "reliability test", "humidity"], techniques: ["environmental", "sem", "xps"] },
];
