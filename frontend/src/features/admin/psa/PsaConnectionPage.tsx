import { ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { isNotConnected } from "@/lib/psa";

import { useConnection } from "./api";
import { ConnectionForm } from "./ConnectionForm";

/** Admin → PSA connection: the team's ConnectWise site and keys, a test, and removal. */
export function PsaConnectionPage() {
  const connection = useConnection();
  const notConnected = isNotConnected(connection.error);
  // After a removal the last data stays cached beside the 409: the error is what holds now.
  const saved = notConnected ? null : (connection.data ?? null);
  return (
    <>
      <PageHeader
        title="PSA connection"
        description="Connect your team to ConnectWise PSA: sessions then show their ticket and push their documentation to it as a note."
      />
      {connection.isPending && <SkeletonList lines={4} label="Loading the connection" />}
      {connection.isError && !notConnected && <ErrorState error={connection.error} onRetry={() => void connection.refetch()} />}
      {/* A new key after each save or removal: the form starts again from what is stored. */}
      {(saved ?? notConnected) && <ConnectionForm key={saved?.updated_at ?? "none"} saved={saved} />}
    </>
  );
}
