"""Targets from a CSV file: parsing and row checks. Pure: no database.

The file is text (UTF-8 when given as bytes; a byte-order mark is fine), comma-, semicolon- or
tab-separated (whichever the header line uses most). The header names the columns: `client`
(required), `device` (optional), and any others, which become the targets' fields under the
header's name. Blank lines are skipped. Every problem is reported with its line, column and a code;
the caller imports all rows or none.
"""

import csv
import io
from dataclasses import dataclass, field

MAX_CELL = 500
MAX_NAME = 200
MAX_FIELD_NAME = 64
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class CsvProblem:
    line: int  # 1 is the header; 0: the file as a whole
    column: str | None
    code: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class CsvTarget:
    line: int
    client: str
    device: str
    fields: dict[str, str] = field(default_factory=dict)


def _delimiter(header: str) -> str:
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _header(names: list[str], max_fields: int) -> tuple[dict[str, int], list[CsvProblem]]:
    """Column index by name (`client`, `device`, then the fields' names), and the header's problems."""
    problems: list[CsvProblem] = []
    columns: dict[str, int] = {}
    seen: set[str] = set()
    for index, raw in enumerate(names):
        name = raw.strip()
        key = name.casefold()
        if not name:
            problems.append(CsvProblem(1, None, "empty_column_name", f"Column {index + 1} has no name."))
            continue
        if key in seen:
            problems.append(CsvProblem(1, name, "duplicate_column", f"The column '{name}' appears more than once."))
            continue
        seen.add(key)
        if len(name) > MAX_FIELD_NAME:
            problems.append(
                CsvProblem(
                    1, name[:MAX_FIELD_NAME], "too_long", f"Column names have at most {MAX_FIELD_NAME} characters."
                )
            )
            continue
        columns["client" if key == "client" else "device" if key == "device" else name] = index
    if "client" not in columns:
        problems.append(CsvProblem(1, "client", "client_column_missing", "The header needs a `client` column."))
    if len(columns.keys() - {"client", "device"}) > max_fields:
        problems.append(CsvProblem(1, None, "too_many_fields", f"A target has at most {max_fields} fields."))
    return columns, problems


def parse(data: str | bytes, *, max_rows: int, max_fields: int) -> tuple[list[CsvTarget], list[CsvProblem]]:
    """The targets of a CSV file (its text, or its bytes in UTF-8), and every problem found (the
    targets are only usable without any)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return [], [CsvProblem(0, None, "not_utf8", "The file is not UTF-8 text.")]
    text = data.removeprefix("\ufeff")
    if "\x00" in text:
        return [], [CsvProblem(0, None, "invalid_characters", "The file contains NUL characters.")]
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    if not first_line.strip():
        return [], [CsvProblem(0, None, "empty", "The file is empty; it needs a header line and rows.")]
    reader = csv.reader(io.StringIO(text.lstrip("\r\n")), delimiter=_delimiter(first_line), strict=True)
    targets: list[CsvTarget] = []
    problems: list[CsvProblem] = []
    try:
        columns, problems = _header(next(reader), max_fields)
        if problems:
            return [], problems
        first_seen: dict[tuple[str, str], int] = {}
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(targets) >= max_rows:
                problems.append(CsvProblem(start, None, "too_many_rows", f"A schedule has at most {max_rows} targets."))
                break
            target = _row(start, cells, columns, problems)
            if target is None:
                continue
            key = (target.client, target.device)
            if key in first_seen:
                problems.append(
                    CsvProblem(
                        start, "client", "duplicate_target", f"Same client and device as line {first_seen[key]}."
                    )
                )
                continue
            first_seen[key] = start
            targets.append(target)
    except csv.Error as exc:
        problems.append(CsvProblem(reader.line_num, None, "malformed", f"The CSV is malformed: {exc}."))
    if not targets and not problems:
        problems.append(CsvProblem(0, None, "empty", "The file has a header but no rows."))
    return targets, problems


def _row(line: int, cells: list[str], columns: dict[str, int], problems: list[CsvProblem]) -> CsvTarget | None:
    width = max(columns.values()) + 1
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        problems.append(CsvProblem(line, None, "extra_cells", f"The line has {len(cells)} cells; the header {width}."))
        return None
    values = {name: (cells[index].strip() if index < len(cells) else "") for name, index in columns.items()}
    found = len(problems)
    for name, value in values.items():
        limit = MAX_NAME if name in ("client", "device") else MAX_CELL
        if len(value) > limit:
            problems.append(CsvProblem(line, name, "too_long", f"At most {limit} characters."))
    if not values["client"]:
        problems.append(CsvProblem(line, "client", "client_required", "Every target names its client."))
    if len(problems) > found:
        return None
    fields = {name: value for name, value in values.items() if name not in ("client", "device") and value}
    return CsvTarget(line, values["client"], values.get("device", ""), fields)
