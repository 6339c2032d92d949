export { InstrumentCapabilities } from "./InstrumentCapabilities";
