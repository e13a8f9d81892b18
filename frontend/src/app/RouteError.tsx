import { isRouteErrorResponse, useRouteError } from "react-router";

import { Button } from "@/components/ui";

/** Anything a route threw while loading or rendering; after a deploy, usually an old chunk. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : "Part of the app failed to load, perhaps because a new version was released.";
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div role="alert" className="flex max-w-md flex-col items-start gap-3 rounded-lg border border-danger bg-surface p-6">
        <h1 className="text-lg font-semibold">Something went wrong</h1>
        <p className="text-sm text-fg-muted">{message}</p>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload the page
        </Button>
      </div>
    </main>
  );
}
