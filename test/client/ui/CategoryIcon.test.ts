import { iconLabel } from "../../../client/src/ui/CategoryIcon";

describe("card icons match the instrument", () => {
  it.each([
    ["surface_analysis", ["Atomic force microscope (AFM)", "原子間力顕微鏡 (AFM)"], "AFM"],
    ["surface_analysis", ["Time-of-flight secondary ion mass spectrometer (TOF-SIMS)", "飛行時間型二次イオン質量分析装置 (TOF-SIMS)"], "TOF-SIMS"],
    ["surface_analysis", ["X-ray photoelectron spectrometer (XPS)", "X線光電子分光装置 (XPS)"], "XPS"],
    ["xray_diffraction", ["X-ray fluorescence spectrometer (XRF)", "蛍光X線分析装置 (XRF)"], "XRF"],
    ["optical_spectroscopy", ["FT-IR spectrometer with microscope", "フーリエ変換赤外分光光度計 (FT-IR)"], "FT-IR"],
    ["mass_spectrometry", ["Liquid chromatograph tandem mass spectrometer (LC-MS/MS)", ""], "LC-MS/MS"],
  ] as const)("%s %j shows %s", (category, names, label) => {
    expect(iconLabel(category, [...names])).toBe(label);
  });

  it("without an abbreviation, the technique family, never another instrument's name", () => {
    expect(iconLabel("optical_spectroscopy", ["Confocal Raman microscope", "顕微レーザーラマン分光装置"])).not.toBe("IR");
    expect(iconLabel("xray_diffraction", ["Powder X-ray diffractometer", "粉末X線回折装置"])).toBe("X-ray");
    expect(iconLabel("surface_analysis", ["Nanoindenter", "ナノインデンター"])).not.toBe("XPS");
    expect(iconLabel("mechanical_testing", ["Universal testing machine (100 kN)", "万能材料試験機 (100 kN)"])).toBe("MT");
  });
});
