import { CreateReservationRequestSchema, type AssistanceType, type Instrument, NO_HAZARDS } from "../../../../shared";
import { validate } from "../../lib/form-errors";

export interface BookingValues {
  assistance: AssistanceType;
  purpose: string;
  sampleDescription: string;
  hazardous: "no" | "yes" | "";
  hazardDetails: string;
  note: string;
}

export const EMPTY_BOOKING: BookingValues = { assistance: "operation", purpose: "", sampleDescription: "", hazardous: "", hazardDetails: "", note: "" };

/** The kinds of use an instrument offers, in the order the form lists them. */
export function assistanceChoices(instrument: Pick<Instrument, "usageModes">): AssistanceType[] {
  const { selfUse, staffOperated, training } = instrument.usageModes;
  const choices: AssistanceType[] = [];
  if (staffOperated) choices.push("operation");
  if (training) choices.push("training");
  if (staffOperated || training) choices.push("consultation");
  if (selfUse) choices.push("none");
  return choices;
}

/**
 * Checks the booking form and builds the API request. The hazard declaration is required: the user says
 * whether the samples are hazardous, and describes the hazard when they are.
 */
export function validateBooking(values: BookingValues, instrumentId: number, slot: { start: string; end: string } | null) {
  const result = validate(CreateReservationRequestSchema, {
    instrumentId,
    start: slot?.start ?? "",
    end: slot?.end ?? "",
    purpose: values.purpose,
    sampleDescription: values.sampleDescription.trim() || undefined,
    hazardDeclaration: values.hazardous === "yes" ? values.hazardDetails : values.hazardous === "no" ? NO_HAZARDS : undefined,
    assistance: { type: values.assistance, note: values.note.trim() || undefined },
  });
  const errors = result.ok ? {} : { ...result.errors };
  if (!slot) errors.start = { key: "slotRequired" };
  else delete errors.start;
  delete errors.end;
  if (values.hazardous === "") errors.hazardous = { key: "hazardRequired" };
  if (values.hazardous === "yes" && values.hazardDetails.trim() === "") errors.hazardDetails = { key: "required" };
  if (errors.hazardDeclaration) errors.hazardDetails ??= errors.hazardDeclaration;
  delete errors.hazardDeclaration;
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false as const, errors };
  return { ok: true as const, data: result.data };
}
