import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { renderWithProviders } from "@/test/render";

import { fromApiGraph, UNCONNECTED } from "../model/graph";
import { loadGraph, select, undo, useEditorStore } from "../model/store";
import { savedTroubleshooting } from "../model/test-graphs";
import { SidePanel } from "./SidePanel";

const node = (id: string) => useEditorStore.getState().graph.nodes.find((candidate) => candidate.id === id);

function renderPanel() {
  return renderWithProviders(
    <SidePanel flowId="f1" tab="node" onTabChange={vi.fn()} withSections={false} titleOf={() => undefined} onShowNode={vi.fn()} onCompare={vi.fn()} />,
  );
}

beforeEach(() => {
  loadGraph(fromApiGraph(savedTroubleshooting()));
});

describe("the side panel", () => {
  it("edits the selected node's title, and keeps the last good one while the field is empty", async () => {
    const user = userEvent.setup();
    select(["a1"]);
    renderPanel();
    const title = screen.getByLabelText("Title");
    await user.clear(title);
    expect(screen.getByText("A step needs a title.")).toBeInTheDocument();
    expect(node("a1")?.title).toBe("Restart the spooler");
    await user.type(title, "Restart the print spooler");
    expect(node("a1")?.title).toBe("Restart the print spooler");
    await user.clear(title);
    await user.tab();
    expect(title).toHaveValue("Restart the print spooler");
    expect(screen.queryByText("A step needs a title.")).not.toBeInTheDocument();
  });

  it("shows undo in the field", async () => {
    const user = userEvent.setup();
    select(["a1"]);
    renderPanel();
    await user.type(screen.getByLabelText("Title"), " now");
    expect(node("a1")?.title).toBe("Restart the spooler now");
    undo();
    expect(await screen.findByDisplayValue("Restart the spooler")).toBeInTheDocument();
  });

  it("adds, relabels, re-targets and reorders a question's answers", async () => {
    const user = userEvent.setup();
    select(["q1"]);
    renderPanel();
    await user.click(screen.getByRole("button", { name: "Add answer" }));
    expect(node("q1")?.answers[2]).toEqual({ label: "Answer 3", target: UNCONNECTED });

    const label = screen.getByRole("textbox", { name: "Answer 3" });
    await user.clear(label);
    await user.type(label, "yes");
    expect(screen.getByText("Another answer has this label.")).toBeInTheDocument();
    await user.clear(label);
    await user.type(label, "Not sure");
    const targets = screen.getAllByRole("combobox", { name: "Leads to" });
    await user.selectOptions(targets[2] as HTMLElement, "r1");
    expect(node("q1")?.answers[2]).toEqual({ label: "Not sure", target: "r1" });

    await user.click(screen.getByRole("button", { name: "Move answer 3 up" }));
    expect(node("q1")?.answers.map((answer) => answer.label)).toEqual(["Yes", "Not sure", "No"]);
  });

  it("offers the actions for several selected nodes", async () => {
    const user = userEvent.setup();
    select(["a1", "r1"]);
    renderPanel();
    expect(screen.getByRole("heading", { name: "2 nodes selected" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(node("a1")).toBeUndefined();
    expect(node("r1")).toBeUndefined();
  });
});
