import { Link, useSearchParams } from "react-router";

import { hasRole } from "@/api/types";
import { LoadMoreButton } from "@/components/LoadMoreButton";
import { buttonClasses, EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { MaintenanceTabs } from "../MaintenanceTabs";
import { useScheduleList, type ScheduleListFilters } from "./api";
import { ScheduleTable } from "./ScheduleTable";
import { SegmentedControl } from "./SegmentedControl";

type ActiveFilter = "all" | "active" | "inactive";

const FILTERS = [
  { value: "all", label: "All" },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
] as const;

const API_FILTERS: Record<ActiveFilter, ScheduleListFilters> = { all: {}, active: { active: true }, inactive: { active: false } };

function filterOf(params: URLSearchParams): ActiveFilter {
  const value = params.get("status");
  return value === "active" || value === "inactive" ? value : "all";
}

/** `/maintenance`: the team's schedules by name, filtered by `?status=active|inactive`. */
export function SchedulesPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const list = useScheduleList(API_FILTERS[filter]);
  const schedules = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canCreate = useSessionStore((state) => state.user !== null && hasRole(state.user, "engineer"));
  const newSchedule = canCreate && (
    <Link to="/maintenance/schedules/new" className={buttonClasses("primary")}>
      New schedule
    </Link>
  );

  return (
    <>
      <MaintenanceTabs />
      <PageHeader title="Maintenance schedules" description="Maintenance flows that run by themselves, over a list of clients and devices." actions={newSchedule} />
      <div className="mb-4">
        <SegmentedControl
          label="Show"
          options={FILTERS}
          value={filter}
          onChange={(next) => {
            setParams(next === "all" ? {} : { status: next }, { replace: true });
          }}
        />
      </div>
      {list.isPending && <SkeletonList lines={4} label="Loading schedules" />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && schedules.length === 0 && (
        <EmptyState
          title={filter === "all" ? "No maintenance schedules yet" : `No ${filter} schedules`}
          description={
            filter === "all"
              ? "A schedule runs a published maintenance flow on a recurrence (daily, weekly, monthly or cron) over its targets: at each due time a run is created with one checklist per client or device, and the assignees are e-mailed."
              : "Show all schedules to see the others."
          }
          action={filter === "all" ? newSchedule : undefined}
        />
      )}
      {schedules.length > 0 && (
        <>
          <ScheduleTable schedules={schedules} />
          <div className="mt-4 flex justify-end">
            <LoadMoreButton query={list} label="Load more schedules" />
          </div>
        </>
      )}
    </>
  );
}
