import type { ReactNode } from "react";
import { Link } from "react-router";

import { Badge, Button, cx } from "@/components/ui";

import type { FlowOut } from "./api";
import { BackIcon, FitIcon, LayoutDownIcon, LayoutRightIcon, RedoIcon, UndoIcon } from "./icons";
import type { LayoutDirection } from "./model/store";
import { redo, undo, useHistoryState } from "./model/store";
import { SaveIndicator } from "./SaveIndicator";

export type EditorView = "canvas" | "list";

function ToolButton({ label, shortcut, onClick, disabled, children }: { label: string; shortcut?: string; onClick: () => void; disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      disabled={disabled}
      className="inline-flex size-8 items-center justify-center rounded-md text-fg hover:bg-surface-raised disabled:cursor-not-allowed disabled:opacity-40"
    >
      {children}
    </button>
  );
}

interface EditorToolbarProps {
  flow: FlowOut;
  view: EditorView;
  onViewChange: ((view: EditorView) => void) | null;
  onLayout: (direction: LayoutDirection) => void;
  onFit: () => void;
  onPublish: () => void;
  onResolveConflict: () => void;
}

/** The editor's top bar: the flow, where saving stands, history, layout, and publishing. */
export function EditorToolbar({ flow, view, onViewChange, onLayout, onFit, onPublish, onResolveConflict }: EditorToolbarProps) {
  const { canUndo, canRedo } = useHistoryState();
  const viewTab = (value: EditorView, label: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => onViewChange?.(value)}
      className={cx("rounded px-2.5 py-1 text-sm font-medium", view === value ? "bg-accent-soft text-accent-text" : "text-fg-muted hover:text-fg")}
    >
      {label}
    </button>
  );
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-border bg-surface px-3 py-2">
      <Link to={`/flows/${flow.id}`} className="inline-flex size-8 items-center justify-center rounded-md text-fg hover:bg-surface-raised" aria-label="Back to the flow" title="Back to the flow">
        <BackIcon />
      </Link>
      <div className="flex min-w-0 items-center gap-2">
        <h1 className="truncate text-base font-semibold text-fg" title={flow.title}>
          {flow.title}
        </h1>
        <Badge>{flow.kind}</Badge>
      </div>
      <SaveIndicator onResolveConflict={onResolveConflict} />
      <div className="ml-auto flex items-center gap-1">
        <ToolButton label="Undo" shortcut="Control+Z" onClick={undo} disabled={!canUndo}>
          <UndoIcon />
        </ToolButton>
        <ToolButton label="Redo" shortcut="Control+Shift+Z" onClick={redo} disabled={!canRedo}>
          <RedoIcon />
        </ToolButton>
        <span aria-hidden="true" className="mx-1 h-5 w-px bg-border" />
        {view === "canvas" && (
          <>
            <ToolButton label="Layout top to bottom" onClick={() => onLayout("TB")}>
              <LayoutDownIcon />
            </ToolButton>
            <ToolButton label="Layout left to right" onClick={() => onLayout("LR")}>
              <LayoutRightIcon />
            </ToolButton>
            <ToolButton label="Zoom to fit" onClick={onFit}>
              <FitIcon />
            </ToolButton>
          </>
        )}
        {onViewChange && (
          <div role="group" aria-label="View" className="ml-1 flex rounded-md border border-border p-0.5">
            {viewTab("canvas", "Canvas")}
            {viewTab("list", "List")}
          </div>
        )}
        <Button size="sm" className="ml-2" onClick={onPublish}>
          Publish…
        </Button>
      </div>
    </div>
  );
}
