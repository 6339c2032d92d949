export { BillingPolicyNote } from "./BillingPolicyNote";
export { BillingPolicyEditor } from "./BillingPolicyEditor";
