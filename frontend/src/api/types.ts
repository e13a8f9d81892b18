import type { components } from "./schema";

/** A response or request body of the API by its schema name, e.g. `Schema<"MeOut">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

export type Me = Schema<"MeOut">;
export type TokenResponse = Schema<"TokenOut">;
export type Role = "viewer" | "engineer" | "team_admin" | "super_admin";

const ROLE_RANK: Record<string, number | undefined> = { viewer: 0, engineer: 1, team_admin: 2, super_admin: 3 };

/** Whether `user` has `minimum` or a higher role in the current team (as the API checks it). */
export function hasRole(user: Me, minimum: Role): boolean {
  return (ROLE_RANK[user.role] ?? -1) >= (ROLE_RANK[minimum] ?? Infinity);
}
