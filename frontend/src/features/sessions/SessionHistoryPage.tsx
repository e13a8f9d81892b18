import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";

import { ListFooter } from "@/components/ListFooter";
import { buttonClasses, EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useSessionList } from "./api";
import { HistoryFilterBar } from "./HistoryFilterBar";
import { hasFilters, readFilters, toApiFilters, writeFilters, type HistoryFilters } from "./history-filters";
import { SessionTable } from "./SessionTable";

const TYPING_PAUSE_MS = 300;

/** The team's sessions, newest first, filtered from the URL, a page at a time. */
export function SessionHistoryPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // The ticket is typed: ask the API once typing pauses.
  const ticket = useDebouncedValue(filters.ticket, TYPING_PAUSE_MS);
  const key = writeFilters({ ...filters, ticket }).toString();
  const apiFilters = useMemo(() => toApiFilters(readFilters(new URLSearchParams(key))), [key]);
  const list = useSessionList(apiFilters);
  const sessions = list.data?.pages.flatMap((page) => page.items) ?? [];

  const change = (next: HistoryFilters) => {
    setParams(writeFilters(next), { replace: true });
  };

  return (
    <>
      <PageHeader title="Sessions" description="Troubleshooting sessions of your team, newest first." />
      <HistoryFilterBar filters={filters} onChange={change} />
      {list.isPending && <SkeletonList lines={6} label="Loading sessions" />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && sessions.length === 0 && (
        <EmptyState
          title={hasFilters(filters) ? "No sessions match these filters" : "No sessions yet"}
          description={hasFilters(filters) ? "Change or clear the filters." : "Start one from a flow in the library."}
          action={
            hasFilters(filters) ? undefined : (
              <Link to="/library" className={buttonClasses("secondary")}>
                Open the library
              </Link>
            )
          }
        />
      )}
      {sessions.length > 0 && (
        <>
          <SessionTable sessions={sessions} />
          <ListFooter
            status={`${sessions.length} ${sessions.length === 1 ? "session" : "sessions"} shown`}
            query={list}
          />
        </>
      )}
    </>
  );
}
