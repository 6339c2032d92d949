import { z } from "zod";
import {
  AuditEventSchema,
  AvailabilityResponseSchema,
  InstrumentAccessResponseSchema,
  InstitutionListResponseSchema,
  OnBehalfMembersResponseSchema,
  InstrumentListResponseSchema,
  InstrumentSchema,
  MeResponseSchema,
  PasswordChangedResponseSchema,
  ReservationListResponseSchema,
  ReservationResponseSchema,
  SessionResponseSchema,
  type ChangePasswordRequest,
  type CreateReservationRequest,
  type LoginRequest,
  type SignupRequest,
} from "../../../shared";
import { ApiError, request, setCsrfToken } from "./http";

/** Catalogue search parameters as the API takes them (see InstrumentListQuerySchema). */
export interface InstrumentSearch {
  q?: string;
  category?: string;
  institutionId?: number;
  prefecture?: string;
  freeOn?: string;
  page: number;
  pageSize: number;
}

export const api = {
  institutions: () => request("/institutions", InstitutionListResponseSchema),
  instruments: (search: InstrumentSearch) => request("/instruments", InstrumentListResponseSchema, { query: { ...search } }),
  instrument: (id: number) => request(`/instruments/${id}`, z.object({ instrument: InstrumentSchema })).then((r) => r.instrument),
  access: (id: number) => request(`/instruments/${id}/access`, InstrumentAccessResponseSchema),
  availability: (id: number, from: string, to: string, duration?: number) => request(`/instruments/${id}/availability`, AvailabilityResponseSchema, { query: { from, to, duration } }),

  me: async () => {
    try {
      const me = await request("/auth/me", MeResponseSchema);
      setCsrfToken(me.csrfToken);
      return me.user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  login: async (body: LoginRequest) => {
    const session = await request("/auth/login", SessionResponseSchema, { method: "POST", body });
    setCsrfToken(session.csrfToken);
    return session.user;
  },
  signup: async (body: SignupRequest) => {
    const session = await request("/auth/signup", SessionResponseSchema, { method: "POST", body });
    setCsrfToken(session.csrfToken);
    return session.user;
  },
  changePassword: (body: ChangePasswordRequest) => request("/auth/password", PasswordChangedResponseSchema, { method: "POST", body }),
  logout: async () => {
    await request("/auth/logout", null, { method: "POST" });
    setCsrfToken(null);
  },

  reservations: (scope: "upcoming" | "past", page: number) =>
    request("/reservations", ReservationListResponseSchema, { query: { scope, page, pageSize: 20 } }),
  createReservation: (body: CreateReservationRequest) =>
    request("/reservations", ReservationResponseSchema, { method: "POST", body }).then((r) => r.reservation),
  onBehalfMembers: (q: string) => request("/reservations/on-behalf/members", OnBehalfMembersResponseSchema, { query: { q: q || undefined } }).then((r) => r.items),
  reservation: (id: number) => request(`/reservations/${id}`, ReservationResponseSchema).then((r) => r.reservation),
  reservationEvents: (id: number) => request(`/reservations/${id}/events`, z.object({ items: z.array(AuditEventSchema) })).then((r) => r.items),
  cancelReservation: (id: number, reason: string) =>
    request(`/reservations/${id}/cancel`, ReservationResponseSchema, { method: "POST", body: { reason: reason || undefined } }).then((r) => r.reservation),
};
