import { expect, test } from "vitest";

import openapi from "@/api/openapi.json";

import { ABSOLUTE_LIFETIME_HOURS, durationInWords, IDLE_TIMEOUT_MINUTES } from "./session-policy-limits";

test("the ranges are the API's (SessionPolicyIn in openapi.json)", () => {
  const fields = openapi.components.schemas.SessionPolicyIn.properties;

  expect({ min: fields.idle_timeout_minutes.minimum, max: fields.idle_timeout_minutes.maximum }).toEqual(IDLE_TIMEOUT_MINUTES);
  expect({ min: fields.absolute_lifetime_hours.minimum, max: fields.absolute_lifetime_hours.maximum }).toEqual(ABSOLUTE_LIFETIME_HOURS);
});

test("durations read as words", () => {
  expect(durationInWords(5)).toBe("5 minutes");
  expect(durationInWords(90)).toBe("1 hour 30 minutes");
  expect(durationInWords(1440)).toBe("1 day");
  expect(durationInWords(720 * 60)).toBe("30 days");
});
