import { Alert } from "@/components/ui";

import type { ConnectionTest } from "./api";

/** What went wrong, by the API's code (backend/app/psa/errors.py); its message says what to fix. */
const FAILURE_TITLES: Record<string, string | undefined> = {
  psa_bad_credentials: "Bad credentials",
  psa_forbidden: "Missing permission",
  psa_site_unknown: "Unknown site",
  psa_tls_error: "Secure connection failed",
  psa_timeout: "No answer in time",
  psa_unreachable: "Could not connect",
  psa_connection_lost: "Connection broken off",
  psa_throttled: "ConnectWise is throttling",
  psa_server_error: "ConnectWise failed",
  psa_rejected: "Request rejected",
  psa_bad_response: "Unexpected answer",
};

export function ConnectionTestResult({ result }: { result: ConnectionTest }) {
  if (!result.ok) {
    return (
      <Alert tone="danger" title={FAILURE_TITLES[result.code ?? ""] ?? "The test failed"}>
        {result.message}
      </Alert>
    );
  }
  // The message names the version already.
  const facts = [
    result.is_cloud !== null && result.is_cloud !== undefined && (result.is_cloud ? "cloud" : "self-hosted"),
    result.server_time_zone && `time zone ${result.server_time_zone}`,
  ].filter(Boolean);
  return (
    <Alert tone="success" title="Connection works">
      {result.message}
      {facts.length > 0 && <span className="mt-1 block text-fg-muted">{facts.join(" · ")}</span>}
    </Alert>
  );
}
