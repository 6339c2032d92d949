import type { Capability, CreateCapabilityRequest } from "../../../../shared";

/** The editor's state: keywords as typed (comma-separated), instruments as chosen. */
export interface CapabilityForm {
  institutionId: number | null;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
  laboratoryJa: string;
  laboratoryEn: string;
  keywordsJa: string;
  keywordsEn: string;
  instrumentIds: number[];
  published: boolean;
}

export const TEXT_FIELDS = ["titleJa", "titleEn", "laboratoryJa", "laboratoryEn", "summaryJa", "summaryEn", "keywordsJa", "keywordsEn"] as const;

export function emptyForm(institutionId: number | null): CapabilityForm {
  return { institutionId, titleJa: "", titleEn: "", summaryJa: "", summaryEn: "", laboratoryJa: "", laboratoryEn: "", keywordsJa: "", keywordsEn: "", instrumentIds: [], published: true };
}

export function formFromCapability(capability: Capability): CapabilityForm {
  return {
    ...capability,
    keywordsJa: capability.keywordsJa.join(", "),
    keywordsEn: capability.keywordsEn.join(", "),
    instrumentIds: capability.instruments.map((i) => i.id),
  };
}

const split = (text: string) => text.split(/[,、，]/).map((k) => k.trim()).filter(Boolean);

/** The request body the form stands for (the server's schema checks it, here and there). */
export function bodyOf(form: CapabilityForm): CreateCapabilityRequest {
  const { institutionId, keywordsJa, keywordsEn, titleJa, titleEn, summaryJa, summaryEn, laboratoryJa, laboratoryEn, instrumentIds, published } = form;
  return {
    ...(institutionId !== null && { institutionId }),
    titleJa, titleEn, summaryJa, summaryEn, laboratoryJa, laboratoryEn, instrumentIds, published,
    keywordsJa: split(keywordsJa),
    keywordsEn: split(keywordsEn),
  };
}
