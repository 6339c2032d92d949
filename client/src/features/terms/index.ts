export { TermsGate, useTermsPending } from "./TermsGate";
export { useTerms } from "./use-terms";
