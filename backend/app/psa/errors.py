"""Why a PSA request failed: one class per machine-readable code (HTTP status via AppError).

`PsaCallFailed` subclasses describe a call to the PSA that did not work. Their messages are written
by us, never copied from the PSA's answer or from an exception (which could echo a request), so
they are safe to log, store on a push and show. Each says whether a write may have happened anyway
(`uncertain`: the request went out and no answer says it failed) and whether trying again can help.
"""

from typing import Any, ClassVar

from app.core.errors import AppError, Conflict, NotFound, Unprocessable

# --- calls to the PSA -----------------------------------------------------------------------


class PsaCallFailed(AppError):
    status_code: ClassVar[int] = 502
    code = "psa_error"
    message = "The PSA did not accept the request."
    retryable: ClassVar[bool] = False
    uncertain: bool = False


class PsaBadCredentials(PsaCallFailed):
    code = "psa_bad_credentials"
    message = "ConnectWise refused the credentials: check the company id, the public and private key and the client id."


class PsaForbidden(PsaCallFailed):
    code = "psa_forbidden"
    message = "The API member's security role does not allow this: grant it in ConnectWise ({what})."

    def __init__(self, what: str) -> None:
        super().__init__(self.message.format(what=what))


class PsaNotFound(PsaCallFailed):
    """The PSA has no such record (the callers turn it into a more precise error)."""

    status_code = 404
    code = "psa_not_found"
    message = "The PSA has no such record."


class PsaSiteUnknown(PsaCallFailed):
    code = "psa_site_unknown"
    message = "No ConnectWise API answers at {site}: check the site (for example na.myconnectwise.net)."

    def __init__(self, site: str) -> None:
        super().__init__(self.message.format(site=site))


class PsaTlsError(PsaCallFailed):
    code = "psa_tls_error"
    message = "The secure connection to {site} failed: its certificate is not valid or it does not speak HTTPS."

    def __init__(self, site: str) -> None:
        super().__init__(self.message.format(site=site))


class PsaUnreachable(PsaCallFailed):
    status_code = 503
    code = "psa_unreachable"
    message = "Could not connect to {site}."
    retryable = True

    def __init__(self, site: str) -> None:
        super().__init__(self.message.format(site=site))


class PsaTimeout(PsaCallFailed):
    status_code = 504
    code = "psa_timeout"
    message = "ConnectWise did not answer within {seconds:g} s."
    retryable = True

    def __init__(self, seconds: float, *, sent: bool) -> None:
        self.uncertain = sent
        super().__init__(self.message.format(seconds=seconds))


class PsaThrottled(PsaCallFailed):
    status_code = 503
    code = "psa_throttled"
    message = "ConnectWise is throttling requests; try again in {seconds} s."
    retryable = True

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = max(1, retry_after_seconds)
        super().__init__(self.message.format(seconds=self.retry_after_seconds))

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_seconds)}

    def body(self) -> dict[str, Any]:
        return {**super().body(), "retry_after": self.retry_after_seconds}


class PsaConnectionLost(PsaCallFailed):
    status_code = 503
    code = "psa_connection_lost"
    message = "The connection to ConnectWise broke off before it answered."
    retryable = True
    uncertain = True


class PsaServerError(PsaCallFailed):
    code = "psa_server_error"
    message = "ConnectWise answered with an error (HTTP {status})."
    retryable = True

    def __init__(self, status: int, *, sent: bool = True) -> None:
        self.uncertain = sent
        super().__init__(self.message.format(status=status))


class PsaRejected(PsaCallFailed):
    code = "psa_rejected"
    message = "ConnectWise rejected the request as invalid (HTTP {status})."

    def __init__(self, status: int) -> None:
        super().__init__(self.message.format(status=status))


class PsaBadResponse(PsaCallFailed):
    code = "psa_bad_response"
    message = "ConnectWise answered something that is not what its API returns."


# --- our side -------------------------------------------------------------------------------


class PsaNotConnected(Conflict):
    code = "psa_not_connected"
    message = "The team has no PSA connection; a team admin sets it up first."


class PsaCredentialsUnreadable(Conflict):
    code = "psa_credentials_unreadable"
    message = "The stored PSA keys cannot be decrypted with the configured ENCRYPTION_KEY; enter them again."


class PsaKeysRequired(Unprocessable):
    code = "psa_keys_required"
    message = "A new connection needs the public and the private key."


class PsaSiteInvalid(Unprocessable):
    code = "psa_site_invalid"
    message = "The site is a host name such as na.myconnectwise.net, optionally with https:// and a port."


class PsaSiteInsecure(Unprocessable):
    code = "psa_site_insecure"
    message = "An http:// site sends the keys unencrypted; it needs `allow_http` (and is refused in production)."


class PsaTicketNotFound(NotFound):
    code = "psa_ticket_not_found"
    message = "The PSA has no ticket {ticket_id}."

    def __init__(self, ticket_id: str) -> None:
        super().__init__(self.message.format(ticket_id=ticket_id))


class PsaTicketIdInvalid(Unprocessable):
    code = "psa_ticket_id_invalid"
    message = "ConnectWise ticket ids are numbers (for example 12345 or #12345)."


class PsaMemberNotFound(Unprocessable):
    code = "psa_member_not_found"
    message = "ConnectWise has no active member with this id."


class SessionHasNoTicket(Conflict):
    code = "session_has_no_ticket"
    message = "The session is not tied to a ticket; only sessions started with a ticket id can be pushed."
