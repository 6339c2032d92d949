import {
  CompanyListResponseSchema,
  CompanyResponseSchema,
  TermsAcceptedResponseSchema,
  TermsResponseSchema,
  type CompanyListQuery,
  type PublishTermsRequest,
  type UpdateCompanyRequest,
} from "../../../shared";
import { ApiError, request } from "./http";

/** Companies (profile, verification) and the terms of use. */
export const companiesApi = {
  company: (id: number) => request(`/companies/${id}`, CompanyResponseSchema).then((r) => r.company),
  update: (id: number, body: UpdateCompanyRequest) => request(`/companies/${id}`, CompanyResponseSchema, { method: "PATCH", body }).then((r) => r.company),
  list: (query: CompanyListQuery) => request("/companies", CompanyListResponseSchema, { query: { ...query } }).then((r) => r.items),
  /** The terms in force, or null before the first version is published. */
  terms: async () => {
    try {
      return await request("/terms", TermsResponseSchema);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  publishTerms: (body: PublishTermsRequest) => request("/terms", TermsResponseSchema, { method: "POST", body }),
  acceptTerms: (version: number) => request("/terms/accept", TermsAcceptedResponseSchema, { method: "POST", body: { version } }),
};
