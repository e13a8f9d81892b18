import { Field, Input } from "@/components/ui";
import { MIN_PASSWORD_LENGTH } from "@/lib/form-checks";

interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  problems: { password?: string | undefined; confirmation?: string | undefined };
}

/** A new password and its repetition, with the length rule as a hint (reset, invitation, profile). */
export function NewPasswordFields({ password, confirmation, onPassword, onConfirmation, problems }: NewPasswordFieldsProps) {
  return (
    <>
      <Field label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password.`} error={problems.password}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => {
              onPassword(event.target.value);
            }}
          />
        )}
      </Field>
      <Field label="Repeat the new password" error={problems.confirmation}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={(event) => {
              onConfirmation(event.target.value);
            }}
          />
        )}
      </Field>
    </>
  );
}
