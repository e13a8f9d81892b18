import { fakeApi, json } from "@/test/fake-api";

import type { FlowOut } from "../api";
import { flushSave, overwriteWithMine, reloadTheirs, SAVE_DELAY_MS, startAutosave, stopAutosave, useSaveStore } from "./autosave";
import { fromApiGraph, toApiGraph, type ApiGraph } from "./graph";
import { loadGraph, undo, updateNode, useEditorStore } from "./store";
import { savedTroubleshooting } from "./test-graphs";

const FLOW_ID = "0b9f7a52-6c53-4d0e-9d59-1f0a3d1b6e01";
const DRAFT = `PUT /api/v1/flows/${FLOW_ID}/draft`;
const VALIDATE = `POST /api/v1/flows/${FLOW_ID}/validate`;
const NO_PROBLEMS = { valid: true, errors: [], warnings: [] };

function flowOut(graph: ApiGraph, revision: number): FlowOut {
  return {
    id: FLOW_ID,
    kind: "troubleshooting",
    title: "Printer",
    description: "",
    category_id: null,
    folder_id: null,
    tags: [],
    status: "draft",
    owner_id: null,
    created_at: "2026-11-23T10:00:00Z",
    updated_at: "2026-11-23T10:00:00Z",
    latest_version: 0,
    draft_revision: revision,
    favourite: false,
    graph,
    version: null,
  };
}

const status = () => useSaveStore.getState().status;
const graph = () => useEditorStore.getState().graph;

function open(revision = 3) {
  const saved = fromApiGraph(savedTroubleshooting());
  loadGraph(saved);
  startAutosave(flowOut(savedTroubleshooting(), revision), saved);
}

async function bodiesOf(requests: Request[], route: string) {
  const matching = requests.filter((request) => `${request.method} ${new URL(request.url).pathname}` === route);
  return Promise.all(matching.map(async (request) => (await request.clone().json()) as { revision: number; graph: ApiGraph }));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stopAutosave();
  vi.useRealTimers();
});

describe("autosave", () => {
  it("saves after a pause in editing, with the revision, in the API's format", async () => {
    let revision = 3;
    const server = fakeApi({
      [DRAFT]: async (request) => json(flowOut(((await request.json()) as { graph: ApiGraph }).graph, ++revision)),
      [VALIDATE]: () => json(NO_PROBLEMS),
    });
    open();
    await vi.advanceTimersByTimeAsync(0);
    updateNode("a1", { title: "Restart" }, "title");
    updateNode("a1", { title: "Restart it" }, "title");
    expect(status()).toBe("pending");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    expect(server.calls(DRAFT)).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(status()).toBe("saved"));

    const [body] = await bodiesOf(server.requests, DRAFT);
    expect(body?.revision).toBe(3);
    expect(body?.graph).toStrictEqual(toApiGraph(graph()));
    expect(useSaveStore.getState().revision).toBe(4);
    await vi.waitFor(() => expect(useSaveStore.getState().validatedRevision).toBe(4));

    // The next save carries the new revision.
    updateNode("a1", { title: "Restart the service" });
    await flushSave();
    const bodies = await bodiesOf(server.requests, DRAFT);
    expect(bodies.map((each) => each.revision)).toEqual([3, 4]);
    expect(status()).toBe("saved");
  });

  it("keeps the edits and says so when a save fails, and saves them on retry", async () => {
    let fail = true;
    fakeApi({
      [DRAFT]: async (request) =>
        fail ? json({ detail: "internal_error", message: "Boom" }, 500) : json(flowOut(((await request.json()) as { graph: ApiGraph }).graph, 4)),
      [VALIDATE]: () => json(NO_PROBLEMS),
    });
    open();
    updateNode("a1", { title: "Restart" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    await vi.waitFor(() => expect(status()).toBe("error"));
    expect(useSaveStore.getState().error).toMatch(/went wrong on our side/);
    expect(graph().nodes[1]?.title).toBe("Restart");

    fail = false;
    await expect(flushSave()).resolves.toBe(true);
    expect(status()).toBe("saved");
  });

  it("stops at a conflict and lets the person reload theirs (theirs undoable) or overwrite with mine", async () => {
    const theirs = savedTroubleshooting();
    theirs.nodes.push({ id: "x1", kind: "action", title: "Their new step", body: "" });
    const puts: number[] = [];
    fakeApi({
      [DRAFT]: async (request) => {
        const body = (await request.json()) as { revision: number; graph: ApiGraph };
        puts.push(body.revision);
        if (body.revision === 3) return json({ detail: "draft_conflict", message: "Changed.", current: flowOut(theirs, 7) }, 409);
        return json(flowOut(body.graph, body.revision + 1));
      },
      [VALIDATE]: () => json(NO_PROBLEMS),
    });
    open(3);
    updateNode("a1", { title: "My title" });
    await expect(flushSave()).resolves.toBe(false);
    expect(status()).toBe("conflict");
    expect(useSaveStore.getState().conflict?.draft_revision).toBe(7);

    // No more saves while the conflict stands.
    updateNode("a1", { title: "My other title" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(puts).toEqual([3]);

    reloadTheirs();
    expect(graph().nodes.map((node) => node.title)).toContain("Their new step");
    expect(status()).toBe("saved");
    expect(useSaveStore.getState().revision).toBe(7);

    // Undo brings my version back; it then saves over theirs with their revision.
    undo();
    expect(graph().nodes[1]?.title).toBe("My other title");
    await flushSave();
    expect(puts).toEqual([3, 7]);
    expect(status()).toBe("saved");
  });

  it("overwrites with mine after a conflict", async () => {
    const puts: number[] = [];
    fakeApi({
      [DRAFT]: async (request) => {
        const body = (await request.json()) as { revision: number; graph: ApiGraph };
        puts.push(body.revision);
        if (body.revision === 3) return json({ detail: "draft_conflict", message: "Changed.", current: flowOut(savedTroubleshooting(), 9) }, 409);
        return json(flowOut(body.graph, body.revision + 1));
      },
      [VALIDATE]: () => json(NO_PROBLEMS),
    });
    open(3);
    updateNode("a1", { title: "Mine" });
    await flushSave();
    await overwriteWithMine();
    expect(puts).toEqual([3, 9]);
    expect(status()).toBe("saved");
    expect(useSaveStore.getState().revision).toBe(10);
    expect(graph().nodes[1]?.title).toBe("Mine");
  });
});
