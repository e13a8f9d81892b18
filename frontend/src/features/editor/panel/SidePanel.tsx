import { useId } from "react";

import { Button, cx } from "@/components/ui";

import { flushSave, hasUnsavedChanges, useSaveStore, validate } from "../model/autosave";
import { copySelection, deleteSelection, duplicateSelection, useEditorStore } from "../model/store";
import { SHORTCUTS } from "../useEditorShortcuts";
import { VersionsPanel, type Comparison } from "../versions/VersionsPanel";
import { NodeInspector } from "./NodeInspector";
import { ProblemsList } from "./ProblemsList";

export type PanelTab = "node" | "problems" | "versions";

function NothingSelected() {
  return (
    <div className="flex flex-col gap-4 text-sm">
      <p className="text-fg-muted">Select a node to edit it. Drag a kind from the palette onto the canvas to add one, and drag from a handle to connect.</p>
      <table className="w-full text-left">
        <caption className="mb-2 text-left font-medium text-fg">Keyboard</caption>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys} className="border-t border-border">
              <th scope="row" className="py-1.5 pr-2 font-mono text-xs font-normal whitespace-nowrap text-fg">
                {shortcut.keys}
              </th>
              <td className="py-1.5 text-fg-muted">{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ManySelected({ count }: { count: number }) {
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-semibold text-fg">{count} nodes selected</h2>
      <p className="text-sm text-fg-muted">Drag one of them to move them together.</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={duplicateSelection}>
          Duplicate
        </Button>
        <Button variant="secondary" size="sm" onClick={() => copySelection()}>
          Copy
        </Button>
        <Button variant="danger" size="sm" onClick={deleteSelection}>
          Delete
        </Button>
      </div>
    </div>
  );
}

function SelectionTab({ withSections }: { withSections: boolean }) {
  const graph = useEditorStore((state) => state.graph);
  const selected = useEditorStore((state) => state.selectedNodes);
  const nodes = graph.nodes.filter((node) => selected.includes(node.id));
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only) return <NodeInspector key={only.id} node={only} graph={graph} withSections={withSections} />;
  if (nodes.length > 1) return <ManySelected count={nodes.length} />;
  return <NothingSelected />;
}

interface SidePanelProps {
  flowId: string;
  tab: PanelTab;
  onTabChange: (tab: PanelTab) => void;
  withSections: boolean;
  titleOf: (nodeId: string) => string | undefined;
  onShowNode: (nodeId: string) => void;
  onCompare: (comparison: Comparison) => void;
}

/** The right-hand panel: the selected node, the draft's problems, the versions. */
export function SidePanel({ flowId, tab, onTabChange, withSections, titleOf, onShowNode, onCompare }: SidePanelProps) {
  const report = useSaveStore((state) => state.validation);
  const checking = useSaveStore((state) => state.validating);
  const baseId = useId();
  const errors = report?.errors?.length ?? 0;
  const warnings = report?.warnings?.length ?? 0;
  const tabs: { id: PanelTab; label: string }[] = [
    { id: "node", label: "Node" },
    { id: "problems", label: errors + warnings > 0 ? `Problems (${errors + warnings})` : "Problems" },
    { id: "versions", label: "Versions" },
  ];
  return (
    <aside aria-label="Editor panel" className="flex w-80 shrink-0 flex-col border-l border-border bg-surface 2xl:w-96">
      <div role="tablist" aria-label="Panel" className="flex gap-1 border-b border-border px-2 pt-2">
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`${baseId}-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`${baseId}-panel`}
            onClick={() => onTabChange(item.id)}
            className={cx(
              "-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium",
              tab === item.id ? "border-accent text-accent-text" : "border-transparent text-fg-muted hover:text-fg",
              item.id === "problems" && errors > 0 && tab !== item.id && "text-danger",
            )}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-${tab}`} className="min-h-0 flex-1 overflow-x-hidden overflow-y-auto p-4">
        {tab === "node" && <SelectionTab withSections={withSections} />}
        {tab === "problems" && (
          <div className="flex flex-col gap-3">
            <ProblemsList report={report} titleOf={titleOf} onShowNode={onShowNode} checking={checking} />
            <Button variant="secondary" size="sm" className="self-start" busy={checking} onClick={() => void (hasUnsavedChanges() ? flushSave() : validate())}>
              Check again
            </Button>
          </div>
        )}
        {tab === "versions" && <VersionsPanel flowId={flowId} onCompare={onCompare} />}
      </div>
    </aside>
  );
}
