"""Why maintenance refuses a request: one class per machine-readable code (HTTP status via AppError)."""

from typing import Any

from app.core.errors import Conflict, PermissionDenied, Unprocessable


class InvalidRecurrence(Unprocessable):
    """A cron expression that does not parse or never fires, or an unknown time zone."""

    code = "invalid_recurrence"
    message = "The recurrence is not valid."


class FlowNotMaintenance(Unprocessable):
    code = "flow_not_maintenance"
    message = "Schedules run maintenance flows; this flow is of another kind."


class FlowNotRunnable(Conflict):
    """The flow has no published version, or it is archived."""

    code = "flow_not_runnable"
    message = "The flow has no published version to run, or it is archived."


class NotScheduleOwner(PermissionDenied):
    code = "not_schedule_owner"
    message = "Only the schedule's owner or a team admin can delete it."


class DuplicateTarget(Conflict):
    code = "duplicate_target"
    message = "The schedule already has a target for this client and device."


class TooManyTargets(Unprocessable):
    code = "too_many_targets"

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"A schedule has at most {limit} targets.")

    def body(self) -> dict[str, Any]:
        return {**super().body(), "limit": self.limit}


class NoTargets(Conflict):
    code = "no_targets"
    message = "The schedule has no targets to run on."


class CsvInvalid(Unprocessable):
    """A targets CSV with problems: nothing was imported. `errors` lists them by line (the first 200)."""

    code = "csv_invalid"
    message = "The CSV has problems; nothing was imported."

    def __init__(self, errors: list[dict[str, Any]], total: int) -> None:
        self.errors = errors
        self.total = total
        super().__init__(f"The CSV has {total} problem{'s' if total != 1 else ''}; nothing was imported.")

    def body(self) -> dict[str, Any]:
        return {**super().body(), "errors": self.errors, "error_count": self.total}


class BulkRefused(Unprocessable):
    """Some cells of a bulk completion cannot be completed: nothing was written. `errors` says which."""

    code = "bulk_refused"
    message = "Some cells cannot be completed; nothing was changed."

    def __init__(self, errors: list[dict[str, Any]], total: int) -> None:
        self.errors = errors
        self.total = total
        super().__init__(f"{total} cell{'s' if total != 1 else ''} cannot be completed; nothing was changed.")

    def body(self) -> dict[str, Any]:
        return {**super().body(), "errors": self.errors, "error_count": self.total}


class BulkStale(Conflict):
    """Sessions changed since the `expected_seq` the client sent for them: nothing was written."""

    code = "stale_seq"
    message = "Some rows changed since you loaded them; nothing was changed. `stale` lists them."

    def __init__(self, stale: list[dict[str, Any]]) -> None:
        self.stale = stale
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "stale": self.stale}
