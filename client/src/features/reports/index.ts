/** Programme reports: the coordinator's dashboard, usage reports with charts and the printable annual table. */
export { currentFiscalYear, formatHours } from "./report-format";
