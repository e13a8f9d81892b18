import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import type { FlowOut, ValidationReport } from "../api";
import { startAutosave, stopAutosave } from "../model/autosave";
import { fromApiGraph } from "../model/graph";
import { loadGraph } from "../model/store";
import { savedTroubleshooting } from "../model/test-graphs";
import { PublishDialog } from "./PublishDialog";

const FLOW_ID = "0b9f7a52-6c53-4d0e-9d59-1f0a3d1b6e02";
const flow = { id: FLOW_ID, draft_revision: 5, graph: savedTroubleshooting() } as FlowOut;

function open(report: ValidationReport) {
  const server = fakeApi({
    [`POST /api/v1/flows/${FLOW_ID}/validate`]: () => json(report),
    [`POST /api/v1/flows/${FLOW_ID}/publish`]: () =>
      json({ number: 2, change_note: "Fixed", published_by_id: null, published_at: "2026-11-23T10:00:00Z" }, 201),
  });
  const graph = fromApiGraph(flow.graph);
  loadGraph(graph);
  startAutosave(flow, graph);
  renderWithProviders(<PublishDialog flowId={FLOW_ID} onClose={vi.fn()} titleOf={(id) => (id === "i1" ? "Error code" : undefined)} onShowNode={vi.fn()} />);
  return server;
}

afterEach(() => {
  stopAutosave();
});

describe("the publish dialog", () => {
  it("blocks on errors and lists them", async () => {
    const server = open({
      valid: false,
      errors: [{ code: "unreachable_node", node_id: "i1", message: "'i1' cannot be reached from the start node 'q1'.", related: [] }],
      warnings: [],
    });
    expect(await screen.findByText("1 error to fix before publishing")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Error code/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Publish" })).toBeDisabled();
    expect(server.calls(`POST /api/v1/flows/${FLOW_ID}/publish`)).toBe(0);
  });

  it("allows warnings, publishes with the change note, and offers a session", async () => {
    const user = userEvent.setup();
    const server = open({
      valid: true,
      errors: [],
      warnings: [{ code: "loop", node_id: "q1", message: "Loop through 'q1'.", related: [] }],
    });
    const publish = await screen.findByRole("button", { name: "Publish with warnings" });
    await user.type(screen.getByLabelText("Change note"), "Fixed");
    await user.click(publish);
    expect(await screen.findByRole("heading", { name: "Published version 2" })).toBeInTheDocument();
    const sent = server.requests.find((request) => request.url.endsWith("/publish"));
    expect(await sent?.json()).toEqual({ change_note: "Fixed" });
    expect(screen.getByRole("button", { name: "Start a session" })).toBeEnabled();
  });
});
