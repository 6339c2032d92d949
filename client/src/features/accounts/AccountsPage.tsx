import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LIMITS, ROLES, type Account, type Role } from "../../../../shared";
import { workspaceApi } from "../../api/workspace";
import { Alert } from "../../ui/Alert";
import { Loading } from "../../ui/Loading";
import { Pagination } from "../../ui/Pagination";
import { errorMessage } from "../../lib/error-message";
import { formatDate, formatTime } from "../../lib/format";
import { usePageTitle } from "../../lib/page-title";
import { ResetPasswordForm } from "./ResetPasswordForm";
import { StaffCredentials, type IssuedPassword } from "./StaffCredentials";
import { WS } from "../../i18n/workspace";
import { useWorkspace } from "../../lib/use-workspace";
import { PAGE_SIZE, readAccountSearch, writeAccountSearch, type AccountSearch } from "./search-params";
import { accountKeys } from "../../api/query-keys";

/**
 * The account directory: the coordinator finds anyone's sign-in (an institution admin their institution's staff
 * and admins) by name or email, and sets a new initial password for someone who has forgotten theirs.
 */
export default function AccountsPage() {
  const { t } = useTranslation(WS);
  const { user } = useWorkspace();
  usePageTitle(t("nav.accounts"));
  const [params, setParams] = useSearchParams();
  const search = readAccountSearch(params);
  const update = (next: AccountSearch) => setParams(writeAccountSearch(next));
  const list = useAccounts(search);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const roles = user.role === "coordinator" ? ROLES : (["staff", "institution_admin"] as const);
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("accounts.title")}</h1>
        <p className="muted">{t(user.role === "coordinator" ? "accounts.intro" : "accounts.introAdmin")}</p>
      </div>
      <AccountFilters search={search} roles={roles} onChange={update} />
      {resetting && (
        <div className="card">
          <ResetPasswordForm account={{ userId: resetting.id, name: resetting.displayName, email: resetting.email }} onCancel={() => setResetting(null)}
            onReset={(done) => { setResetting(null); setIssued(done); }} />
        </div>
      )}
      {issued && <StaffCredentials issued={issued} reset onClose={() => setIssued(null)} />}
      {list.isPending && <Loading />}
      {list.isError && <Alert kind="error">{errorMessage(list.error, t)}</Alert>}
      {/* The previous answer stays on screen while a new search runs: dimmed and marked busy until it is replaced. */}
      <div className="results" aria-busy={list.isPlaceholderData}>
      {list.data && (
        <p className="muted small" role="status">{list.isPlaceholderData ? t("accounts.searching") : t("accounts.count", { count: list.data.total })}</p>
      )}
      {list.data?.items.length === 0 && <p className="empty">{t("accounts.none")}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <AccountsTable items={list.data.items} onReset={(a) => { setIssued(null); setResetting(a); }} />
          <Pagination page={search.page} pageCount={Math.ceil(list.data.total / list.data.pageSize)} onPage={(page) => update({ ...search, page })} />
        </>
      )}
      </div>
    </section>
  );
}

/** One page of the accounts the search finds; the previous page stays as a placeholder while the next loads. */
function useAccounts(search: AccountSearch) {
  const { language } = useWorkspace();
  return useQuery({
    queryKey: accountKeys.search(search, language),
    queryFn: () => workspaceApi.accounts({ q: search.q || undefined, role: search.role || undefined, page: search.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** Name, email, role, organisation and last sign-in of each account, with "set a new password" where allowed. */
function AccountsTable({ items, onReset }: { items: Account[]; onReset: (account: Account) => void }) {
  const { t } = useTranslation(WS);
  const { zone, language } = useWorkspace();
  return (
    <table className="data-table" data-testid="accounts">
      <thead>
        <tr>
          <th>{t("accounts.name")}</th><th>{t("accounts.email")}</th><th>{t("accounts.role")}</th><th>{t("accounts.organisation")}</th>
          <th>{t("accounts.lastSignIn")}</th><th><span className="visually-hidden">{t("accounts.actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td>{a.displayName} {!a.active && <span className="badge badge-retired">{t("accounts.inactive")}</span>}</td>
            <td className="small">{a.email}</td>
            <td className="small">{t(`accounts.roles.${a.role}`)}</td>
            <td className="small">{a.company?.name ?? a.institution?.name ?? <span className="muted">—</span>}</td>
            <td className="nowrap small">{a.lastLoginAt ? `${formatDate(a.lastLoginAt, zone, language)} ${formatTime(a.lastLoginAt, zone, language)}` : <span className="muted">{t("accounts.never")}</span>}</td>
            <td>
              {a.canResetPassword && a.active && (
                <button type="button" className="button button-secondary button-small" aria-label={`${t("staffReset.action")}: ${a.displayName}`}
                  onClick={() => onReset(a)}>{t("staffReset.action")}</button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The search box (applied on submit) and the role filter (applied at once); both start again from page 1. */
function AccountFilters({ search, roles, onChange }: { search: AccountSearch; roles: readonly Role[]; onChange: (search: AccountSearch) => void }) {
  const { t } = useTranslation(WS);
  const [q, setQ] = useState(search.q);
  useEffect(() => setQ(search.q), [search.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...search, q, page: 1 });
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <div className="search-bar">
        <label htmlFor="accounts-q" className="search-label">{t("accounts.searchLabel")}</label>
        <div className="search-row">
          <input id="accounts-q" type="search" value={q} maxLength={LIMITS.searchQueryMaxLength} placeholder={t("accounts.searchPlaceholder")} onChange={(e) => setQ(e.target.value)} />
          <button type="submit" className="button">{t("accounts.search")}</button>
        </div>
      </div>
      <div className="filters">
        <label>
          <span>{t("accounts.role")}</span>
          <select value={search.role} onChange={(e) => onChange({ ...search, role: e.target.value as Role | "", page: 1 })}>
            <option value="">{t("accounts.allRoles")}</option>
            {roles.map((role) => <option key={role} value={role}>{t(`accounts.rolesPlural.${role}`)}</option>)}
          </select>
        </label>
      </div>
    </form>
  );
}
