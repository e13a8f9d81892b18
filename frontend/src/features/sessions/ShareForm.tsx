import { useState, type SubmitEvent } from "react";

import { describeError } from "@/api/errors";
import { CopyButton } from "@/components/CopyButton";
import { Alert, Button, Field, Input, Select } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useCreateShare, type ShareCreated } from "./api";

type ShareScope = "team" | "public";

/** Expiry choices within the API's 1 hour to 90 days. */
const EXPIRY_CHOICES = [
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "1 day" },
  { hours: 7 * 24, label: "7 days" },
  { hours: 30 * 24, label: "30 days" },
  { hours: 90 * 24, label: "90 days" },
];
const DEFAULT_EXPIRY_HOURS = 7 * 24;

const SCOPES: { scope: ShareScope; label: string; hint: string }[] = [
  { scope: "team", label: "Team", hint: "Signed-in members of your team." },
  { scope: "public", label: "Public", hint: "Anyone with the link, no sign-in; secrets are hidden." },
];

/** The link of a new share, from this page's address (the API's own `url` may name another host). */
function shareLinkOf(token: string): string {
  return `${globalThis.location.origin}/shared/${encodeURIComponent(token)}`;
}

/** Creates a share link; shows it once, with a copy button (only its hash is stored). */
export function ShareForm({ sessionId }: { sessionId: string }) {
  const create = useCreateShare(sessionId);
  const [scope, setScope] = useState<ShareScope>("team");
  const [hours, setHours] = useState(DEFAULT_EXPIRY_HOURS);
  const [created, setCreated] = useState<ShareCreated | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate({ scope, expires_in_hours: hours }, { onSuccess: setCreated });
  };

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submit} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-fg">Who can open it</legend>
          {SCOPES.map((option) => (
            <label key={option.scope} className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="radio"
                name="share-scope"
                value={option.scope}
                checked={scope === option.scope}
                onChange={() => {
                  setScope(option.scope);
                }}
                className="mt-1 accent-accent"
              />
              <span>
                <span className="font-medium text-fg">{option.label}</span>
                <span className="block text-xs text-fg-muted">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field label="Expires after">
          {(control) => (
            <Select
              {...control}
              value={hours}
              onChange={(event) => {
                setHours(Number(event.target.value));
              }}
            >
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice.hours} value={choice.hours}>
                  {choice.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {create.isError && <Alert tone="danger">{describeError(create.error).message}</Alert>}
        <div>
          <Button type="submit" variant="secondary" busy={create.isPending}>
            Create link
          </Button>
        </div>
      </form>
      {created && <CreatedLink share={created} />}
    </div>
  );
}

function CreatedLink({ share }: { share: ShareCreated }) {
  const link = shareLinkOf(share.token);
  return (
    <Alert tone="success" title="Link created: copy it now">
      <p className="mb-2">
        It is shown only this once. {share.scope === "public" ? "Anyone with it" : "Members of your team"} can open it until{" "}
        {formatDateTime(share.expires_at)}.
      </p>
      <div className="flex items-center gap-2">
        <Input
          readOnly
          aria-label="New share link"
          value={link}
          onFocus={(event) => {
            event.target.select();
          }}
          className="font-mono text-xs"
        />
        <CopyButton text={link} label="Copy link" />
      </div>
    </Alert>
  );
}
