export { seedDemoIfEmpty } from "./demo";
