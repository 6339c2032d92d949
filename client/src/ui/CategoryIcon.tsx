import type { InstrumentCategory } from "../../../shared";

/** A neutral label per technique family, for instruments whose names carry no abbreviation of their own. */
const FAMILY: Record<InstrumentCategory, string> = {
  electron_microscopy: "EM",
  xray_diffraction: "X-ray",
  nmr: "NMR",
  mass_spectrometry: "MS",
  surface_analysis: "Surf",
  thermal_analysis: "TA",
  optical_spectroscopy: "Spec",
  chromatography: "Chrom",
  mechanical_testing: "MT",
  additive_manufacturing: "3D",
  cleanroom: "CR",
  other: "•",
};

const ABBREVIATION = /\(([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\)/;

/** The instrument's own abbreviation, "(AFM)" in either name, else its technique family's label. */
export function iconLabel(category: InstrumentCategory, names: string[] = []): string {
  for (const name of names) {
    const found = ABBREVIATION.exec(name);
    if (found && found[1].length <= 9) return found[1];
  }
  return FAMILY[category];
}

/** The instrument's abbreviation on a coloured tile, shown when it has no photo. Decorative. */
export function CategoryIcon({ category, names }: { category: InstrumentCategory; names?: string[] }) {
  const label = iconLabel(category, names);
  return (
    <div className={`category-icon category-${category}${label.length > 4 ? " category-icon-long" : ""}`} aria-hidden="true">
      <span>{label}</span>
    </div>
  );
}
