import { expect, test } from "vitest";

import { hitPath, parseMarkedSnippet } from "./search-text";

test("marks become marked parts and escaped text is decoded, never interpreted", () => {
  expect(parseMarkedSnippet("a &quot;Need <mark>password</mark>&quot; &lt;script&gt; &#x27;x&#39; &amp;amp;")).toEqual([
    { text: 'a "Need ', marked: false },
    { text: "password", marked: true },
    { text: "\" <script> 'x' &amp;", marked: false },
  ]);
});

test("unknown references stay as they are", () => {
  expect(parseMarkedSnippet("&bogus; &#0; <b>bold</b>")).toEqual([{ text: "&bogus; &#0; <b>bold</b>", marked: false }]);
});

test("flows open on their page, steps in the step library", () => {
  expect(hitPath({ type: "flow", id: "f1" })).toBe("/flows/f1");
  expect(hitPath({ type: "step", id: "s1" })).toBe("/steps/s1");
});
