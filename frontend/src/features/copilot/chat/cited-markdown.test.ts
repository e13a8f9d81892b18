import { expect, test } from "vitest";

import type { Citation } from "@/components/CitationList";
import { markdownToHtml } from "@/lib/markdown";

import { linkCitations } from "./cited-markdown";

const FLOW: Citation = {
  n: 1,
  type: "flow",
  id: "0d9b2c1a-0000-4000-8000-000000000001",
  title: 'Outlook keeps prompting for a "password"',
  link: "/flows/0d9b2c1a-0000-4000-8000-000000000001",
  snippet: "Check the sign-in logs.",
};
const SESSION: Citation = { ...FLOW, n: 2, type: "session", title: "Outlook (Contoso)", link: "/sessions/0d9b2c1a-0000-4000-8000-000000000002" };

test("each cited number becomes a link to its source, titled with it", () => {
  const html = markdownToHtml(linkCitations("Start with the flow [1], as in [2].", [FLOW, SESSION]));
  expect(html).toContain(`<a href="${FLOW.link}" title="Outlook keeps prompting for a &quot;password&quot;">[1]</a>`);
  expect(html).toContain(`<a href="${SESSION.link}" title="Outlook (Contoso)">[2]</a>`);
});

test("numbers without a source, links already written and outside links stay as they are", () => {
  const outside: Citation = { ...FLOW, n: 3, link: "https://example.com/x" };
  const text = "See [4], [docs](https://learn.microsoft.com), [1](/somewhere), $Matches[1], args[1] and [3].";
  expect(linkCitations(text, [FLOW, outside])).toBe(text);
});
