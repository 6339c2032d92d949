import { LIMITS, ROLES, type Role } from "../../../../shared";

/** The account directory's search, kept in the URL so it can be shared and the back button works. */
export interface AccountSearch {
  q: string;
  role: Role | "";
  page: number;
}

export const PAGE_SIZE = 25;

/** Reads the search from URL parameters, ignoring anything malformed. */
export function readAccountSearch(params: URLSearchParams): AccountSearch {
  const role = params.get("role") ?? "";
  const page = Number(params.get("page"));
  return {
    q: (params.get("q") ?? "").slice(0, LIMITS.searchQueryMaxLength),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : "",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Writes the search as URL parameters, leaving out defaults so URLs stay short. */
export function writeAccountSearch(search: AccountSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set("q", search.q.trim());
  if (search.role) params.set("role", search.role);
  if (search.page > 1) params.set("page", String(search.page));
  return params;
}
