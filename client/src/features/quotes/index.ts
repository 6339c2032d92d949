export { QuotesPanel } from "./QuotesPanel";
