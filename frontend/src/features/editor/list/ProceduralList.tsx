import { Button, cx } from "@/components/ui";

import { KindIcon } from "../canvas/KindIcon";
import { moveWithinSection, renameSection, setSectionSequential, updateNode as patchNode } from "../model/edits";
import { KIND_LABELS, LIMITS, TERMINAL_KINDS, type EditorGraph, type EditorNode } from "../model/graph";
import type { NodeProblems } from "../model/problems";
import { addSectionStep, applyEdit, select } from "../model/store";
import { CommittedField } from "../panel/CommittedField";
import { IconButton } from "../panel/IconButton";

interface Section {
  name: string | null;
  nodes: EditorNode[];
}

/** Sections in the order of their first node, as the checklist shows them (sessions/checklist.py). */
function sectionsOf(graph: EditorGraph): Section[] {
  const sections = new Map<string | null, EditorNode[]>();
  for (const node of graph.nodes) sections.set(node.section, [...(sections.get(node.section) ?? []), node]);
  return [...sections].map(([name, nodes]) => ({ name, nodes }));
}

function freeSectionName(graph: EditorGraph): string {
  const taken = new Set(graph.nodes.map((node) => node.section));
  for (let n = 1; ; n += 1) if (!taken.has(`Section ${n}`)) return `Section ${n}`;
}

function StepRow({ node, graph, selected, problems, first, last, sectionNames }: {
  node: EditorNode;
  graph: EditorGraph;
  selected: boolean;
  problems: NodeProblems | undefined;
  first: boolean;
  last: boolean;
  sectionNames: string[];
}) {
  const errors = problems?.errors.length ?? 0;
  const warnings = problems?.warnings.length ?? 0;
  return (
    <li className={cx("flex items-center gap-2 rounded-md border px-2 py-1.5", selected ? "border-accent bg-accent-soft" : "border-border bg-surface")}>
      <KindIcon kind={node.kind} />
      <button type="button" onClick={() => select([node.id])} className="min-w-0 flex-1 text-left" aria-pressed={selected}>
        <span className="block truncate text-sm font-medium text-fg">{node.title}</span>
        <span className="block text-xs text-fg-muted">
          {KIND_LABELS[node.kind]}
          {TERMINAL_KINDS.has(node.kind) && " · ends the flow"}
          {graph.start === node.id && " · start"}
        </span>
      </button>
      {errors > 0 && <span className="rounded bg-danger-soft px-1.5 text-xs font-semibold text-danger">{errors} error{errors > 1 && "s"}</span>}
      {warnings > 0 && <span className="rounded bg-warning-soft px-1.5 text-xs font-semibold text-warning">{warnings} warning{warnings > 1 && "s"}</span>}
      <label className="sr-only" htmlFor={`section-of-${node.id}`}>
        Section of {node.title}
      </label>
      <select
        id={`section-of-${node.id}`}
        value={node.section ?? ""}
        onChange={(event) => applyEdit((current) => patchNode(current, node.id, { section: event.target.value || null }))}
        className="h-8 max-w-36 rounded-md border border-control-border bg-surface px-1 text-xs text-fg"
      >
        <option value="">No section</option>
        {sectionNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <IconButton label={`Move ${node.title} up`} disabled={first} onClick={() => applyEdit((current) => moveWithinSection(current, node.id, -1))}>
        ↑
      </IconButton>
      <IconButton label={`Move ${node.title} down`} disabled={last} onClick={() => applyEdit((current) => moveWithinSection(current, node.id, 1))}>
        ↓
      </IconButton>
    </li>
  );
}

function SectionHeader({ section, graph, index }: { section: Section; graph: EditorGraph; index: number }) {
  if (section.name === null) return <h3 className="text-sm font-semibold text-fg">No section</h3>;
  const name = section.name;
  const sequential = graph.sections.some((settings) => settings.name === name && settings.sequential);
  const others = new Set(graph.nodes.flatMap((node) => (node.section && node.section !== name ? [node.section] : [])));
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1">
        <CommittedField
          label="Section"
          value={name}
          maxLength={LIMITS.section}
          normalize={(text) => text.trim()}
          check={(text) => (!text.trim() ? "A section needs a name." : others.has(text.trim()) ? "Another section has this name." : null)}
          onCommit={(text) => applyEdit((current) => renameSection(current, name, text), `section-${index}`)}
        />
      </div>
      <label className="flex h-10 items-center gap-2 text-sm text-fg">
        <input
          type="checkbox"
          className="size-4 accent-accent"
          checked={sequential}
          onChange={(event) => applyEdit((current) => setSectionSequential(current, name, event.target.checked))}
        />
        In order (each step waits for the ones before)
      </label>
    </div>
  );
}

/**
 * A procedural or maintenance flow as its checklist: sections in order, their steps in order.
 * Reordering changes the node order (the checklist's); the canvas keeps the wiring.
 */
export function ProceduralList({ graph, selected, problems }: { graph: EditorGraph; selected: ReadonlySet<string>; problems: ReadonlyMap<string, NodeProblems> }) {
  const sections = sectionsOf(graph);
  const sectionNames = sections.flatMap((section) => (section.name === null ? [] : [section.name]));
  return (
    <div className="h-full overflow-y-auto p-4">
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        {sections.map((section, index) => (
          <section key={section.name ?? "\u0000none"} aria-label={section.name ?? "No section"} className="flex flex-col gap-2 rounded-lg border border-border bg-canvas p-3">
            <SectionHeader section={section} graph={graph} index={index} />
            <ol className="flex flex-col gap-1.5">
              {section.nodes.map((node, position) => (
                <StepRow
                  key={node.id}
                  node={node}
                  graph={graph}
                  selected={selected.has(node.id)}
                  problems={problems.get(node.id)}
                  first={position === 0}
                  last={position === section.nodes.length - 1}
                  sectionNames={sectionNames}
                />
              ))}
            </ol>
            <Button variant="ghost" size="sm" className="self-start" onClick={() => addSectionStep(section.name)}>
              + Add step
            </Button>
          </section>
        ))}
        <Button variant="secondary" className="self-start" onClick={() => addSectionStep(freeSectionName(graph))}>
          Add section
        </Button>
      </div>
    </div>
  );
}
