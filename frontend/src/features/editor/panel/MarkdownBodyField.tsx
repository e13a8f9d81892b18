import { lazy, Suspense, useId, useState } from "react";

import { cx, Spinner } from "@/components/ui";

import { LIMITS } from "../model/graph";
import { CommittedField } from "./CommittedField";

// The renderer (marked + DOMPurify) loads with the first preview, not with the editor.
const Markdown = lazy(() => import("@/components/Markdown").then((module) => ({ default: module.Markdown })));

/** The node's Markdown body, written or previewed as the runner will show it. */
export function MarkdownBodyField({ value, onCommit }: { value: string; onCommit: (value: string) => void }) {
  const [preview, setPreview] = useState(false);
  const previewId = useId();
  const tab = (active: boolean) =>
    cx("rounded px-2 py-0.5 text-xs font-medium", active ? "bg-accent-soft text-accent-text" : "text-fg-muted hover:text-fg");
  return (
    <div className="flex flex-col gap-1.5">
      <div role="group" aria-label="Body view" className="flex justify-end gap-1">
        <button type="button" className={tab(!preview)} aria-pressed={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" className={tab(preview)} aria-pressed={preview} aria-controls={previewId} onClick={() => setPreview(true)}>
          Preview
        </button>
      </div>
      {preview ? (
        <div id={previewId} aria-label="Body preview" className="min-h-24 rounded-md border border-border bg-canvas p-3">
          {value.trim() ? (
            <Suspense fallback={<Spinner label="Loading the preview" />}>
              <Markdown source={value} />
            </Suspense>
          ) : (
            <p className="text-sm text-fg-muted">Nothing written yet.</p>
          )}
        </div>
      ) : (
        <CommittedField
          label="Body"
          hint="Markdown. {{variable}} inserts a value captured by an input step."
          value={value}
          onCommit={onCommit}
          multiline
          rows={6}
          maxLength={LIMITS.body}
        />
      )}
    </div>
  );
}
