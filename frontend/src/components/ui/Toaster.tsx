import { cx } from "./cx";
import { useToastStore, type ToastTone } from "./toast-store";

const TONES: Record<ToastTone, string> = {
  info: "border-l-accent",
  success: "border-l-success",
  danger: "border-l-danger",
};

/** Renders the toasts of `toast-store`; mounted once at the app's root. */
export function Toaster() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <div aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === "danger" ? "alert" : "status"}
          className={cx(
            "pointer-events-auto flex items-start justify-between gap-3 rounded-md border border-l-4 border-border bg-surface-raised p-3 shadow-lg",
            TONES[toast.tone],
          )}
        >
          <div className="text-sm">
            <p className="font-medium text-fg">{toast.title}</p>
            {toast.description && <p className="mt-0.5 text-fg-muted">{toast.description}</p>}
          </div>
          <button
            type="button"
            onClick={() => {
              dismiss(toast.id);
            }}
            className="rounded px-1 text-fg-muted hover:text-fg"
            aria-label="Dismiss notification"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
