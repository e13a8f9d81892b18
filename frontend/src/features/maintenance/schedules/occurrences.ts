/** The preview's due times as people read them: in the schedule's zone and the viewer's, with the UTC offset changes (DST) marked. */
import type { RecurrencePreview } from "./api";

export interface OccurrenceRow {
  at: string;
  /** Wall-clock time in the schedule's time zone, e.g. "Mon, 30 Mar 2026, 08:00". */
  scheduleTime: string;
  /** "UTC+02:00". */
  offset: string;
  viewerTime: string;
  /** The offset differs from the previous time's: the clocks changed in between. */
  clocksChanged: boolean;
}

const PARTS = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" } as const;
const WALL_CLOCK = new Intl.DateTimeFormat(undefined, { ...PARTS, timeZone: "UTC" });
const VIEWER = new Intl.DateTimeFormat(undefined, PARTS);
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*?([+-]\d{2}:\d{2}|Z)$/;

/**
 * `local` is ISO 8601 with the schedule zone's offset (`2026-03-29T03:30:00+02:00`): its date and
 * time are read as they are written, so a zone this browser does not know still reads right.
 */
function wallClock(local: string): { text: string; offset: string } {
  const match = LOCAL_ISO.exec(local);
  if (!match) return { text: local, offset: "" };
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const zone = match[6] === "Z" ? "+00:00" : match[6];
  return { text: WALL_CLOCK.format(Date.UTC(year, month - 1, day, hour, minute)), offset: `UTC${zone ?? ""}` };
}

export function occurrenceRows(occurrences: RecurrencePreview["occurrences"]): OccurrenceRow[] {
  return occurrences.map((occurrence, index) => {
    const { text, offset } = wallClock(occurrence.local);
    const previous = index > 0 ? wallClock(occurrences[index - 1]?.local ?? "").offset : offset;
    return { at: occurrence.at, scheduleTime: text, offset, viewerTime: VIEWER.format(new Date(occurrence.at)), clocksChanged: offset !== previous };
  });
}
