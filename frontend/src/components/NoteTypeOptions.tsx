import { NOTE_TYPE_LABELS, NOTE_TYPES } from "@/lib/psa";

/** The `<option>`s of a PSA note type select (where a note shows on the ticket). */
export function NoteTypeOptions() {
  return NOTE_TYPES.map((type) => (
    <option key={type} value={type}>
      {NOTE_TYPE_LABELS[type]}
    </option>
  ));
}
