import type { ComponentType } from "react";
import { NavLink } from "react-router";

import { hasRole, type Me, type Role } from "@/api/types";
import { cx } from "@/components/ui";

import { AdminIcon, AssistantIcon, DashboardIcon, LibraryIcon, MaintenanceIcon, ReviewQueueIcon, SessionsIcon, StepsIcon } from "./icons";

interface NavItem {
  to: string;
  label: string;
  icon: ComponentType;
  minimumRole?: Role;
}

const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "Dashboard", icon: DashboardIcon },
  { to: "/library", label: "Library", icon: LibraryIcon },
  { to: "/sessions", label: "Sessions", icon: SessionsIcon },
  { to: "/steps", label: "Steps", icon: StepsIcon },
  { to: "/assistant", label: "Assistant", icon: AssistantIcon, minimumRole: "engineer" },
  { to: "/maintenance", label: "Maintenance", icon: MaintenanceIcon },
  { to: "/proposals", label: "Review queue", icon: ReviewQueueIcon },
  { to: "/admin", label: "Admin", icon: AdminIcon, minimumRole: "team_admin" },
];

/** The main navigation: labels from 1024 px, icons only (labelled for screen readers) below. */
export function SideNav({ user }: { user: Me }) {
  const items = NAV_ITEMS.filter((item) => !item.minimumRole || hasRole(user, item.minimumRole));
  return (
    <nav aria-label="Main" className="flex flex-col gap-1 p-2">
      {items.map(({ to, label, icon: NavIcon }) => (
        <NavLink
          key={to}
          to={to}
          end={to === "/"}
          title={label}
          className={({ isActive }) =>
            cx(
              "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium",
              isActive ? "bg-accent-soft text-accent-text" : "text-fg-muted hover:bg-surface-raised hover:text-fg",
            )
          }
        >
          <NavIcon />
          <span className="sr-only lg:not-sr-only">{label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
