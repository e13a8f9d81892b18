import { useState, type SubmitEvent } from "react";

import { describeError } from "@/api/errors";
import { NoteTypeOptions } from "@/components/NoteTypeOptions";
import { Alert, Badge, Button, Card, Field, Input, Select, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import type { NoteType } from "@/lib/psa";

import { useSaveConnection, useTestConnection, type Connection } from "./api";
import { ConnectionTestResult } from "./ConnectionTestResult";
import { connectionProblems, draftOf, problemsOfError, valuesOf, type ConnectionProblems, type ConnectionValues } from "./connection-form";
import { DeleteConnectionDialog } from "./DeleteConnectionDialog";

/** The connection's settings: save them, test them (saved or not), or remove the connection. */
export function ConnectionForm({ saved }: { saved: Connection | null }) {
  const [values, setValues] = useState(() => valuesOf(saved));
  const [problems, setProblems] = useState<ConnectionProblems>({});
  const [deleting, setDeleting] = useState(false);
  const save = useSaveConnection();
  const test = useTestConnection();

  const change = <K extends keyof ConnectionValues>(field: K, value: ConnectionValues[K]) => {
    setValues({ ...values, [field]: value });
    // Allowing http:// answers the site's problem when it was the scheme.
    const answered = field === "allowHttp" ? "site" : field;
    if (answered in problems) setProblems({ ...problems, [answered]: undefined });
    test.reset(); // a result is about the settings it tested
  };

  /** The form's checks; false (and the problems shown) when something needs fixing first. */
  const checked = () => {
    const found = connectionProblems(values, saved !== null);
    setProblems(found);
    return Object.values(found).every((problem) => !problem);
  };

  const showRefusal = (error: unknown) => {
    const atFields = problemsOfError(error);
    if (atFields) setProblems(atFields);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    test.reset();
    if (!checked()) return;
    save.mutate(draftOf(values), {
      onSuccess: () => toast.success("Connection saved", "Test it to check that ConnectWise accepts it."),
      onError: showRefusal,
    });
  };

  const runTest = () => {
    save.reset();
    if (!checked()) return;
    test.mutate(draftOf(values), { onError: showRefusal });
  };

  const failure = [save, test].find((call) => call.isError && !problemsOfError(call.error));
  return (
    <div className="flex flex-col gap-4">
      <ConnectionStatus saved={saved} />
      <Card>
        <form noValidate onSubmit={submit} className="flex flex-col gap-5" aria-label="ConnectWise connection">
          {failure && <Alert tone="danger">{describeError(failure.error).message}</Alert>}
          <Field label="Site" hint="Your ConnectWise host, e.g. na.myconnectwise.net (https), or a self-hosted host with its port." error={problems.site}>
            {(control) => (
              <Input {...control} autoComplete="off" spellCheck={false} value={values.site} onChange={(event) => change("site", event.target.value)} />
            )}
          </Field>
          <div className="grid gap-5 md:grid-cols-2">
            <Field label="Company id" hint="The company you sign in to ConnectWise with." error={problems.companyId}>
              {(control) => (
                <Input {...control} autoComplete="off" spellCheck={false} value={values.companyId} onChange={(event) => change("companyId", event.target.value)} />
              )}
            </Field>
            <Field label="Client id" hint="The integration's clientId from the ConnectWise developer network." error={problems.clientId}>
              {(control) => (
                <Input {...control} autoComplete="off" spellCheck={false} value={values.clientId} onChange={(event) => change("clientId", event.target.value)} />
              )}
            </Field>
            <KeyField
              label="Public key"
              stored={saved?.public_key}
              value={values.publicKey}
              error={problems.publicKey}
              onChange={(value) => change("publicKey", value)}
            />
            <KeyField
              label="Private key"
              stored={saved?.private_key}
              value={values.privateKey}
              error={problems.privateKey}
              onChange={(value) => change("privateKey", value)}
            />
            <Field label="Default note type" hint="Where pushed session notes show on the ticket, unless the engineer picks another.">
              {(control) => (
                <Select {...control} value={values.defaultNoteType} onChange={(event) => change("defaultNoteType", event.target.value as NoteType)}>
                  <NoteTypeOptions />
                </Select>
              )}
            </Field>
          </div>
          <AllowHttpOption checked={values.allowHttp} onChange={(allowed) => change("allowHttp", allowed)} />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" busy={save.isPending}>
              Save connection
            </Button>
            <Button variant="secondary" busy={test.isPending} onClick={runTest}>
              Test connection
            </Button>
            {saved && (
              <Button variant="danger" className="sm:ml-auto" onClick={() => setDeleting(true)}>
                Delete connection…
              </Button>
            )}
          </div>
          <p className="-mt-3 text-xs text-fg-muted">The test uses the settings above, saved or not (blank keys: the stored ones), and saves nothing.</p>
          <div aria-live="polite">{test.data && <ConnectionTestResult result={test.data} />}</div>
        </form>
      </Card>
      <DeleteConnectionDialog open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}

function ConnectionStatus({ saved }: { saved: Connection | null }) {
  if (!saved) {
    return (
      <Alert title="Not connected">
        Sessions cannot show their ticket or push notes to ConnectWise until a connection is saved. Ask your ConnectWise administrator for an API
        member's keys and your integration's client id.
      </Alert>
    );
  }
  return (
    <Card className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 text-sm">
      <Badge tone="success">Set up</Badge>
      <span className="font-medium break-all text-fg">{saved.site}</span>
      <span className="text-fg-muted">
        company {saved.company_id} · changed {formatDateTime(saved.updated_at)}
      </span>
    </Card>
  );
}

interface KeyFieldProps {
  label: string;
  stored: Connection["public_key"] | undefined;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** A key is never shown again: what is stored reads as its last 4 characters; blank keeps it. */
function KeyField({ label, stored, value, error, onChange }: KeyFieldProps) {
  const hint = stored
    ? `Set, ends in …${stored.last4}, set on ${formatDateTime(stored.set_at)}. Leave blank to keep it; type a new one to replace it.`
    : "From the API member in ConnectWise (System → Members → API Members).";
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <Input
          {...control}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          placeholder={stored ? `…${stored.last4}` : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

function AllowHttpOption({ checked, onChange }: { checked: boolean; onChange: (allowed: boolean) => void }) {
  return (
    <div className="flex flex-col gap-2">
      <label className="flex items-start gap-2 text-sm text-fg">
        <input type="checkbox" className="mt-0.5 size-4 accent-accent" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <span>
          Allow an http:// site
          <span className="block text-xs text-fg-muted">For a test or development PSA only.</span>
        </span>
      </label>
      {checked && (
        <Alert tone="warning">
          Over http:// the keys and every ticket travel unencrypted. Use it only for a test server on your own machine or network; production
          installations refuse http:// sites.
        </Alert>
      )}
    </div>
  );
}
