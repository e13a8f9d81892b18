import { Navigate, Outlet, useLocation, useSearchParams } from "react-router";

import { hasRole, type Role } from "@/api/types";
import { EmptyState, FullPageSpinner } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { safeNextPath, signInPathFor } from "./next-path";

/** Signed-in pages: wait for the session to be restored, else send to sign-in (and back after). */
export function RequireAuth() {
  const status = useSessionStore((state) => state.status);
  const location = useLocation();
  if (status === "restoring") {
    return <FullPageSpinner label="Restoring your session" />;
  }
  if (status === "signed-out") {
    return <Navigate to={signInPathFor(location)} replace />;
  }
  return <Outlet />;
}

/** Sign-in and password pages: a signed-in user goes on to `?next=` (or the dashboard). */
export function PublicOnly() {
  const status = useSessionStore((state) => state.status);
  const [params] = useSearchParams();
  if (status === "restoring") {
    return <FullPageSpinner label="Restoring your session" />;
  }
  if (status === "signed-in") {
    return <Navigate to={safeNextPath(params.get("next"))} replace />;
  }
  return <Outlet />;
}

/** Pages for a minimum role; the API checks the same on every request. */
export function RequireRole({ minimum }: { minimum: Role }) {
  const user = useSessionStore((state) => state.user);
  if (!user || !hasRole(user, minimum)) {
    return <EmptyState title="Not available for your role" description={`This page needs the ${minimum} role.`} />;
  }
  return <Outlet />;
}
