import { Link, useLocation } from "react-router";

import { cx } from "@/components/ui";

const TABS = [
  { to: "/maintenance", label: "Schedules" },
  { to: "/maintenance/runs", label: "Runs" },
] as const;

/** The maintenance pages' sub-navigation, above their header: a schedule's page is under Schedules, a run's under Runs. */
export function MaintenanceTabs() {
  const { pathname } = useLocation();
  const current = pathname.startsWith("/maintenance/runs") ? "/maintenance/runs" : "/maintenance";
  return (
    <nav aria-label="Maintenance" className="mb-5 border-b border-border">
      <ul className="flex gap-1">
        {TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              aria-current={tab.to === current ? "page" : undefined}
              className={cx(
                "-mb-px block rounded-t-md border-b-2 px-4 py-2 text-sm font-medium",
                tab.to === current ? "border-accent text-accent-text" : "border-transparent text-fg-muted hover:text-fg",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
