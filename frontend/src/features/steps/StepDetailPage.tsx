import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { ApiError, describeError } from "@/api/errors";
import { hasRole } from "@/api/types";
import { CopyButton } from "@/components/CopyButton";
import { Markdown } from "@/components/Markdown";
import { Alert, Badge, Button, buttonClasses, Card, CardHeader, Dialog, EmptyState, ErrorState, PageHeader, Skeleton, SkeletonList, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useSessionStore } from "@/session/store";

import { useDeleteStep, useStep, useStepRatings, type Step } from "./api";
import { KIND_HINT_LABELS } from "./labels";
import { RatingForm } from "./RatingForm";
import { Reviews } from "./Reviews";
import { AverageRating } from "./Stars";

export function StepDetailPage() {
  const { stepId = "" } = useParams();
  const step = useStep(stepId);
  if (step.isPending) {
    return (
      <div className="flex flex-col gap-6" role="status" aria-label="Loading the step">
        <Skeleton className="h-8 w-2/3" />
        <SkeletonList lines={3} />
      </div>
    );
  }
  if (step.isError) {
    if (step.error instanceof ApiError && step.error.status === 404) {
      return (
        <EmptyState
          title="This step does not exist"
          description="It may have been deleted, or the link is wrong."
          action={
            <Link to="/steps" className={buttonClasses("secondary")}>
              Back to the step library
            </Link>
          }
        />
      );
    }
    return <ErrorState error={step.error} title="The step could not be loaded" onRetry={() => void step.refetch()} />;
  }
  return <StepDetail step={step.data} />;
}

function StepDetail({ step }: { step: Step }) {
  const user = useSessionStore((state) => state.user);
  const ratings = useStepRatings(step.id);
  const canEdit = user !== null && hasRole(user, "engineer");
  const canDelete = user !== null && hasRole(user, "team_admin");
  const [deleting, setDeleting] = useState(false);
  const myReview = ratings.data?.find((rating) => rating.user_id === user?.id)?.review ?? "";

  return (
    <>
      <Link to="/steps" className="mb-3 inline-block text-sm text-accent-text hover:underline">
        ← Step library
      </Link>
      <PageHeader
        title={step.title}
        description={
          <span className="flex flex-wrap items-center gap-3">
            <Badge>{KIND_HINT_LABELS[step.kind_hint]}</Badge>
            <AverageRating average={step.average_rating} count={step.rating_count} />
            <span>
              Used {step.use_count} time{step.use_count === 1 ? "" : "s"}
            </span>
          </span>
        }
        actions={
          <>
            {canEdit && (
              <Link to={`/steps/${step.id}/edit`} className={buttonClasses("secondary")}>
                Edit
              </Link>
            )}
            {canDelete && (
              <Button
                variant="danger"
                onClick={() => {
                  setDeleting(true);
                }}
              >
                Delete
              </Button>
            )}
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader title="Instructions" />
            {step.body ? <Markdown source={step.body} /> : <p className="text-sm text-fg-muted">No instructions written.</p>}
          </Card>
          {step.commands.length > 0 && (
            <Card>
              <CardHeader title="Commands" />
              <ul className="flex flex-col gap-4">
                {step.commands.map((command, index) => (
                  <li key={index} className="flex flex-col gap-1.5">
                    <div className="flex items-center justify-between gap-2">
                      <span className="text-sm font-medium text-fg">
                        {command.label || `Command ${index + 1}`} <span className="font-normal text-fg-muted">({command.shell})</span>
                      </span>
                      <CopyButton text={command.text} what={command.label || `command ${index + 1}`} />
                    </div>
                    <pre className="overflow-x-auto rounded-md border border-border bg-surface-raised p-3 font-mono text-sm text-fg">
                      <code>{command.text}</code>
                    </pre>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card>
            <CardHeader title="Ratings and reviews" />
            <div className="flex flex-col gap-6">
              {canEdit &&
                (ratings.isPending ? (
                  <SkeletonList lines={2} label="Loading your rating" />
                ) : (
                  <RatingForm stepId={step.id} myRating={step.my_rating} myReview={myReview} />
                ))}
              <Reviews stepId={step.id} myId={user?.id} />
            </div>
          </Card>
        </div>
        <Card>
          <CardHeader title="Details" />
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-fg-muted">Tags</dt>
            <dd className="text-fg">{step.tags.length ? step.tags.join(", ") : "None"}</dd>
            <dt className="text-fg-muted">Created</dt>
            <dd className="text-fg">{formatDateTime(step.created_at)}</dd>
            <dt className="text-fg-muted">Updated</dt>
            <dd className="text-fg">{formatDateTime(step.updated_at)}</dd>
          </dl>
        </Card>
      </div>
      {canDelete && (
        <DeleteStepDialog
          step={step}
          open={deleting}
          onClose={() => {
            setDeleting(false);
          }}
        />
      )}
    </>
  );
}

function DeleteStepDialog({ step, open, onClose }: { step: Step; open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const remove = useDeleteStep(step.id);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Delete this step?"
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="danger"
            busy={remove.isPending}
            onClick={() => {
              remove.mutate(undefined, {
                onSuccess: () => {
                  toast.success("Step deleted", step.title);
                  void navigate("/steps");
                },
              });
            }}
          >
            Delete step
          </Button>
        </>
      }
    >
      <p>“{step.title}” and its ratings are removed from the library. Flows it was inserted into keep their copy.</p>
      {remove.isError && (
        <div className="mt-3">
          <Alert tone="danger">{describeError(remove.error).message}</Alert>
        </div>
      )}
    </Dialog>
  );
}
