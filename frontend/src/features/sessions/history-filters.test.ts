import { readFilters, toApiFilters, writeFilters } from "./history-filters";

test("filters go to the URL and back", () => {
  const params = new URLSearchParams("mine=1&status=resolved&status=escalated&status=bogus&flow=f1&ticket=482&from=2026-11-01");
  const filters = readFilters(params);
  expect(filters).toEqual({ mine: true, status: ["resolved", "escalated"], flow: "f1", engineer: "", ticket: "482", from: "2026-11-01", to: "" });
  expect(writeFilters(filters).toString()).toBe("mine=1&status=resolved&status=escalated&flow=f1&ticket=482&from=2026-11-01");
});

test("the date range covers whole local days, the last one included", () => {
  const api = toApiFilters({ mine: false, status: [], flow: "", engineer: "e1", ticket: "  ", from: "2026-11-01", to: "2026-11-23" });
  expect(api).toEqual({
    engineer_id: "e1",
    started_from: new Date(2026, 10, 1).toISOString(),
    started_to: new Date(2026, 10, 24).toISOString(),
  });
});
