export { catalogueRevision } from "./catalogue-revision";
export { findInstrument } from "./find-instrument";
export { instrumentSnapshots } from "./instrument-snapshots";
export type { InstrumentSnapshot, InstrumentSnapshots } from "./instrument-snapshots";
