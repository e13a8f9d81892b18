import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";

import { ApiError } from "@/api/errors";
import { hasRole } from "@/api/types";
import { Markdown } from "@/components/Markdown";
import { Button, buttonClasses, Card, CardHeader, EmptyState, ErrorState, PageHeader, Skeleton, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useSessionStore } from "@/session/store";

import { useCategories, useFlowInsights, useFlowVersion, useFolders, type Flow } from "./api";
import { FavouriteButton } from "./FavouriteButton";
import { FlowBadges } from "./FlowBadges";
import { GraphPreview } from "./GraphPreview";
import { InsightsPanel } from "./InsightsPanel";
import { StartSessionDialog } from "./StartSessionDialog";
import { folderPaths } from "./taxonomy";
import { VersionList } from "./VersionList";

/** The version the page shows: `?version=N` when there is one, else the latest, else the draft. */
function shownVersion(requested: string | null, latest: number): number | null {
  const number = Number(requested);
  if (Number.isInteger(number) && number >= 1 && number <= latest) return number;
  return latest > 0 ? latest : null;
}

export function FlowDetailPage() {
  const { flowId = "" } = useParams();
  const flow = useFlowVersion(flowId, null);

  if (flow.isPending) {
    return (
      <div className="flex flex-col gap-6" role="status" aria-label="Loading the flow">
        <Skeleton className="h-8 w-2/3" />
        <SkeletonList lines={4} />
      </div>
    );
  }
  if (flow.isError) {
    if (flow.error instanceof ApiError && flow.error.status === 404) {
      return (
        <EmptyState
          title="This flow does not exist"
          description="It may have been deleted, or the link is wrong."
          action={
            <Link to="/library" className={buttonClasses("secondary")}>
              Back to the library
            </Link>
          }
        />
      );
    }
    return <ErrorState error={flow.error} title="The flow could not be loaded" onRetry={() => void flow.refetch()} />;
  }
  return <FlowDetail flow={flow.data} />;
}

function FlowDetail({ flow }: { flow: Flow }) {
  const [params, setParams] = useSearchParams();
  const user = useSessionStore((state) => state.user);
  const [starting, setStarting] = useState(false);
  const version = shownVersion(params.get("version"), flow.latest_version);
  const shown = useFlowVersion(flow.id, version);
  const insights = useFlowInsights(flow.id, version);
  const categories = useCategories();
  const folders = useFolders();

  const canRun = user !== null && hasRole(user, "engineer");
  const category = categories.data?.find((item) => item.id === flow.category_id)?.name;
  const folder = flow.folder_id ? folderPaths(folders.data ?? []).get(flow.folder_id) : undefined;
  const runnable = flow.latest_version > 0 && flow.status !== "archived";

  return (
    <>
      <Link to="/library" className="mb-3 inline-block text-sm text-accent-text hover:underline">
        ← Library
      </Link>
      <PageHeader
        title={flow.title}
        description={<FlowBadges flow={flow} />}
        actions={
          <>
            <FavouriteButton flowId={flow.id} title={flow.title} favourite={flow.favourite} />
            {canRun && (
              <Link to={`/flows/${flow.id}/edit`} className={buttonClasses("secondary")}>
                Edit
              </Link>
            )}
            {canRun && (
              <Button
                disabled={!runnable}
                title={runnable ? undefined : flow.status === "archived" ? "Archived flows are not run" : "Publish a version first"}
                onClick={() => {
                  setStarting(true);
                }}
              >
                Start session
              </Button>
            )}
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CardHeader title="About" />
          {flow.description ? <Markdown source={flow.description} /> : <p className="text-sm text-fg-muted">No description yet.</p>}
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader title="Versions" />
            <VersionList
              flowId={flow.id}
              shown={version}
              onShow={(number) => {
                setParams(number === flow.latest_version ? {} : { version: String(number) });
              }}
            />
          </Card>
          <Card>
            <CardHeader title="Details" />
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-fg-muted">Category</dt>
              <dd className="text-fg">{category ?? "None"}</dd>
              <dt className="text-fg-muted">Folder</dt>
              <dd className="text-fg">{folder ?? "None"}</dd>
              <dt className="text-fg-muted">Tags</dt>
              <dd className="text-fg">{flow.tags.length ? flow.tags.join(", ") : "None"}</dd>
              <dt className="text-fg-muted">Updated</dt>
              <dd className="text-fg">{formatDateTime(flow.updated_at)}</dd>
            </dl>
          </Card>
        </div>
      </div>
      <Card className="mt-6">
        <CardHeader
          title="Graph"
          description={version === null ? "The draft: nothing is published yet." : `Version ${version}${version < flow.latest_version ? ` (the latest is ${flow.latest_version})` : ""}`}
        />
        {shown.isError ? (
          <ErrorState error={shown.error} title="The graph could not be loaded" onRetry={() => void shown.refetch()} />
        ) : shown.data ? (
          <GraphPreview graph={shown.data.graph} insights={insights.data?.nodes} />
        ) : (
          <SkeletonList lines={4} label="Loading the graph" />
        )}
      </Card>
      <Card className="mt-6">
        <CardHeader title="Insights" description="From the sessions run on this version." />
        <InsightsPanel flowId={flow.id} version={version} />
      </Card>
      {canRun && runnable && (
        <StartSessionDialog
          open={starting}
          onClose={() => {
            setStarting(false);
          }}
          flowId={flow.id}
          flowTitle={flow.title}
          version={flow.latest_version}
        />
      )}
    </>
  );
}
