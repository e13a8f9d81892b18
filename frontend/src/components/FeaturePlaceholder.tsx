import type { ReactNode } from "react";

import { EmptyState, PageHeader } from "@/components/ui";

/** A route that exists in the table but whose page is still being built. */
export function FeaturePlaceholder({ title, description, planned }: { title: string; description: string; planned: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title="Coming soon" description={planned} />
    </>
  );
}
