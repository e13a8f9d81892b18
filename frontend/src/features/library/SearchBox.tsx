import { useId, useState, type KeyboardEvent } from "react";
import { useNavigate } from "react-router";

import { Button, cx, Input, Spinner } from "@/components/ui";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useSearch, type SearchHit } from "./api";
import { hitPath } from "./search-text";
import { HitTypeLabel, MatchReasons, Snippet } from "./SearchHitParts";

export const TYPE_AHEAD_DELAY_MS = 250;
const MIN_QUERY_LENGTH = 2;
const SUGGESTIONS = 8;

interface SearchBoxProps {
  /** The query the page shows results for (from the URL). */
  query: string;
  /** Enter without a chosen suggestion, or the Search button: show every result for `query`. */
  onSubmit: (query: string) => void;
}

/**
 * The library's search: suggestions appear while typing (after a pause), ↑/↓ move through them,
 * Enter opens the highlighted one (or searches), Escape closes the list. An ARIA combobox.
 */
export function SearchBox({ query, onSubmit }: SearchBoxProps) {
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const [open, setOpen] = useState(false);
  if (shownQuery !== query) {
    // the page's query changed (back button, a link): the box follows
    setShownQuery(query);
    setText(query);
  }

  const typed = useDebouncedValue(text.trim(), TYPE_AHEAD_DELAY_MS);
  const search = useSearch(typed.length >= MIN_QUERY_LENGTH ? typed : "", null, SUGGESTIONS);
  const suggestions = typed.length >= MIN_QUERY_LENGTH ? (search.data ?? []) : [];
  const expanded = open && suggestions.length > 0;

  // The highlighted suggestion belongs to one answer; new suggestions start with none.
  const [highlight, setHighlight] = useState<{ index: number; among: SearchHit[] | undefined }>({ index: -1, among: undefined });
  const active = highlight.among === search.data ? highlight.index : -1;
  const setActive = (index: number) => {
    setHighlight({ index, among: search.data });
  };

  const pick = (hit: SearchHit) => {
    setOpen(false);
    void navigate(hitPath(hit));
  };

  const submit = () => {
    setOpen(false);
    onSubmit(text.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!suggestions.length) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      const count = suggestions.length;
      setActive(expanded && active >= 0 ? (active + step + count) % count : step > 0 ? 0 : count - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = expanded ? suggestions[active] : undefined;
      if (hit) pick(hit);
      else submit();
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <form
      role="search"
      className="relative flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="relative flex-1">
        <label htmlFor={`${listId}-input`} className="sr-only">
          Search flows and steps
        </label>
        <Input
          id={`${listId}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder="Search flows and steps, e.g. outlook password prompt"
          value={text}
          maxLength={200}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
          className="pr-9"
        />
        {search.isFetching && typed.length >= MIN_QUERY_LENGTH && (
          <Spinner label="Searching" className="absolute top-3 right-3 text-fg-muted" />
        )}
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-[28rem] overflow-y-auto rounded-md border border-border bg-surface p-1 shadow-xl"
        >
          {suggestions.map((hit, index) => (
            <li
              key={`${hit.type}-${hit.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input keeps its focus and the list stays until the pick
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => {
                setActive(index);
              }}
              className={cx("cursor-pointer rounded px-3 py-2", index === active && "bg-surface-raised ring-1 ring-accent")}
            >
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-fg">{hit.title}</span>
                <HitTypeLabel hit={hit} />
                <MatchReasons hit={hit} />
              </div>
              <Snippet snippet={hit.snippet} className="mt-0.5 line-clamp-2 text-sm text-fg-muted" />
            </li>
          ))}
        </ul>
      </div>
      <Button type="submit">Search</Button>
    </form>
  );
}
