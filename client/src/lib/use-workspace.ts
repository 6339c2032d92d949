import { useTranslation } from "react-i18next";
import { useInstitutions } from "./use-institutions";
import { useSession } from "./use-session";
import { canChange } from "./workspace-sections";

/** The signed-in member of staff, admin or coordinator, their institution's zone and whether they may change things. */
export function useWorkspace() {
  const { i18n } = useTranslation();
  const user = useSession().data!;
  const institutions = useInstitutions();
  const institution = institutions.data?.items.find((i) => i.id === user.institutionId) ?? null;
  const zoneOf = (institutionId: number) => institutions.data?.items.find((i) => i.id === institutionId)?.timezone ?? "Asia/Tokyo";
  const nameOf = (institutionId: number) => institutions.data?.items.find((i) => i.id === institutionId)?.name ?? `#${institutionId}`;
  return {
    user,
    institution,
    zone: institution?.timezone ?? "Asia/Tokyo",
    zoneOf,
    nameOf,
    language: i18n.resolvedLanguage ?? "ja",
    writable: canChange(user.role),
    ready: !institutions.isPending,
  };
}
