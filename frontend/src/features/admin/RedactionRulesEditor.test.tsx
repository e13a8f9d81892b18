import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import type { RedactionRules } from "./api";
import { RedactionRulesEditor } from "./RedactionRulesEditor";

const PREVIEW = "POST /api/v1/teams/current/redaction/preview";
const RULES = "PUT /api/v1/teams/current/redaction-rules";

const SAVED: RedactionRules = {
  builtins: ["password", "secret", "token", "api_key", "jwt", "private_key", "aws_access_key", "aws_secret_key", "credit_card"],
  categories: [],
  rules: [{ name: "asset-tag", pattern: "NW-\\d{6}", enabled: true }],
  max_rules: 50,
  updated_at: "2026-03-01T10:00:00Z",
  updated_by_id: null,
};

interface PreviewBody {
  text: string;
  draft: { categories: string[]; rules: { name: string; pattern: string; enabled: boolean }[] };
}

/** A stand-in for the API's preview: hides every "secret-<word>" as [REDACTED:secret]. */
async function fakePreview(request: Request): Promise<Response> {
  const { text } = (await request.json()) as PreviewBody;
  const spans = [...text.matchAll(/secret-\w+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    category: "secret",
    replacement: "[REDACTED:secret]",
  }));
  return json({ text: text.replace(/secret-\w+/g, "[REDACTED:secret]"), spans });
}

async function previewBodies(requests: Request[]): Promise<PreviewBody[]> {
  const previews = requests.filter((request) => new URL(request.url).pathname.endsWith("/redaction/preview"));
  return Promise.all(previews.map(async (request) => (await request.clone().json()) as PreviewBody));
}

function sampleText() {
  return screen.getByLabelText("Sample text");
}

test("built-ins are listed as always on and the saved rules fill the form", () => {
  fakeApi({ [PREVIEW]: fakePreview });
  renderWithProviders(<RedactionRulesEditor saved={SAVED} />);

  const builtins = screen.getByRole("list", { name: "Always hidden" });
  expect(within(builtins).getAllByRole("listitem")).toHaveLength(9);
  expect(builtins).toHaveTextContent("Credit-card numbers");
  expect(screen.getByRole("checkbox", { name: /E-mail addresses/ })).not.toBeChecked();
  expect(screen.getByLabelText("Name")).toHaveValue("asset-tag");
  expect(screen.getByLabelText("Pattern (RE2)")).toHaveValue("NW-\\d{6}");
  expect(screen.getByText(/1 of 50 rules/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Save rules" })).toBeDisabled();
});

test("the preview waits for a pause in typing and shows what is hidden", async () => {
  const server = fakeApi({ [PREVIEW]: fakePreview });
  renderWithProviders(<RedactionRulesEditor saved={SAVED} />);
  await waitFor(() => {
    expect(server.calls(PREVIEW)).toBe(1);
  }); // the sample text, once shown

  fireEvent.change(sampleText(), { target: { value: "token secret-a" } });
  fireEvent.change(sampleText(), { target: { value: "token secret-ab" } });
  fireEvent.change(sampleText(), { target: { value: "login with secret-abc please" } });
  expect(server.calls(PREVIEW)).toBe(1);

  const output = screen.getByTestId("redacted-text");
  await waitFor(() => {
    expect(output.textContent).toBe("login with [REDACTED:secret] please");
  });
  expect(server.calls(PREVIEW)).toBe(2);
  const [, last] = await previewBodies(server.requests);
  expect(last?.text).toBe("login with secret-abc please");
  expect(within(output).getByText("[REDACTED:secret]").tagName).toBe("MARK");
  expect(screen.getByText("1 part hidden.")).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "Hidden" })).toHaveTextContent("secret-abc");
});

test("the preview tries unsaved rules; incomplete ones wait", async () => {
  const server = fakeApi({ [PREVIEW]: fakePreview });
  renderWithProviders(<RedactionRulesEditor saved={SAVED} />);
  await waitFor(() => {
    expect(server.calls(PREVIEW)).toBe(1);
  });

  await userEvent.click(screen.getByRole("checkbox", { name: /E-mail addresses/ }));
  await userEvent.click(screen.getByRole("button", { name: "Add rule" }));
  expect(screen.getAllByLabelText("Name")[1]).toHaveFocus();
  await userEvent.keyboard("ticket");

  expect(await screen.findByText(/1 rule is left out of the preview/)).toBeInTheDocument();
  await waitFor(async () => {
    expect((await previewBodies(server.requests)).at(-1)?.draft).toEqual({
      categories: ["email"],
      rules: [{ name: "asset-tag", pattern: "NW-\\d{6}", enabled: true }],
    });
  });
  expect(screen.getByRole("button", { name: "Save rules" })).toBeEnabled();
});

test("a pattern the API cannot use is marked at its rule, from the preview already", async () => {
  fakeApi({
    [PREVIEW]: async (request) => {
      const { draft } = (await request.json()) as PreviewBody;
      return draft.rules.some((rule) => rule.pattern === "(unclosed")
        ? json(
            {
              detail: "invalid_redaction_rules",
              message: "Some redaction rules cannot be used; see `errors`.",
              errors: [{ index: 0, code: "pattern_invalid", message: "Not a valid pattern (missing ')')." }],
            },
            422,
          )
        : fakePreview(request);
    },
  });
  renderWithProviders(<RedactionRulesEditor saved={SAVED} />);

  const pattern = screen.getByLabelText("Pattern (RE2)");
  await userEvent.clear(pattern);
  await userEvent.type(pattern, "(unclosed");

  await waitFor(() => {
    expect(pattern.getAttribute("aria-invalid")).toBe("true");
  });
  expect(pattern).toHaveAccessibleDescription("Not a valid pattern (missing ')').");
  expect(screen.getByText("The preview waits until the rules marked above are fixed.")).toBeInTheDocument();
});

test("saving sends the whole set and shows the API's objections at their rule", async () => {
  const server = fakeApi({
    [PREVIEW]: fakePreview,
    [RULES]: () =>
      json(
        {
          detail: "invalid_redaction_rules",
          message: "Some redaction rules cannot be used; see `errors`.",
          errors: [{ index: 1, code: "pattern_matches_empty", message: "The pattern can match empty text; it must match something." }],
        },
        422,
      ),
  });
  renderWithProviders(<RedactionRulesEditor saved={SAVED} />);

  await userEvent.click(screen.getByRole("button", { name: "Add rule" }));
  await userEvent.keyboard("ticket");
  await userEvent.type(screen.getAllByLabelText("Pattern (RE2)")[1] as HTMLElement, "x*");
  await userEvent.click(screen.getByRole("button", { name: "Save rules" }));

  const second = screen.getAllByLabelText("Pattern (RE2)")[1] as HTMLElement;
  await waitFor(() => {
    expect(second.getAttribute("aria-invalid")).toBe("true");
  });
  expect(second).toHaveAccessibleDescription("The pattern can match empty text; it must match something.");
  expect(screen.getByText("Nothing was saved: fix the rules marked above.")).toBeInTheDocument();
  const put = server.requests.find((request) => request.method === "PUT");
  expect(await put?.json()).toEqual({
    categories: [],
    rules: [
      { name: "asset-tag", pattern: "NW-\\d{6}", enabled: true },
      { name: "ticket", pattern: "x*", enabled: true },
    ],
  });
});

test("an empty or malformed rule is refused before sending", async () => {
  const server = fakeApi({ [PREVIEW]: fakePreview });
  renderWithProviders(<RedactionRulesEditor saved={SAVED} />);

  await userEvent.click(screen.getByRole("button", { name: "Add rule" }));
  await userEvent.keyboard("Asset Tag");
  expect(screen.getAllByLabelText("Name")[1]).toHaveAccessibleDescription(/lowercase letters, digits/);
  await userEvent.click(screen.getByRole("button", { name: "Save rules" }));

  expect(screen.getAllByLabelText("Pattern (RE2)")[1]).toHaveAccessibleDescription("Enter a pattern.");
  expect(server.calls(RULES)).toBe(0);
});

test("no rule can be added beyond the team's maximum", () => {
  fakeApi({ [PREVIEW]: fakePreview });
  const full = { ...SAVED, rules: Array.from({ length: 50 }, (_, index) => ({ name: `rule-${index}`, pattern: `R${index}`, enabled: true })) };
  renderWithProviders(<RedactionRulesEditor saved={full} />);

  expect(screen.getByRole("button", { name: "Add rule" })).toBeDisabled();
  expect(screen.getByText(/at most 50 custom rules/)).toBeInTheDocument();
});
