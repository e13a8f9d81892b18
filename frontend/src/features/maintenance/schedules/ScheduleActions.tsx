import { useState } from "react";
import { useNavigate } from "react-router";

import { describeError } from "@/api/errors";
import { ConfirmDialog } from "@/components/ConfirmDialog";
import { Button, toast } from "@/components/ui";

import { useDeleteSchedule, useRunNow, type Schedule } from "./api";

/** Starts a run of the saved schedule now and opens it (the API answers the same run when one started this minute). */
export function RunNowButton({ scheduleId }: { scheduleId: string }) {
  const navigate = useNavigate();
  const run = useRunNow(scheduleId);
  return (
    <Button
      variant="secondary"
      busy={run.isPending}
      onClick={() => {
        run.mutate(undefined, {
          onSuccess: (started) => void navigate(`/maintenance/runs/${started.id}`),
          onError: (error) => toast.error("The run was not started", describeError(error).message),
        });
      }}
    >
      Run now
    </Button>
  );
}

/** Deletes the schedule and its targets after asking; its runs stay. */
export function DeleteScheduleButton({ schedule }: { schedule: Schedule }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const remove = useDeleteSchedule(schedule.id);
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button
        variant="danger"
        onClick={() => {
          setOpen(true);
        }}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        onClose={close}
        title={`Delete “${schedule.name}”?`}
        confirmLabel="Delete schedule"
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          remove.mutate(undefined, {
            onSuccess: () => {
              toast.success("Schedule deleted", schedule.name);
              void navigate("/maintenance", { replace: true });
            },
          });
        }}
      >
        <p>
          No more runs will be created. Its {schedule.target_count} {schedule.target_count === 1 ? "target goes" : "targets go"} with it; runs
          already created stay, with their reports.
        </p>
      </ConfirmDialog>
    </>
  );
}
