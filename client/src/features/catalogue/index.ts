export { MatchReason } from "./MatchReason";
