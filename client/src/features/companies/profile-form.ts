import { UpdateCompanyRequestSchema, type Company } from "../../../../shared";
import { validate } from "../../lib/form-errors";

/** The profile form's fields as typed: numbers and optional choices stay strings until validated. */
export interface ProfileValues {
  nameJa: string;
  nameEn: string;
  address: string;
  prefecture: string;
  corporateNumber: string;
  billingContactName: string;
  billingContactEmail: string;
  sector: string;
  employees: string;
  capitalYen: string;
}

export function profileValuesOf(company: Company): ProfileValues {
  return {
    nameJa: company.nameJa, nameEn: company.nameEn, address: company.address, prefecture: company.prefecture ?? "",
    corporateNumber: company.corporateNumber ?? "", billingContactName: company.billingContactName, billingContactEmail: company.billingContactEmail,
    sector: company.sector ?? "", employees: company.employees?.toString() ?? "", capitalYen: company.capitalYen?.toString() ?? "",
  };
}

/** A typed number, empty as null; anything else not a whole number is left for the schema to refuse. */
export function wholeNumber(value: string): number | null | string {
  const trimmed = value.replace(/[,\s_]/g, "");
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : value;
}

/** The form's values as the API's request, validated with the same schema the server uses. */
export function validateProfile(values: ProfileValues) {
  const body = {
    ...values,
    prefecture: values.prefecture || null,
    corporateNumber: values.corporateNumber.trim() || null,
    sector: values.sector || null,
    employees: wholeNumber(values.employees),
    capitalYen: wholeNumber(values.capitalYen),
    billingContactEmail: values.billingContactEmail.trim() === "" ? undefined : values.billingContactEmail,
  };
  return validate(UpdateCompanyRequestSchema, body);
}
