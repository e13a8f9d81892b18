import { Link, useParams } from "react-router";

import { hasRole } from "@/api/types";
import { Alert, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { MaintenanceTabs } from "../MaintenanceTabs";
import { useSchedule } from "./api";
import { DeleteScheduleButton, RunNowButton } from "./ScheduleActions";
import { ScheduleForm } from "./ScheduleForm";
import { TargetsCard } from "./targets/TargetsCard";

function BackToSchedules() {
  return (
    <Link to="/maintenance" className="mb-3 inline-block text-sm text-accent-text hover:underline">
      ← Schedules
    </Link>
  );
}

/** `/maintenance/schedules/new` and `/maintenance/schedules/:scheduleId`. */
export function ScheduleEditorPage() {
  const { scheduleId } = useParams();
  return (
    <>
      <MaintenanceTabs />
      <BackToSchedules />
      {scheduleId ? (
        <ExistingSchedule key={scheduleId} scheduleId={scheduleId} />
      ) : (
        <>
          <PageHeader title="New schedule" description="Targets are added once the schedule is created." />
          <ScheduleForm schedule={null} readOnly={false} />
        </>
      )}
    </>
  );
}

/** Roles as the API has them: engineers edit and run, the owner or a team admin deletes, viewers read. */
function ExistingSchedule({ scheduleId }: { scheduleId: string }) {
  const schedule = useSchedule(scheduleId);
  const user = useSessionStore((state) => state.user);
  if (schedule.isPending) return <SkeletonList lines={6} label="Loading the schedule" />;
  if (schedule.isError) {
    return <ErrorState error={schedule.error} title="The schedule could not be loaded" onRetry={() => void schedule.refetch()} />;
  }
  const canEdit = user !== null && hasRole(user, "engineer");
  const canDelete = canEdit && (user.id === schedule.data.owner_id || hasRole(user, "team_admin"));
  return (
    <>
      <PageHeader
        title={schedule.data.name}
        description={`${schedule.data.flow.title} · ${schedule.data.summary} (${schedule.data.timezone})${schedule.data.active ? "" : " · inactive"}`}
        actions={
          <>
            {canEdit && <RunNowButton scheduleId={scheduleId} />}
            {canDelete && <DeleteScheduleButton schedule={schedule.data} />}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {!canEdit && <Alert>Viewers read schedules; engineers and admins change and run them.</Alert>}
        <ScheduleForm schedule={schedule.data} readOnly={!canEdit} />
        <TargetsCard scheduleId={scheduleId} canEdit={canEdit} />
      </div>
    </>
  );
}
