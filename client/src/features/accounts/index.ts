export { ResetPasswordForm } from "./ResetPasswordForm";
export { StaffCredentials, type IssuedPassword } from "./StaffCredentials";
