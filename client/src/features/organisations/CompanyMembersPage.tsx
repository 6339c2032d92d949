import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Navigate } from "react-router";
import type { CompanyMember, CompanyRole } from "../../../../shared";
import { organisationsApi } from "../../api/organisations";
import { companyMemberKeys, invalidate, sessionKeys } from "../../api/query-keys";
import { Alert } from "../../ui/Alert";
import { useConfirm } from "../../ui/ConfirmDialog";
import { Loading } from "../../ui/Loading";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { useOrganisationsTranslation } from "./i18n";
import { InvitePanel } from "./InvitePanel";

/** The company admin's page: the members (role, remove), the pending invitations and the invite form. */
export default function CompanyMembersPage() {
  const { t } = useOrganisationsTranslation();
  usePageTitle(t("members.title"));
  const session = useSession();
  if (session.isPending) return <Loading />;
  const user = session.data;
  if (!user) return <Navigate to="/login?next=%2Fcompany%2Fmembers" replace />;
  if (user.role !== "company_member" || !user.company) return <Navigate to="/" replace />;
  return (
    <section className="page" aria-labelledby="members-title">
      <h1 id="members-title">{t("members.title")}</h1>
      <p className="muted">{t("members.intro", { company: user.company.name })}</p>
      {user.companyRole === "admin" ? (
        <>
          <MemberTable companyId={user.company.id} selfId={user.id} />
          <InvitePanel owner={{ kind: "companies", id: user.company.id }} />
        </>
      ) : (
        <Alert kind="info">{t("members.onlyAdmins")}</Alert>
      )}
    </section>
  );
}

function MemberTable({ companyId, selfId }: { companyId: number; selfId: number }) {
  const { t, tApp, language } = useOrganisationsTranslation();
  const client = useQueryClient();
  const confirm = useConfirm();
  const members = useQuery({ queryKey: companyMemberKeys.of(companyId), queryFn: () => organisationsApi.members(companyId) });
  const refresh = () => invalidate(client, companyMemberKeys.of(companyId), sessionKeys.all);
  const setRole = useMutation({ mutationFn: (m: { id: number; role: CompanyRole }) => organisationsApi.setMemberRole(companyId, m.id, m.role), onSettled: refresh });
  const remove = useMutation({ mutationFn: (m: CompanyMember) => organisationsApi.removeMember(companyId, m.id), onSettled: refresh });
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "Asia/Tokyo" }).format(new Date(iso)) : t("members.never"));
  if (members.isError) return <Alert kind="error">{errorMessage(members.error, tApp)}</Alert>;
  if (!members.data) return <Loading />;
  const failure = setRole.error ?? remove.error;
  return (
    <>
      {confirm.dialog}
      {failure && <Alert kind="error">{errorMessage(failure, tApp)}</Alert>}
      {remove.isSuccess && remove.variables && <Alert kind="success">{t("members.removed", { name: remove.variables.displayName })}</Alert>}
      <table className="data-table" data-testid="members">
        <thead>
          <tr><th scope="col">{t("members.name")}</th><th scope="col">{t("members.email")}</th><th scope="col">{t("members.role")}</th><th scope="col">{t("members.lastLogin")}</th><th scope="col"><span className="visually-hidden">{t("members.role")}</span></th></tr>
        </thead>
        <tbody>
          {members.data.map((member) => (
            <tr key={member.id}>
              <td>{member.displayName}</td>
              <td>{member.email}</td>
              <td>{t(`members.roles.${member.companyRole}`)}</td>
              <td>{when(member.lastLoginAt)}</td>
              <td className="button-row">
                <button type="button" className="button button-small button-secondary" disabled={setRole.isPending}
                  aria-label={`${t(member.companyRole === "admin" ? "members.makeMember" : "members.makeAdmin")}: ${member.displayName}`}
                  onClick={() => setRole.mutate({ id: member.id, role: member.companyRole === "admin" ? "member" : "admin" })}>
                  {t(member.companyRole === "admin" ? "members.makeMember" : "members.makeAdmin")}
                </button>
                {member.id !== selfId && (
                  <button type="button" className="button button-small button-secondary" disabled={remove.isPending} aria-label={`${t("members.remove")}: ${member.displayName}`}
                    onClick={() => confirm.ask({ title: t("members.confirmRemove", { name: member.displayName }), confirmLabel: t("members.remove"), onConfirm: () => remove.mutate(member) })}>
                    {t("members.remove")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
