import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Instrument } from "../../../../shared";
import { filesApi } from "../../api/files";
import { catalogueKeys, facilityInstrumentKeys, instrumentKeys, invalidate } from "../../api/query-keys";

export type PhotoChange =
  | { kind: "add"; file: File; altJa: string; altEn: string }
  | { kind: "replace"; photoId: string; file: File }
  | { kind: "text"; photoId: string; altJa: string; altEn: string }
  | { kind: "remove"; photoId: string };

function send(instrumentId: number, change: PhotoChange): Promise<Instrument> {
  switch (change.kind) {
    case "add":
      return filesApi.addPhoto(instrumentId, change.file, { altJa: change.altJa, altEn: change.altEn });
    case "replace":
      return filesApi.replacePhoto(instrumentId, change.photoId, change.file);
    case "text":
      return filesApi.updatePhotoAlt(instrumentId, change.photoId, { altJa: change.altJa, altEn: change.altEn });
    case "remove":
      return filesApi.removePhoto(instrumentId, change.photoId);
  }
}

/** One mutation for every photo change; the editor, the catalogue and the instrument page then show the answer. */
export function usePhotoChange(instrumentId: number) {
  const client = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (change: PhotoChange) => send(instrumentId, change),
    onSuccess: (instrument) => {
      client.setQueryData(facilityInstrumentKeys.editor(instrumentId, i18n.resolvedLanguage), instrument);
      invalidate(client, facilityInstrumentKeys.all, catalogueKeys.all, instrumentKeys.all);
    },
  });
}
