import { Link } from "react-router";

import { Button, cx, EmptyState, ErrorState, SkeletonList } from "@/components/ui";

import { useSearch, type HitType } from "./api";
import { hitPath } from "./search-text";
import { HitTypeLabel, MatchReasons, Snippet } from "./SearchHitParts";

const RESULTS = 20;
const TYPES: { value: HitType | null; label: string }[] = [
  { value: null, label: "Everything" },
  { value: "flow", label: "Flows" },
  { value: "step", label: "Steps" },
];

interface SearchResultsProps {
  query: string;
  type: HitType | null;
  onTypeChange: (type: HitType | null) => void;
  onClear: () => void;
}

/** Every hit for the submitted query, best first, with why it matched. */
export function SearchResults({ query, type, onTypeChange, onClear }: SearchResultsProps) {
  const search = useSearch(query, type, RESULTS);
  const hits = search.data ?? [];

  let content;
  if (search.isPending) {
    content = <SkeletonList lines={5} label="Searching" />;
  } else if (search.isError) {
    content = <ErrorState error={search.error} title="The search failed" onRetry={() => void search.refetch()} />;
  } else if (hits.length === 0) {
    content = (
      <EmptyState
        title={`Nothing matches “${query}”`}
        description="Try other words, fewer words, or a tag such as “vpn”. Quotes search for a phrase, -word leaves a word out."
      />
    );
  } else {
    content = (
      <ol aria-label="Results" className="flex flex-col gap-3">
        {hits.map((hit) => (
          <li key={`${hit.type}-${hit.id}`} className="rounded-lg border border-border bg-surface p-4 focus-within:border-accent">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-base font-semibold">
                <Link to={hitPath(hit)} className="text-fg hover:text-accent-text hover:underline">
                  {hit.title}
                </Link>
              </h2>
              <HitTypeLabel hit={hit} />
              {hit.type === "flow" && <span className="text-xs text-fg-muted">{hit.version ? `Version ${hit.version}` : "Draft"}</span>}
            </div>
            <Snippet snippet={hit.snippet} className="mt-1.5 text-sm text-fg-muted" />
            <div className="mt-1.5">
              <MatchReasons hit={hit} />
            </div>
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-label="Search results" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Show" className="inline-flex rounded-md border border-control-border p-0.5">
          {TYPES.map((option) => (
            <button
              key={option.label}
              type="button"
              aria-pressed={type === option.value}
              onClick={() => {
                onTypeChange(option.value);
              }}
              className={cx(
                "rounded px-3 py-1.5 text-sm font-medium",
                type === option.value ? "bg-accent text-accent-fg" : "text-fg hover:bg-surface-raised",
              )}
            >
              {option.label}
            </button>
          ))}
        </div>
        <Button variant="ghost" onClick={onClear}>
          Clear search and browse
        </Button>
      </div>
      <div aria-live="polite" className="sr-only">
        {search.isSuccess && `${hits.length} results`}
      </div>
      {content}
    </section>
  );
}
