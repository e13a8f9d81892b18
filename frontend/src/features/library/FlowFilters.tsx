import { useId, type ReactNode } from "react";

import { Button, cx, Select } from "@/components/ui";
import { FLOW_KIND_LABELS, type FlowKind, type FlowListFilters } from "@/lib/flows";

import { useCategories, useFolders, useTags } from "./api";
import { folderPaths } from "./taxonomy";

const KINDS = Object.keys(FLOW_KIND_LABELS) as FlowKind[];

function FilterSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-40 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      <Select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {children}
      </Select>
    </div>
  );
}

interface FlowFiltersProps {
  filters: FlowListFilters;
  onChange: (filters: FlowListFilters) => void;
}

/** Kind, category, folder, tag and "favourites only" for the flow list. */
export function FlowFilters({ filters, onChange }: FlowFiltersProps) {
  const categories = useCategories();
  const folders = useFolders();
  const tags = useTags();
  const paths = folderPaths(folders.data ?? []);
  const sortedFolders = [...paths.entries()].sort(([, a], [, b]) => a.localeCompare(b));
  const set = (change: FlowListFilters) => {
    onChange({ ...filters, ...change });
  };
  const active = Object.values(filters).some(Boolean);

  return (
    <div className="flex flex-wrap items-end gap-3" aria-label="Filters" role="group">
      <FilterSelect label="Kind" value={filters.kind ?? ""} onChange={(kind) => set({ kind: (kind || undefined) as FlowKind | undefined })}>
        <option value="">All kinds</option>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {FLOW_KIND_LABELS[kind]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Category" value={filters.category_id ?? ""} onChange={(id) => set({ category_id: id || undefined })}>
        <option value="">All categories</option>
        {categories.data?.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name} ({category.flow_count})
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Folder" value={filters.folder_id ?? ""} onChange={(id) => set({ folder_id: id || undefined })}>
        <option value="">All folders</option>
        {sortedFolders.map(([id, path]) => (
          <option key={id} value={id}>
            {path}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Tag" value={filters.tag ?? ""} onChange={(tag) => set({ tag: tag || undefined })}>
        <option value="">All tags</option>
        {tags.data?.map((tag) => (
          <option key={tag.tag} value={tag.tag}>
            {tag.tag} ({tag.flow_count})
          </option>
        ))}
      </FilterSelect>
      <button
        type="button"
        aria-pressed={Boolean(filters.favourite)}
        onClick={() => {
          set({ favourite: filters.favourite ? undefined : true });
        }}
        className={cx(
          "h-10 rounded-md border px-3 text-sm font-medium",
          filters.favourite ? "border-accent bg-accent-soft text-accent-text" : "border-control-border text-fg hover:bg-surface-raised",
        )}
      >
        Favourites only
      </button>
      {active && (
        <Button
          variant="ghost"
          onClick={() => {
            onChange({});
          }}
        >
          Clear filters
        </Button>
      )}
    </div>
  );
}
