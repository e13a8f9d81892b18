import { cx } from "@/components/ui";

import { flushSave, useSaveStore } from "./model/autosave";

/** Where the draft stands: saved, waiting, saving, or not saved and why (with the way out). */
export function SaveIndicator({ onResolveConflict }: { onResolveConflict: () => void }) {
  const status = useSaveStore((state) => state.status);
  const error = useSaveStore((state) => state.error);
  const link = "font-medium text-accent-text underline underline-offset-2";
  return (
    <p role="status" className={cx("flex items-center gap-2 text-sm", status === "error" || status === "conflict" ? "text-danger" : "text-fg-muted")}>
      {status === "saved" && "All changes saved"}
      {status === "pending" && "Unsaved changes"}
      {status === "saving" && "Saving…"}
      {status === "error" && (
        <>
          <span className="max-w-64 truncate" title={error ?? undefined}>
            Not saved: {error}
          </span>
          <button type="button" className={link} onClick={() => void flushSave()}>
            Retry
          </button>
        </>
      )}
      {status === "conflict" && (
        <>
          Not saved: the draft changed elsewhere
          <button type="button" className={link} onClick={onResolveConflict}>
            Resolve
          </button>
        </>
      )}
    </p>
  );
}
