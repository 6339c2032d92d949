export { BillingPolicyNote } from "./BillingPolicyNote";
