import { checkInputValue, type InputSpec } from "./input-checks";

const spec = (changes: Partial<InputSpec>): InputSpec => ({ variable: "v", type: "text", required: true, ...changes });

test("values are trimmed; an empty optional value is null, an empty required one refused", () => {
  expect(checkInputValue(spec({}), "  PC-1  ")).toEqual({ ok: true, value: "PC-1" });
  expect(checkInputValue(spec({ required: false }), "   ")).toEqual({ ok: true, value: null });
  expect(checkInputValue(spec({}), "   ")).toMatchObject({ ok: false, rule: "required" });
});

test("numbers, yes/no and choices are sent as their type", () => {
  expect(checkInputValue(spec({ type: "number" }), "3.5")).toEqual({ ok: true, value: 3.5 });
  expect(checkInputValue(spec({ type: "number" }), "lots")).toMatchObject({ ok: false, rule: "type" });
  expect(checkInputValue(spec({ type: "boolean" }), "false")).toEqual({ ok: true, value: false });
  expect(checkInputValue(spec({ type: "choice", choices: ["A", "B"] }), "B")).toEqual({ ok: true, value: "B" });
  expect(checkInputValue(spec({ type: "choice", choices: ["A", "B"] }), "C")).toMatchObject({ ok: false, rule: "choice" });
});

test("a pattern is searched like the API does, and one JavaScript cannot read is left to the API", () => {
  expect(checkInputValue(spec({ pattern: "\\d{4}" }), "error 0x8004")).toMatchObject({ ok: true });
  expect(checkInputValue(spec({ pattern: "^\\d{4}$" }), "error 0x8004")).toMatchObject({ ok: false, rule: "pattern" });
  expect(checkInputValue(spec({ pattern: "(?P<code>\\d+)" }), "anything")).toMatchObject({ ok: true });
  expect(checkInputValue(spec({}), "x".repeat(2001))).toMatchObject({ ok: false, rule: "length" });
});
