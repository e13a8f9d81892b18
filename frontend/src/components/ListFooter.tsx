import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { LoadMoreButton } from "@/components/LoadMoreButton";

interface ListFooterProps {
  /** How much is shown, e.g. "25 runs shown"; announced as it changes. */
  status: ReactNode;
  query: Pick<UseInfiniteQueryResult, "hasNextPage" | "isFetchingNextPage" | "fetchNextPage">;
  moreLabel?: string;
}

/** Under a list read a page at a time: how much is shown, and the button for the next page. */
export function ListFooter({ status, query, moreLabel }: ListFooterProps) {
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-4 text-sm text-fg-muted">
      <span aria-live="polite">{status}</span>
      <LoadMoreButton query={query} label={moreLabel} />
    </div>
  );
}
