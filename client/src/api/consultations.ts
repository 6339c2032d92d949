import { z } from "zod";
import {
  ConsultationListResponseSchema,
  ConsultationMeetingResponseSchema,
  ConsultationResponseSchema,
  type ConsultationMeetingRequestSchema,
  type AdviceTimeRequestSchema,
  type CloseConsultationRequestSchema,
  type CreateConsultationRequest,
} from "../../../shared/schemas/consultations";
import { StaffMemberSchema } from "../../../shared";
import { ApiError, request } from "./http";

type Body<S extends z.ZodType> = z.input<S>;
const post = (body?: unknown) => ({ method: "POST" as const, body });

/** Suggestions for a need from the technology directory (absent until it is deployed: then none). */
const SuggestionsSchema = z.object({
  institutions: z.array(z.object({ id: z.number(), nameJa: z.string(), nameEn: z.string(), score: z.number().optional() })).default([]),
  instruments: z.array(z.object({ id: z.number(), nameJa: z.string(), nameEn: z.string(), institutionId: z.number() })).default([]),
  staff: z.array(z.object({ staffMemberId: z.number(), name: z.string(), institutionId: z.number() })).default([]),
});
export type NeedSuggestions = z.infer<typeof SuggestionsSchema>;

/** The consultation desk (README "Consultations"). */
export const consultationsApi = {
  list: (query: { status?: string; state?: "open" | "closed"; page?: number }) => request("/consultations", ConsultationListResponseSchema, { query: { ...query } }),
  detail: (id: number) => request(`/consultations/${id}`, ConsultationResponseSchema).then((r) => r.consultation),
  create: (body: CreateConsultationRequest) => request("/consultations", ConsultationResponseSchema, post(body)).then((r) => r.consultation),
  route: (id: number, institutionIds: number[]) => request(`/consultations/${id}/route`, ConsultationResponseSchema, post({ institutionIds })).then((r) => r.consultation),
  assign: (id: number, staffMemberId: number) => request(`/consultations/${id}/assign`, ConsultationResponseSchema, post({ staffMemberId })).then((r) => r.consultation),
  message: (id: number, body: string) => request(`/consultations/${id}/messages`, ConsultationResponseSchema, post({ body })).then((r) => r.consultation),
  adviceTime: (id: number, body: Body<typeof AdviceTimeRequestSchema>) => request(`/consultations/${id}/advice-time`, ConsultationResponseSchema, post(body)).then((r) => r.consultation),
  close: (id: number, body: Body<typeof CloseConsultationRequestSchema>) => request(`/consultations/${id}/close`, ConsultationResponseSchema, post(body)).then((r) => r.consultation),
  proposeMeeting: (id: number, body: Body<typeof ConsultationMeetingRequestSchema>) =>
    request(`/consultations/${id}/meetings`, ConsultationMeetingResponseSchema, post(body)).then((r) => r.consultation),
  cancelMeeting: (id: number, meetingId: number) =>
    request(`/consultations/${id}/meetings/${meetingId}/cancel`, ConsultationMeetingResponseSchema, post()).then((r) => r.consultation),
  reopen: (id: number) => request(`/consultations/${id}/reopen`, ConsultationResponseSchema, post()).then((r) => r.consultation),
  staffOf: (institutionId: number) =>
    request("/staff-members", z.object({ items: z.array(StaffMemberSchema) }), { query: { institutionId } }).then((r) => r.items),
  /** Directory suggestions for the coordinator's routing panel; none while the endpoint does not exist. */
  suggestions: async (q: string): Promise<NeedSuggestions | null> => {
    try {
      return await request("/needs/suggestions", SuggestionsSchema, { query: { q } });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
      throw error;
    }
  },
};
