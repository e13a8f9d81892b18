import { KIND_DESCRIPTIONS, KIND_LABELS, NODE_KINDS, type NodeKind } from "../model/graph";
import { KindIcon } from "./KindIcon";
import { PALETTE_MIME } from "./palette-drag";

/**
 * Node kinds to drag onto the canvas; Enter or a click adds one in the middle of the view
 * (keyboard and touch). The step library adds a step from the team's library.
 */
export function Palette({ onAdd, onOpenStepLibrary }: { onAdd: (kind: NodeKind) => void; onOpenStepLibrary: () => void }) {
  return (
    <div role="group" aria-label="Add a node" className="flex flex-wrap items-center gap-1 border-b border-border bg-surface px-3 py-1.5">
      <p className="pr-1 text-xs font-semibold text-fg-muted uppercase">Add</p>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable
          onDragStart={(event) => {
            event.dataTransfer.setData(PALETTE_MIME, kind);
            event.dataTransfer.effectAllowed = "copy";
          }}
          onClick={() => onAdd(kind)}
          title={`${KIND_DESCRIPTIONS[kind]}. Drag onto the canvas, or press to add in the middle.`}
          className="flex cursor-grab items-center gap-1.5 rounded-md border border-border px-2 py-1 text-sm text-fg hover:bg-surface-raised active:cursor-grabbing"
        >
          <KindIcon kind={kind} />
          {KIND_LABELS[kind]}
        </button>
      ))}
      <button
        type="button"
        onClick={onOpenStepLibrary}
        className="ml-auto rounded-md border border-control-border px-2 py-1 text-sm text-fg hover:bg-surface-raised"
      >
        From step library…
      </button>
    </div>
  );
}
