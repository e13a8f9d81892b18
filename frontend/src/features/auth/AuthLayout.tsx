import type { ReactNode } from "react";

/** The frame of the pages around signing in: centred, no navigation. */
export function AuthLayout({ title, subtitle, children, aside }: { title: string; subtitle?: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <img src="/favicon.svg" alt="" className="size-8" />
        ResolutionFlow
      </div>
      <section className="w-full max-w-md rounded-lg border border-border bg-surface p-6 shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        {subtitle && <p className="mt-1 text-sm text-fg-muted">{subtitle}</p>}
        <div className="mt-6 flex flex-col gap-4">{children}</div>
      </section>
      {aside && <div className="w-full max-w-md">{aside}</div>}
    </main>
  );
}
