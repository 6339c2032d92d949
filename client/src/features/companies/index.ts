export { CustomerTypeBadge } from "./CustomerTypeBadge";
export { SizeFields } from "./CompanyProfileForm";
export { wholeNumber } from "./profile-form";
