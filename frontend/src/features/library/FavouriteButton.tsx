import { cx, toast } from "@/components/ui";
import { describeError } from "@/api/errors";

import { useToggleFavourite } from "./api";

/** A star that adds the flow to the user's favourites or removes it (a toggle button). */
export function FavouriteButton({ flowId, title, favourite }: { flowId: string; title: string; favourite: boolean }) {
  const toggle = useToggleFavourite();
  const label = favourite ? `Remove ${title} from favourites` : `Add ${title} to favourites`;
  return (
    <button
      type="button"
      aria-pressed={favourite}
      aria-label={label}
      title={favourite ? "Remove from favourites" : "Add to favourites"}
      onClick={() => {
        toggle.mutate(
          { flowId, favourite: !favourite },
          { onError: (error) => toast.error("Favourites were not changed", describeError(error).message) },
        );
      }}
      className={cx(
        "shrink-0 rounded-md p-1.5 hover:bg-surface-raised",
        favourite ? "text-warning" : "text-fg-muted hover:text-fg",
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill={favourite ? "currentColor" : "none"} stroke="currentColor" strokeWidth={1.8} strokeLinejoin="round">
        <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9L12 3z" />
      </svg>
    </button>
  );
}
