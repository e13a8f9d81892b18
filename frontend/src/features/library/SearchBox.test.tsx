import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { expect, test, vi } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import type { SearchHit } from "./api";
import { SearchBox, TYPE_AHEAD_DELAY_MS } from "./SearchBox";

const HITS: SearchHit[] = [
  {
    type: "flow",
    id: "06fbe430-25b4-4128-a545-cb778f85c28c",
    title: "Outlook keeps prompting for a password",
    kind: "troubleshooting",
    version: 1,
    snippet: "<mark>Outlook</mark> shows a &quot;Need password&quot; banner &lt;b&gt;",
    score: 0.03,
    matched: ["title", "text"],
  },
  {
    type: "step",
    id: "57ac7c85-e8da-4a36-a0ea-06e1a40a430f",
    title: "Clear cached Office credentials",
    kind: "action",
    version: null,
    snippet: "Close <mark>Outlook</mark> first",
    score: 0.02,
    matched: ["tags"],
  },
];

function renderSearchBox(onSubmit = vi.fn()) {
  renderWithProviders(
    <Routes>
      <Route path="/library" element={<SearchBox query="" onSubmit={onSubmit} />} />
      <Route path="/flows/:flowId" element={<p>flow page</p>} />
      <Route path="/steps/:stepId" element={<p>step page</p>} />
    </Routes>,
    { path: "/library" },
  );
  return onSubmit;
}

function searchQueries(server: ReturnType<typeof fakeApi>): (string | null)[] {
  return server.requests.filter((request) => request.url.includes("/api/v1/search")).map((request) => new URL(request.url).searchParams.get("q"));
}

test("suggestions are asked for once typing pauses, for the whole query", async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    const server = fakeApi({ "GET /api/v1/search": () => json(HITS) });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    renderSearchBox();

    await user.type(screen.getByRole("combobox", { name: "Search flows and steps" }), "outlook");
    expect(searchQueries(server)).toEqual([]);

    await act(() => vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS));
    expect(await screen.findAllByRole("option")).toHaveLength(2);
    expect(searchQueries(server)).toEqual(["outlook"]);
  } finally {
    vi.useRealTimers();
  }
});

test("a one-letter query asks for nothing", async () => {
  const server = fakeApi({ "GET /api/v1/search": () => json(HITS) });
  renderSearchBox();

  await userEvent.type(screen.getByRole("combobox", { name: "Search flows and steps" }), "o");
  await act(() => new Promise((resolve) => setTimeout(resolve, TYPE_AHEAD_DELAY_MS + 100)));

  expect(searchQueries(server)).toEqual([]);
  expect(screen.getByRole("combobox", { name: "Search flows and steps" })).toHaveAttribute("aria-expanded", "false");
});

test("arrow keys move through the suggestions and Enter opens the highlighted one", async () => {
  fakeApi({ "GET /api/v1/search": () => json(HITS) });
  renderSearchBox();
  const box = screen.getByRole("combobox", { name: "Search flows and steps" });

  await userEvent.type(box, "outlook");
  const options = await screen.findAllByRole("option");
  expect(box).toHaveAttribute("aria-expanded", "true");
  expect(options[0]).toHaveTextContent('Outlook shows a "Need password" banner <b>');
  expect(options[0]).toHaveTextContent("Matched title, text");

  await userEvent.keyboard("{ArrowDown}");
  expect(options[0]).toHaveAttribute("aria-selected", "true");
  expect(box).toHaveAttribute("aria-activedescendant", options[0]?.id);
  await userEvent.keyboard("{ArrowDown}");
  expect(options[1]).toHaveAttribute("aria-selected", "true");
  await userEvent.keyboard("{ArrowDown}");
  expect(options[0]).toHaveAttribute("aria-selected", "true");
  await userEvent.keyboard("{ArrowUp}");
  expect(options[1]).toHaveAttribute("aria-selected", "true");

  await userEvent.keyboard("{Enter}");
  expect(await screen.findByText("step page")).toBeInTheDocument();
});

test("Escape closes the suggestions; Enter without a highlighted one searches", async () => {
  fakeApi({ "GET /api/v1/search": () => json(HITS) });
  const onSubmit = renderSearchBox();
  const box = screen.getByRole("combobox", { name: "Search flows and steps" });

  await userEvent.type(box, " outlook password ");
  await screen.findAllByRole("option");
  await userEvent.keyboard("{Escape}");
  expect(box).toHaveAttribute("aria-expanded", "false");
  expect(screen.queryByRole("option")).not.toBeInTheDocument();

  await userEvent.keyboard("{Enter}");
  expect(onSubmit).toHaveBeenCalledWith("outlook password");
});

test("a snippet's markup other than the marks stays text", async () => {
  fakeApi({ "GET /api/v1/search": () => json([{ ...HITS[0], snippet: '<img src=x onerror="alert(1)"> <mark>Outlook</mark>' }]) });
  renderSearchBox();

  await userEvent.type(screen.getByRole("combobox", { name: "Search flows and steps" }), "outlook");
  const option = await screen.findByRole("option");

  expect(option.querySelector("img")).toBeNull();
  expect(option.querySelector("mark")).toHaveTextContent("Outlook");
  expect(option).toHaveTextContent('<img src=x onerror="alert(1)"> Outlook');
});
