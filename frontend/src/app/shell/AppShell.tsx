import { Link, Outlet, useMatches, useNavigation } from "react-router";

import { useSessionStore } from "@/session/store";

import { SideNav } from "./SideNav";
import { ThemeToggle } from "./ThemeToggle";
import { UserMenu } from "./UserMenu";

/** Whether the route's page fills the space beside the navigation (no width limit or padding): `handle: { fullBleed: true }`. */
function useFullBleed(): boolean {
  return useMatches().some((match) => (match.handle as { fullBleed?: boolean } | undefined)?.fullBleed === true);
}

/** The frame of every signed-in page: side navigation, top bar, and the page. */
export function AppShell() {
  const user = useSessionStore((state) => state.user);
  const navigating = useNavigation().state === "loading";
  const fullBleed = useFullBleed();
  if (!user) {
    return null; // RequireAuth renders the shell only for a signed-in user
  }
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen w-16 shrink-0 flex-col border-r border-border bg-surface lg:w-56">
        <Link to="/" className="flex h-14 items-center gap-2 border-b border-border px-4 font-semibold text-fg">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="sr-only lg:not-sr-only">ResolutionFlow</span>
        </Link>
        <SideNav user={user} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-4 border-b border-border bg-surface px-4 md:px-6">
          <p className="truncate text-sm font-medium text-fg" title="Your team">
            {user.team.name}
          </p>
          <div className="flex items-center gap-2">
            <ThemeToggle />
            <UserMenu user={user} />
          </div>
          {navigating && (
            <div role="progressbar" aria-label="Loading page" className="absolute inset-x-0 bottom-0 h-0.5 animate-pulse bg-accent" />
          )}
        </header>
        <main id="main" className={fullBleed ? "flex min-h-0 w-full flex-1 flex-col" : "mx-auto w-full max-w-6xl flex-1 p-4 md:p-6"}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
