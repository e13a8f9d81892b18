import { useEffect, useId, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";

import { hasRole } from "@/api/types";
import { Badge, Button, buttonClasses, EmptyState, ErrorState, Input, PageHeader, Select, SkeletonList } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { useStepList, type StepKind, type StepListFilters, type StepSort, type StepSummary } from "./api";
import { KIND_HINT_LABELS, SORT_LABELS } from "./labels";
import { AverageRating } from "./Stars";

const SEARCH_DELAY_MS = 300;

// ?q=, ?tag=, ?kind=, ?sort= in the URL: a list can be linked to, and Back returns to it.
function filtersFrom(params: URLSearchParams): StepListFilters {
  const sort = params.get("sort");
  const kind = params.get("kind");
  return {
    q: params.get("q") ?? undefined,
    tag: params.get("tag") ?? undefined,
    kind_hint: kind && kind in KIND_HINT_LABELS ? (kind as StepKind) : undefined,
    sort: sort && sort in SORT_LABELS ? (sort as StepSort) : "rating",
  };
}

export function StepLibraryPage() {
  const [params, setParams] = useSearchParams();
  const user = useSessionStore((state) => state.user);
  const filters = filtersFrom(params);
  const update = (change: Partial<Record<"q" | "tag" | "kind" | "sort", string | undefined>>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(change)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: "q" in change },
    );
  };

  return (
    <>
      <PageHeader
        title="Step library"
        description="Reusable steps for your flows, rated by the people who use them."
        actions={
          user && hasRole(user, "engineer") ? (
            <Link to="/steps/new" className={buttonClasses()}>
              New step
            </Link>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-4">
        <StepControls filters={filters} onChange={update} />
        {filters.tag && (
          <p className="flex items-center gap-2 text-sm text-fg-muted">
            Tagged <Badge tone="accent">{filters.tag}</Badge>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                update({ tag: undefined });
              }}
            >
              Show all tags
            </Button>
          </p>
        )}
        <StepList filters={filters} onTag={(tag) => { update({ tag }); }} />
      </div>
    </>
  );
}

interface StepControlsProps {
  filters: StepListFilters;
  onChange: (change: Partial<Record<"q" | "kind" | "sort", string | undefined>>) => void;
}

/** Search by title (as you type), kind and order. */
function StepControls({ filters, onChange }: StepControlsProps) {
  const ids = useId();
  const query = filters.q ?? "";
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  if (query !== shownQuery) {
    // the URL changed (Back, a link): the field follows
    setShownQuery(query);
    setText(query);
  }
  // The list follows the field once typing pauses.
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => { clearTimeout(pending.current); }, []);
  const type = (value: string) => {
    setText(value);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      onChange({ q: value.trim() || undefined });
    }, SEARCH_DELAY_MS);
  };

  return (
    <div role="group" aria-label="Search and order" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-60 flex-[2] flex-col gap-1">
        <label htmlFor={`${ids}-q`} className="text-xs font-medium text-fg-muted">
          Search titles
        </label>
        <Input
          id={`${ids}-q`}
          type="search"
          placeholder="e.g. spooler"
          maxLength={200}
          value={text}
          onChange={(event) => {
            type(event.target.value);
          }}
        />
      </div>
      <div className="flex min-w-40 flex-1 flex-col gap-1">
        <label htmlFor={`${ids}-kind`} className="text-xs font-medium text-fg-muted">
          Kind
        </label>
        <Select id={`${ids}-kind`} value={filters.kind_hint ?? ""} onChange={(event) => { onChange({ kind: event.target.value || undefined }); }}>
          <option value="">All kinds</option>
          {Object.entries(KIND_HINT_LABELS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex min-w-40 flex-1 flex-col gap-1">
        <label htmlFor={`${ids}-sort`} className="text-xs font-medium text-fg-muted">
          Order
        </label>
        <Select id={`${ids}-sort`} value={filters.sort} onChange={(event) => { onChange({ sort: event.target.value }); }}>
          {Object.entries(SORT_LABELS).map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}

function StepList({ filters, onTag }: { filters: StepListFilters; onTag: (tag: string) => void }) {
  const steps = useStepList(filters);
  if (steps.isPending) return <SkeletonList lines={6} label="Loading steps" />;
  if (steps.isError) return <ErrorState error={steps.error} title="The steps could not be loaded" onRetry={() => void steps.refetch()} />;
  const items = steps.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    const filtered = Boolean(filters.q || filters.tag || filters.kind_hint);
    return (
      <EmptyState
        title={filtered ? "No steps match" : "No steps yet"}
        description={filtered ? "Try another word, kind or tag." : "Steps you and your team write can be inserted into any flow."}
      />
    );
  }
  return (
    <>
      <ul aria-label="Steps" className="flex flex-col gap-3">
        {items.map((step) => (
          <StepRow key={step.id} step={step} onTag={onTag} />
        ))}
      </ul>
      {steps.hasNextPage && (
        <div className="flex justify-center">
          <Button variant="secondary" busy={steps.isFetchingNextPage} onClick={() => void steps.fetchNextPage()}>
            Show more steps
          </Button>
        </div>
      )}
    </>
  );
}

function StepRow({ step, onTag }: { step: StepSummary; onTag: (tag: string) => void }) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4 focus-within:border-accent sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-base font-semibold">
            <Link to={`/steps/${step.id}`} className="text-fg hover:text-accent-text hover:underline">
              {step.title}
            </Link>
          </h2>
          <Badge>{KIND_HINT_LABELS[step.kind_hint]}</Badge>
        </div>
        {step.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-1">
            {step.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  onClick={() => {
                    onTag(tag);
                  }}
                  className="rounded-full border border-border px-2 py-0.5 text-xs text-fg-muted hover:border-accent hover:text-fg"
                  aria-label={`Only steps tagged ${tag}`}
                >
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex shrink-0 flex-col gap-1 sm:items-end">
        <AverageRating average={step.average_rating} count={step.rating_count} />
        <span className="text-xs text-fg-muted">
          Used {step.use_count} time{step.use_count === 1 ? "" : "s"}
          {step.my_rating !== null && ` · you rated it ${step.my_rating}`}
        </span>
      </div>
    </li>
  );
}
