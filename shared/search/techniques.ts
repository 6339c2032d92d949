/**
 * Measurement techniques, as the search explains them. `aliases` find the technique in an instrument's names,
 * model and keywords (case- and width-insensitive; Latin aliases as whole words), so new instruments are tagged
 * without editing this list.
 */
export interface Technique {
  id: string;
  ja: string;
  en: string;
  aliases: string[];
}

export const TECHNIQUES: Technique[] = [
  { id: "sem", ja: "走査電子顕微鏡 (SEM)", en: "Scanning electron microscopy (SEM)", aliases: ["sem", "走査電子顕微鏡", "scanning electron"] },
  { id: "eds", ja: "EDS元素分析", en: "EDS elemental analysis", aliases: ["eds", "edx", "エネルギー分散"] },
  { id: "tem", ja: "透過電子顕微鏡 (TEM)", en: "Transmission electron microscopy (TEM)", aliases: ["tem", "透過電子顕微鏡", "transmission electron"] },
  { id: "xrd", ja: "X線回折 (XRD)", en: "X-ray diffraction (XRD)", aliases: ["xrd", "x線回折", "diffractometer"] },
  { id: "xrf", ja: "蛍光X線分析 (XRF)", en: "X-ray fluorescence (XRF)", aliases: ["xrf", "蛍光x線", "x-ray fluorescence"] },
  { id: "xps", ja: "X線光電子分光 (XPS)", en: "X-ray photoelectron spectroscopy (XPS)", aliases: ["xps", "esca", "光電子分光"] },
  { id: "sims", ja: "二次イオン質量分析 (SIMS)", en: "Secondary ion mass spectrometry (SIMS)", aliases: ["sims", "二次イオン"] },
  { id: "afm", ja: "原子間力顕微鏡 (AFM)", en: "Atomic force microscopy (AFM)", aliases: ["afm", "原子間力"] },
  { id: "profilometry", ja: "表面形状測定", en: "Surface profilometry", aliases: ["profilometer", "表面粗さ計", "段差計", "レーザー顕微鏡", "laser microscope", "白色干渉"] },
  { id: "optical_microscopy", ja: "光学顕微鏡観察", en: "Optical microscopy", aliases: ["optical microscope", "光学顕微鏡", "マイクロスコープ", "digital microscope"] },
  { id: "xct", ja: "X線CT", en: "X-ray CT", aliases: ["x線ct", "x-ray ct", "ct scanner", "マイクロct"] },
  { id: "nmr", ja: "核磁気共鳴 (NMR)", en: "NMR spectroscopy", aliases: ["nmr", "核磁気共鳴"] },
  { id: "lcms", ja: "液体クロマトグラフ質量分析 (LC-MS)", en: "Liquid chromatography–mass spectrometry (LC-MS)", aliases: ["lc-ms", "lcms", "液体クロマトグラフ"] },
  { id: "gcms", ja: "ガスクロマトグラフ質量分析 (GC-MS)", en: "Gas chromatography–mass spectrometry (GC-MS)", aliases: ["gc-ms", "gcms", "ガスクロマトグラフ"] },
  { id: "hplc", ja: "高速液体クロマトグラフィー (HPLC)", en: "HPLC", aliases: ["hplc"] },
  { id: "gpc", ja: "ゲル浸透クロマトグラフィー (GPC)", en: "Gel permeation chromatography (GPC)", aliases: ["gpc", "ゲル浸透", "size exclusion"] },
  { id: "icpms", ja: "ICP質量分析 (ICP-MS)", en: "ICP mass spectrometry (ICP-MS)", aliases: ["icp-ms", "icp", "誘導結合プラズマ"] },
  { id: "maldi", ja: "MALDI-TOF質量分析", en: "MALDI-TOF mass spectrometry", aliases: ["maldi"] },
  { id: "dsc", ja: "示差走査熱量測定 (DSC)", en: "Differential scanning calorimetry (DSC)", aliases: ["dsc", "示差走査熱量"] },
  { id: "tga", ja: "熱重量分析 (TG)", en: "Thermogravimetry (TGA)", aliases: ["tga", "tg-dta", "熱重量"] },
  { id: "tma", ja: "熱機械分析・動的粘弾性 (TMA/DMA)", en: "Thermomechanical / dynamic mechanical analysis", aliases: ["tma", "dma", "熱機械", "動的粘弾性"] },
  { id: "ftir", ja: "赤外分光 (FT-IR)", en: "Infrared spectroscopy (FT-IR)", aliases: ["ft-ir", "ftir", "フーリエ変換赤外"] },
  { id: "raman", ja: "ラマン分光", en: "Raman spectroscopy", aliases: ["raman", "ラマン"] },
  { id: "uvvis", ja: "紫外可視分光", en: "UV-Vis spectroscopy", aliases: ["uv-vis", "紫外可視", "spectrophotometer"] },
  { id: "ellipsometry", ja: "分光エリプソメトリー", en: "Spectroscopic ellipsometry", aliases: ["ellipsometer", "ellipsometry", "エリプソ"] },
  { id: "particle_sizing", ja: "粒度分布測定", en: "Particle size analysis", aliases: ["particle size analyzer", "粒度分布", "laser diffraction"] },
  { id: "tensile", ja: "引張・圧縮・曲げ試験", en: "Tensile, compression and bending tests", aliases: ["universal testing", "万能材料試験機", "tensile"] },
  { id: "hardness", ja: "硬さ試験", en: "Hardness testing", aliases: ["hardness", "硬さ", "vickers", "ビッカース"] },
  { id: "cmm", ja: "三次元測定", en: "Coordinate measuring (CMM)", aliases: ["cmm", "三次元測定機", "coordinate measuring"] },
  { id: "metal_am", ja: "金属積層造形", en: "Metal additive manufacturing", aliases: ["金属3dプリンタ", "powder bed", "metal 3d printer"] },
  { id: "resin_am", ja: "樹脂造形 (光造形)", en: "Resin 3D printing", aliases: ["sla", "光造形", "resin"] },
  { id: "lithography", ja: "フォトリソグラフィ", en: "Photolithography", aliases: ["photolithography", "フォトリソグラフィ", "mask aligner", "マスクアライナー"] },
  { id: "deposition", ja: "薄膜成膜 (スパッタ)", en: "Thin-film deposition (sputtering)", aliases: ["sputtering", "スパッタ", "deposition", "成膜"] },
  { id: "environmental", ja: "環境試験 (恒温恒湿・塩水噴霧)", en: "Environmental testing (climate, salt spray)", aliases: ["恒温恒湿", "塩水噴霧", "salt spray", "climatic chamber", "environmental chamber"] },
];
