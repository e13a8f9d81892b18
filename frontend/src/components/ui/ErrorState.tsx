import { describeError } from "@/api/errors";

import { Button } from "./Button";

/** A failed request, explained, with a way to try again. */
export function ErrorState({ error, title = "This could not be loaded", onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { message } = describeError(error);
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border border-danger bg-danger-soft p-4">
      <div>
        <p className="font-medium text-fg">{title}</p>
        <p className="mt-1 text-sm text-fg">{message}</p>
      </div>
      {onRetry && (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
