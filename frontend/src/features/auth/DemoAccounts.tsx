import type { Schema } from "@/api/types";
import { Card } from "@/components/ui";

type DemoCredentials = Schema<"DemoCredentialsOut">;

/** Local development only (the API sends them nowhere else): the seeded accounts, one click each. */
export function DemoAccounts({ demo, onPick }: { demo: DemoCredentials; onPick: (email: string, password: string) => void }) {
  return (
    <Card className="p-4">
      <h2 className="text-sm font-semibold">Demo accounts</h2>
      <p className="mt-1 text-xs text-fg-muted">
        Local development: every account's password is <code className="font-mono text-fg">{demo.password}</code>. Pick
        one to fill the form.
      </p>
      <ul className="mt-3 grid grid-cols-1 gap-1 sm:grid-cols-2">
        {demo.accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              onClick={() => {
                onPick(account.email, demo.password);
              }}
              className="w-full rounded-md px-2 py-1.5 text-left hover:bg-surface-raised"
            >
              <span className="block text-sm text-fg">{account.email}</span>
              <span className="block text-xs text-fg-muted">{account.role}</span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
