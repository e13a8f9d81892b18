import type { UseInfiniteQueryResult } from "@tanstack/react-query";

import { Button } from "@/components/ui";

type PagedQuery = Pick<UseInfiniteQueryResult, "hasNextPage" | "isFetchingNextPage" | "fetchNextPage">;

/** The next page of a paged list (`useInfiniteQuery`), on request; nothing once every page is shown. */
export function LoadMoreButton({ query, label = "Load more" }: { query: PagedQuery; label?: string }) {
  if (!query.hasNextPage) return null;
  return (
    <div>
      <Button variant="secondary" size="sm" busy={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {label}
      </Button>
    </div>
  );
}
