"""A maintenance run's report: per-target outcomes, failures first. Markdown, HTML or CSV. Pure.

Every text that comes from people (schedule and flow names, clients, devices, fields, step titles)
passes through the team's redaction document first, like a session export. CSV cells that a
spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) are prefixed with `'`.
"""

import base64
import csv
import hashlib
import html
import io
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.maintenance.schemas import ColumnOut, RunSummaryOut, TargetOutcome
from app.redaction.engine import RedactionDocument
from app.sessions.document import redact_texts


class ReportFormat(StrEnum):
    MD = "md"
    HTML = "html"
    CSV = "csv"


MEDIA_TYPES = {
    ReportFormat.MD: "text/markdown; charset=utf-8",
    ReportFormat.HTML: "text/html; charset=utf-8",
    ReportFormat.CSV: "text/csv; charset=utf-8",
}
OUTCOME_TITLES = {"failed": "Failed", "open": "Not finished", "done": "Done"}
STATUS_MARKS = {"done": "done", "failed": "FAILED", "skipped": "skipped", "open": "open", "not_applicable": "n/a"}


@dataclass(frozen=True)
class ReportRow:
    position: int
    client: str
    device: str
    fields: dict[str, str]
    session_id: uuid.UUID
    session_status: str
    outcome: TargetOutcome
    percent: int
    statuses: list[str]  # per column of the run
    counts: dict[str, int]


@dataclass(frozen=True)
class Report:
    run: RunSummaryOut
    columns: Sequence[ColumnOut]
    rows: Sequence[ReportRow]  # failures first


@dataclass(frozen=True, slots=True)
class RenderedReport:
    format: ReportFormat
    content: str
    redactions: int
    media_type: str
    filename: str


def _redacted(report: Report, document: RedactionDocument) -> tuple[Report, int]:
    texts = [report.run.title, report.run.flow.title, *(column.title for column in report.columns)]
    for row in report.rows:
        texts += [row.client, row.device, *row.fields.keys(), *row.fields.values()]
    redacted = redact_texts([text for text in texts if text], document)

    def f(text: str) -> str:
        return redacted[text][0] if text else text

    count = sum(hidden for _, hidden in redacted.values())
    run = report.run.model_copy(
        update={
            "title": f(report.run.title),
            "flow": report.run.flow.model_copy(update={"title": f(report.run.flow.title)}),
        }
    )
    columns = [column.model_copy(update={"title": f(column.title)}) for column in report.columns]
    rows = [
        replace(row, client=f(row.client), device=f(row.device), fields={f(k): f(v) for k, v in row.fields.items()})
        for row in report.rows
    ]
    return Report(run, columns, rows), count


def _local(at: datetime, timezone: str) -> str:
    return at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M %Z")


def _header(report: Report) -> list[tuple[str, str]]:
    run, progress = report.run, report.run.progress
    status = "completed" if run.status == "completed" else ("OVERDUE" if run.overdue else "open")
    return [
        ("Flow", f"{run.flow.title}" + (f" (version {run.flow.version})" if run.flow.version else "")),
        ("Due", _local(run.due_at, run.timezone)),
        ("Deadline", _local(run.deadline_at, run.timezone)),
        ("Status", status),
        ("Progress", f"{progress.percent} % of steps ({progress.steps_closed} closed, {progress.steps_open} open)"),
        (
            "Targets",
            f"{run.target_count}: {progress.targets_failed} failed, {progress.targets_open} not finished, "
            f"{progress.targets_done} done",
        ),
        ("Generated", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def _failed_steps(report: Report, row: ReportRow) -> str:
    return ", ".join(
        column.title for column, status in zip(report.columns, row.statuses, strict=True) if status == "failed"
    )


def _groups(report: Report) -> list[tuple[str, list[ReportRow]]]:
    return [(outcome, [row for row in report.rows if row.outcome == outcome]) for outcome in ("failed", "open", "done")]


_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|~&#]")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\g<0>", " ".join(text.split()))


def render_markdown(report: Report) -> str:
    out = [f"# Maintenance run: {_md(report.run.title)}\n\n"]
    out += [f"- **{label}:** {_md(value)}\n" for label, value in _header(report)]
    for outcome, rows in _groups(report):
        out.append(f"\n## {OUTCOME_TITLES[outcome]} ({len(rows)})\n\n")
        if not rows:
            out.append("None.\n")
            continue
        out.append("| # | Client | Device | Progress | Failed steps | Session |\n|---|---|---|---|---|---|\n")
        for row in rows:
            failed = _md(_failed_steps(report, row)) or "-"
            out.append(
                f"| {row.position} | {_md(row.client)} | {_md(row.device) or '-'} | {row.percent} % | {failed} "
                f"| `{row.session_id}` |\n"
            )
    return "".join(out)


_CSS = (
    "body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2127}"
    "main{max-width:72rem;margin:0 auto;padding:2rem 1.5rem}"
    "h1{font-size:1.4rem;border-bottom:3px solid #0b63e5;padding-bottom:.4rem}"
    "h2{font-size:1.1rem;margin-top:1.8rem;color:#0b63e5}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600;color:#5b6470}dd{margin:0}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d7dce2;padding:.3rem .5rem;text-align:left;"
    "vertical-align:top}th{background:#f3f5f8}tr.failed td:first-child{border-left:4px solid #c0262d}"
    "code{font:12px ui-monospace,Consolas,monospace}"
    "@media print{main{max-width:none;padding:0}}"
)
_CSS_HASH = base64.b64encode(hashlib.sha256(_CSS.encode()).digest()).decode()
HTML_CSP = f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; base-uri 'none'; form-action 'none'"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(report: Report) -> str:
    title = _esc(f"Maintenance run: {report.run.title}")
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(HTML_CSP)}">'
        f'<meta name="referrer" content="no-referrer"><title>{title}</title><style>{_CSS}</style></head>\n'
        f"<body><main>\n<h1>{title}</h1>\n<dl>"
    ]
    out += [f"<dt>{_esc(label)}</dt><dd>{_esc(value)}</dd>" for label, value in _header(report)]
    out.append("</dl>\n")
    for outcome, rows in _groups(report):
        out.append(f"<h2>{OUTCOME_TITLES[outcome]} ({len(rows)})</h2>\n")
        if not rows:
            out.append("<p>None.</p>\n")
            continue
        out.append("<table><thead><tr><th>#</th><th>Client</th><th>Device</th><th>Progress</th>")
        out.append("<th>Failed steps</th><th>Session</th></tr></thead><tbody>\n")
        for row in rows:
            out.append(
                f'<tr class="{outcome}"><td>{row.position}</td><td>{_esc(row.client)}</td><td>{_esc(row.device)}</td>'
                f"<td>{row.percent} %</td><td>{_esc(_failed_steps(report, row))}</td>"
                f"<td><code>{row.session_id}</code></td></tr>\n"
            )
        out.append("</tbody></table>\n")
    out.append(f"<footer><p>ResolutionFlow maintenance run {report.run.id}</p></footer>\n</main></body></html>\n")
    return "".join(out)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def render_csv(report: Report) -> str:
    """One line per target (failures first), one column per step with its status."""
    fields = list(dict.fromkeys(name for row in report.rows for name in row.fields))
    titles = [column.title for column in report.columns]
    step_headers = [
        title if titles.count(title) == 1 else f"{title} ({column.node_id})"
        for title, column in zip(titles, report.columns, strict=True)
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            _cell(h)
            for h in [
                "position",
                "client",
                "device",
                "outcome",
                "percent",
                "done",
                "failed",
                "skipped",
                "open",
                "not_applicable",
                "failed_steps",
                "session_id",
                *fields,
                *step_headers,
            ]
        ]
    )
    for row in report.rows:
        counts = row.counts
        writer.writerow(
            [
                row.position,
                _cell(row.client),
                _cell(row.device),
                row.outcome,
                row.percent,
                counts["done"],
                counts["failed"],
                counts["skipped"],
                counts["open"],
                counts["not_applicable"],
                _cell(_failed_steps(report, row)),
                row.session_id,
                *(_cell(row.fields.get(name, "")) for name in fields),
                *row.statuses,
            ]
        )
    return buffer.getvalue()


_RENDERERS: dict[ReportFormat, Callable[[Report], str]] = {
    ReportFormat.MD: render_markdown,
    ReportFormat.HTML: render_html,
    ReportFormat.CSV: render_csv,
}
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def render(report: Report, fmt: ReportFormat, document: RedactionDocument) -> RenderedReport:
    redacted, count = _redacted(report, document)
    slug = _SLUG.sub("-", redacted.run.title).strip("-")[:40] or "run"
    day = redacted.run.due_at.astimezone(UTC).strftime("%Y-%m-%d")
    filename = f"maintenance-{slug}-{day}-{redacted.run.id.hex[:8]}.{fmt.value}"
    return RenderedReport(fmt, _RENDERERS[fmt](redacted), count, MEDIA_TYPES[fmt], filename)
