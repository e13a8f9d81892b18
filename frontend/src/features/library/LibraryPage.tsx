import { Link, useSearchParams } from "react-router";

import { hasRole } from "@/api/types";
import { Button, buttonClasses, EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { FLOW_KIND_LABELS, type FlowKind, type FlowListFilters } from "@/lib/flows";
import { useSessionStore } from "@/session/store";

import { useCategories, useFlowList, useFolders, type HitType } from "./api";
import { BuildWithAiButton } from "./BuildWithAiDialog";
import { FlowCard } from "./FlowCard";
import { FlowFilters } from "./FlowFilters";
import { SearchBox } from "./SearchBox";
import { SearchResults } from "./SearchResults";
import { folderPaths } from "./taxonomy";

// The page's state lives in the URL (?q=, ?type=, ?kind=, ?category=, ?folder=, ?tag=, ?favourites=1),
// so results can be linked to, and Back returns to them.
function filtersFrom(params: URLSearchParams): FlowListFilters {
  const kind = params.get("kind");
  return {
    kind: kind && kind in FLOW_KIND_LABELS ? (kind as FlowKind) : undefined,
    category_id: params.get("category") ?? undefined,
    folder_id: params.get("folder") ?? undefined,
    tag: params.get("tag") ?? undefined,
    favourite: params.get("favourites") === "1" || undefined,
  };
}

function paramsFrom(filters: FlowListFilters): Record<string, string> {
  const entries: [string, string | undefined][] = [
    ["kind", filters.kind],
    ["category", filters.category_id],
    ["folder", filters.folder_id],
    ["tag", filters.tag],
    ["favourites", filters.favourite ? "1" : undefined],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export function LibraryPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get("q")?.trim() ?? "";
  const type = params.get("type");
  const hitType: HitType | null = type === "flow" || type === "step" ? type : null;
  const user = useSessionStore((state) => state.user);

  return (
    <>
      <PageHeader
        title="Library"
        description="Every flow of your team. Search, filter, and open one to start a session."
        actions={
          user && hasRole(user, "engineer") ? (
            <>
              <BuildWithAiButton />
              <Link to="/flows/new" className={buttonClasses()}>
                New flow
              </Link>
            </>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        <SearchBox
          query={query}
          onSubmit={(q) => {
            setParams(q ? { q, ...(hitType ? { type: hitType } : {}) } : {});
          }}
        />
        {query ? (
          <SearchResults
            query={query}
            type={hitType}
            onTypeChange={(next) => {
              setParams(next ? { q: query, type: next } : { q: query });
            }}
            onClear={() => {
              setParams({});
            }}
          />
        ) : (
          <FlowBrowser
            filters={filtersFrom(params)}
            onChange={(filters) => {
              setParams(paramsFrom(filters));
            }}
          />
        )}
      </div>
    </>
  );
}

function FlowBrowser({ filters, onChange }: { filters: FlowListFilters; onChange: (filters: FlowListFilters) => void }) {
  const flows = useFlowList(filters);
  const categories = useCategories();
  const folders = useFolders();
  const categoryNames = new Map(categories.data?.map((category) => [category.id, category.name]));
  const paths = folderPaths(folders.data ?? []);
  const items = flows.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);

  let content;
  if (flows.isPending) {
    content = <SkeletonList lines={6} label="Loading flows" />;
  } else if (flows.isError) {
    content = <ErrorState error={flows.error} title="The flows could not be loaded" onRetry={() => void flows.refetch()} />;
  } else if (items.length === 0) {
    content = filters.favourite ? (
      <EmptyState title="No favourites yet" description="Star a flow to keep it at hand here and on your dashboard." />
    ) : (
      <EmptyState
        title={filtered ? "No flows match these filters" : "No flows yet"}
        description={filtered ? "Try fewer filters." : "Flows your team creates or imports appear here."}
        action={
          filtered && (
            <Button
              variant="secondary"
              onClick={() => {
                onChange({});
              }}
            >
              Clear filters
            </Button>
          )
        }
      />
    );
  } else {
    content = (
      <>
        <ul aria-label="Flows" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {items.map((flow) => (
            <li key={flow.id} className="flex">
              <FlowCard
                flow={flow}
                category={flow.category_id ? categoryNames.get(flow.category_id) : undefined}
                folder={flow.folder_id ? paths.get(flow.folder_id) : undefined}
              />
            </li>
          ))}
        </ul>
        {flows.hasNextPage && (
          <div className="flex justify-center">
            <Button variant="secondary" busy={flows.isFetchingNextPage} onClick={() => void flows.fetchNextPage()}>
              Show more flows
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <section aria-label="Browse flows" className="flex flex-col gap-4">
      <FlowFilters filters={filters} onChange={onChange} />
      {content}
    </section>
  );
}
