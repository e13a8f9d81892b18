import { Button, Dialog } from "@/components/ui";

import { Kbd } from "../Kbd";

const KEYS: { keys: string[]; does: string; range?: boolean }[] = [
  { keys: ["J", "↓"], does: "Next step" },
  { keys: ["K", "↑"], does: "Previous step" },
  { keys: ["O"], does: "Show or hide the step's details" },
  { keys: ["Enter", "X"], does: "Done (a question or an input opens to be answered)" },
  { keys: ["1", "9"], range: true, does: "Answer a question with that option" },
  { keys: ["F"], does: "Failed" },
  { keys: ["S"], does: "Skipped" },
  { keys: ["A"], does: "Assign the step to me" },
  { keys: ["N"], does: "Add a note or evidence to the step" },
  { keys: ["Esc"], does: "Leave a field (keys do nothing while you type)" },
  { keys: ["?"], does: "These keys" },
];

/** The checklist's keys (the ? key). */
export function ChecklistKeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard"
      actions={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2">
        {KEYS.map((row) => (
          <div key={row.does} className="contents">
            <dt className="flex gap-1 whitespace-nowrap">
              {row.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="mr-1 text-fg-muted">{row.range ? "to" : "or"}</span>}
                  <Kbd>{key}</Kbd>
                </span>
              ))}
            </dt>
            <dd>{row.does}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
