import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";

import { ListFooter } from "@/components/ListFooter";
import { buttonClasses, EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import type { RunListFilters } from "@/lib/maintenance";
import { useTeamMembers } from "@/lib/team";

import { MaintenanceTabs } from "../MaintenanceTabs";
import { useRunList } from "./api";
import { SegmentedControl } from "../schedules/SegmentedControl";
import { readRunFilters, STATUS_CHOICES, writeRunFilters } from "./run-filters";
import { RunsTable } from "./RunsTable";

function RunFilterBar({ filters, onChange }: { filters: RunListFilters; onChange: (filters: RunListFilters) => void }) {
  return (
    <div role="search" aria-label="Filter runs" className="mb-4 flex flex-wrap items-end gap-x-6 gap-y-3">
      <SegmentedControl
        label="Status"
        options={STATUS_CHOICES}
        value={filters.status ?? "all"}
        onChange={(status) => {
          onChange({ ...filters, status: status === "all" ? undefined : status });
        }}
      />
      <label className="flex h-9 items-center gap-2 text-sm font-medium text-fg">
        <input
          type="checkbox"
          checked={filters.mine === true}
          onChange={(event) => {
            onChange({ ...filters, mine: event.target.checked });
          }}
          className="size-4 accent-accent"
        />
        Only mine (schedules I own or am assigned to)
      </label>
    </div>
  );
}

/** The team's maintenance runs, newest due first, filtered from the URL, a page at a time. */
export function RunsPage() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => readRunFilters(new URLSearchParams(key)), [key]);
  const list = useRunList(filters);
  const members = useTeamMembers();
  const names = useMemo(() => new Map((members.data ?? []).map((member) => [member.user_id, member.full_name])), [members.data]);
  const runs = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = writeRunFilters(filters).size > 0;

  return (
    <>
      <MaintenanceTabs />
      <PageHeader title="Maintenance runs" description="Every run of your team's schedules, newest due first. Overdue runs are marked." />
      <RunFilterBar
        filters={filters}
        onChange={(next) => {
          setParams(writeRunFilters(next), { replace: true });
        }}
      />
      {list.isPending && <SkeletonList lines={5} label="Loading runs" />}
      {list.isError && !list.data && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && runs.length === 0 && (
        <EmptyState
          title={filtered ? "No runs match these filters" : "No runs yet"}
          description={filtered ? "Change or clear the filters." : "A schedule creates a run at each due time, or when someone starts one by hand."}
          action={
            filtered ? undefined : (
              <Link to="/maintenance" className={buttonClasses("secondary")}>
                See the schedules
              </Link>
            )
          }
        />
      )}
      {runs.length > 0 && (
        <>
          <RunsTable runs={runs} names={names} />
          <ListFooter
            status={`${runs.length} ${runs.length === 1 ? "run" : "runs"} shown`}
            query={list}
          />
        </>
      )}
    </>
  );
}
