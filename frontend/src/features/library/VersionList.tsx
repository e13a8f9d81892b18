import { cx, EmptyState, ErrorState, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useFlowVersions } from "./api";

interface VersionListProps {
  flowId: string;
  /** The version the page shows (null: the draft). */
  shown: number | null;
  onShow: (version: number) => void;
}

/** Published versions, newest first; choosing one shows its graph and insights. */
export function VersionList({ flowId, shown, onShow }: VersionListProps) {
  const versions = useFlowVersions(flowId);
  if (versions.isPending) return <SkeletonList lines={2} label="Loading versions" />;
  if (versions.isError) return <ErrorState error={versions.error} title="The versions could not be loaded" onRetry={() => void versions.refetch()} />;
  if (versions.data.length === 0) return <EmptyState title="Not published yet" description="Only the draft exists." />;
  const newestFirst = [...versions.data].sort((a, b) => b.number - a.number);
  return (
    <ol className="flex flex-col gap-1">
      {newestFirst.map((version) => {
        const current = version.number === shown;
        return (
          <li key={version.number}>
            <button
              type="button"
              aria-current={current || undefined}
              onClick={() => {
                onShow(version.number);
              }}
              className={cx(
                "flex w-full flex-col items-start rounded-md px-3 py-2 text-left text-sm",
                current ? "bg-accent-soft text-accent-text" : "text-fg hover:bg-surface-raised",
              )}
            >
              <span className="font-medium">
                Version {version.number}
                {version.number === newestFirst[0]?.number && " (latest)"}
              </span>
              <span className={cx("text-xs", current ? "text-accent-text" : "text-fg-muted")}>{formatDateTime(version.published_at)}</span>
              {version.change_note && <span className="mt-0.5 text-xs text-fg">{version.change_note}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
