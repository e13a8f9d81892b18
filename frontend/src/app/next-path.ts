/** The `?next=` a guard sends to the sign-in page: the page the user was on. */
export function signInPathFor(location: { pathname: string; search: string; hash: string }): string {
  const here = location.pathname + location.search + location.hash;
  return here === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(here)}`;
}

/** Where to go after signing in: `next` if it is a path of this app, else the dashboard. */
export function safeNextPath(next: string | null): string {
  // "//host" and "/\host" would leave the site.
  if (next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")) {
    return next;
  }
  return "/";
}
