import { Button } from "@/components/ui";

import { Kbd } from "./Kbd";
import type { CurrentNode } from "./types";

/** A question's answers as big buttons; keys 1–9 choose them too. */
export function AnswerButtons({
  answers,
  disabled,
  onAnswer,
}: {
  answers: CurrentNode["answers"];
  disabled: boolean;
  onAnswer: (index: number) => void;
}) {
  return (
    <ul aria-label="Answers" className="grid gap-2 sm:grid-cols-2">
      {answers.map((answer, position) => (
        <li key={answer.index}>
          <Button
            variant="secondary"
            size="lg"
            className="h-auto min-h-12 w-full justify-start py-3 text-left"
            disabled={disabled}
            onClick={() => {
              onAnswer(answer.index);
            }}
          >
            {position < 9 && <Kbd>{position + 1}</Kbd>}
            <span>{answer.label}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
