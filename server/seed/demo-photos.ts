import sharp from "sharp";
import type { InstrumentCategory } from "../../shared/enums";
import type { StoredPhoto } from "../platform/db/entities/instrument";
import { randomName, reencodePhoto, UploadStore } from "../files";

/** Each technique's tile: its usual abbreviation on a gradient of two colours. */
const TILES: Record<InstrumentCategory, [string, string, string]> = {
  electron_microscopy: ["EM", "#1d3557", "#457b9d"],
  xray_diffraction: ["XRD", "#5a189a", "#9d4edd"],
  nmr: ["NMR", "#03045e", "#0096c7"],
  mass_spectrometry: ["MS", "#6a040f", "#e85d04"],
  surface_analysis: ["XPS", "#14532d", "#22c55e"],
  thermal_analysis: ["TA", "#9a3412", "#f59e0b"],
  optical_spectroscopy: ["IR", "#831843", "#f472b6"],
  chromatography: ["LC", "#134e4a", "#2dd4bf"],
  mechanical_testing: ["MT", "#334155", "#94a3b8"],
  additive_manufacturing: ["3D", "#7c2d12", "#fb923c"],
  cleanroom: ["CR", "#0c4a6e", "#7dd3fc"],
  other: ["LAB", "#3f3f46", "#a1a1aa"],
};

/** A labelled gradient drawn at seed time (no image files in the repository), re-encoded like an upload. */
async function tile(category: InstrumentCategory, model: string) {
  const [label, from, to] = TILES[category];
  const escape = (text: string) => text.replace(/[<>&"]/g, "");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="640" height="480" fill="url(#g)"/>
    <circle cx="520" cy="110" r="150" fill="#ffffff" fill-opacity="0.08"/>
    <text x="48" y="300" font-family="sans-serif" font-size="150" font-weight="700" fill="#ffffff">${label}</text>
    <text x="52" y="380" font-family="sans-serif" font-size="34" fill="#ffffff" fill-opacity="0.85">${escape(model)}</text>
  </svg>`;
  return reencodePhoto(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** Draws and stores one photo per demo instrument; answers the photos to record, by instrument key. */
export async function demoPhotos(uploadDir: string, instruments: { key: string; category: InstrumentCategory; model: string; nameJa: string; nameEn: string }[]) {
  const store = new UploadStore(uploadDir);
  const photos = new Map<string, StoredPhoto[]>();
  for (const instrument of instruments) {
    const image = await tile(instrument.category, instrument.model);
    const photo: StoredPhoto = { id: randomName(), altJa: `${instrument.nameJa}（イメージ）`, altEn: `${instrument.nameEn} (illustration)`, width: image.width, height: image.height };
    await store.save(store.photoPath(photo.id), image.data);
    photos.set(instrument.key, [photo]);
  }
  return photos;
}
