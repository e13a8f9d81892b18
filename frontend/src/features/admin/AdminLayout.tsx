import { NavLink, Outlet } from "react-router";

import { hasRole, type Role } from "@/api/types";
import { cx } from "@/components/ui";
import { useSessionStore } from "@/session/store";

interface AdminSection {
  /** Relative to /admin; each has its row in src/app/routes.tsx. */
  path: string;
  label: string;
  minimumRole?: Role;
}

const SECTIONS: AdminSection[] = [
  { path: "members", label: "Members" },
  { path: "invitations", label: "Invitations" },
  { path: "session-policy", label: "Session policy" },
  { path: "redaction", label: "Redaction rules" },
  { path: "psa", label: "PSA connection" },
  { path: "member-mapping", label: "Member mapping" },
  { path: "ai-usage", label: "AI usage & budget" },
  { path: "teams", label: "Teams", minimumRole: "super_admin" },
];

/** The frame of the admin pages: their sub-navigation beside (or, on narrow screens, above) the page. */
export function AdminLayout() {
  const user = useSessionStore((state) => state.user);
  const sections = SECTIONS.filter((section) => !section.minimumRole || (user && hasRole(user, section.minimumRole)));
  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
      <nav aria-label="Administration" className="shrink-0 lg:sticky lg:top-20 lg:w-52">
        <p className="mb-2 hidden px-3 text-xs font-semibold tracking-wide text-fg-muted uppercase lg:block">Administration</p>
        <ul className="flex flex-wrap gap-1 lg:flex-col">
          {sections.map((section) => (
            <li key={section.path}>
              <NavLink
                to={section.path}
                className={({ isActive }) =>
                  cx(
                    "block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap",
                    isActive ? "bg-accent-soft text-accent-text" : "text-fg-muted hover:bg-surface-raised hover:text-fg",
                  )
                }
              >
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  );
}
