import type { InstrumentCategory } from "../../../shared";

/** The technique's usual abbreviation on a coloured tile, shown when an instrument has no photo. Decorative. */
const ABBREVIATIONS: Record<InstrumentCategory, string> = {
  electron_microscopy: "EM",
  xray_diffraction: "XRD",
  nmr: "NMR",
  mass_spectrometry: "MS",
  surface_analysis: "XPS",
  thermal_analysis: "TA",
  optical_spectroscopy: "IR",
  chromatography: "LC",
  mechanical_testing: "MT",
  additive_manufacturing: "3D",
  cleanroom: "CR",
  other: "•",
};

export function CategoryIcon({ category }: { category: InstrumentCategory }) {
  return (
    <div className={`category-icon category-${category}`} aria-hidden="true">
      <span>{ABBREVIATIONS[category]}</span>
    </div>
  );
}
