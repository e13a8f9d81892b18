"""Targets CSV parsing: what a file becomes, and every problem named by line, column and code."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.maintenance.targets_csv import CsvTarget, parse


def parsed(text: str | bytes, max_rows: int = 100) -> tuple[list[CsvTarget], list[tuple[int, str | None, str]]]:
    data = text.encode() if isinstance(text, str) else text
    targets, problems = parse(data, max_rows=max_rows, max_fields=3)
    return targets, [(p.line, p.column, p.code) for p in problems]


def test_columns_client_device_and_fields_in_any_order_and_case() -> None:
    targets, problems = parsed("IP,Client,DEVICE,Site\n10.0.0.1, Contoso ,DC01,Amsterdam\n\n10.0.0.2,Contoso,,\n")
    assert problems == []
    assert targets == [
        CsvTarget(2, "Contoso", "DC01", {"IP": "10.0.0.1", "Site": "Amsterdam"}),
        CsvTarget(4, "Contoso", "", {"IP": "10.0.0.2"}),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbfclient;device\r\nContoso;DC01\r\n",  # Excel: BOM, semicolons, CRLF
        b"client\tdevice\nContoso\tDC01\n",
        b'client,device\n"Contoso","DC01"\n',
    ],
)
def test_bom_delimiters_and_quotes(data: bytes) -> None:
    assert parsed(data) == ([CsvTarget(2, "Contoso", "DC01", {})], [])


def test_a_quoted_cell_over_several_lines_keeps_the_line_where_its_row_starts() -> None:
    targets, problems = parsed('client,notes\nA,"line one\nline two"\nB,x\n,y\n')
    assert [(t.line, t.client, t.fields) for t in targets] == [
        (2, "A", {"notes": "line one\nline two"}),
        (4, "B", {"notes": "x"}),
    ]
    assert problems == [(5, "client", "client_required")]


def test_every_row_problem_is_reported_with_its_line() -> None:
    text = "\n".join(
        [
            "client,device,serial",
            "Contoso,DC01,1",
            "Contoso,DC01,2",  # same target as line 2
            ",FS01,3",
            "Fabrikam," + "x" * 201 + ",4",
            "Fabrikam,FS02,5,extra",
            "Fabrikam,FS03," + "y" * 501,
            "Litware,DC01,6,,",  # empty extra cells are fine
        ]
    )
    targets, problems = parsed(text)
    assert problems == [
        (3, "client", "duplicate_target"),
        (4, "client", "client_required"),
        (5, "device", "too_long"),
        (6, None, "extra_cells"),
        (7, "serial", "too_long"),
    ]
    assert [t.line for t in targets] == [2, 8]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", [(0, None, "empty")]),
        (b"client,device\n", [(0, None, "empty")]),
        (b"\xff\xfeclient", [(0, None, "not_utf8")]),
        (b"client\nA\x00\n", [(0, None, "invalid_characters")]),
        (b"device,name\nDC01,x\n", [(1, "client", "client_column_missing")]),
        (b"client,Client\nA,B\n", [(1, "Client", "duplicate_column")]),
        (b"client,,x\nA,B,C\n", [(1, None, "empty_column_name")]),
        (b"client,a,b,c,d\nA,1,2,3,4\n", [(1, None, "too_many_fields")]),
        (b'client\n"A\n', [(2, None, "malformed")]),
    ],
)
def test_file_problems(data: bytes, expected: list[tuple[int, str | None, str]]) -> None:
    assert parsed(data) == ([], expected)


def test_too_many_rows_stops_there() -> None:
    targets, problems = parsed("client\n" + "\n".join(f"C{n}" for n in range(5)), max_rows=3)
    assert (len(targets), problems) == (3, [(5, None, "too_many_rows")])


cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=30)


@given(st.lists(st.tuples(cells, cells, cells), max_size=20), st.sampled_from([",", ";", "\t"]))
@settings(max_examples=200, deadline=None)
def test_any_file_written_by_a_csv_writer_parses_to_its_rows_or_names_its_problems(
    rows: list[tuple[str, str, str]], delimiter: str
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["client", "device", "note"])
    writer.writerows(rows)
    targets, problems = parse(buffer.getvalue().encode(), max_rows=100, max_fields=3)
    expected = [row for row in rows if any(cell.strip() for cell in row)]
    if not problems:
        assert [(t.client, t.device, t.fields.get("note", "")) for t in targets] == [
            (c.strip(), d.strip(), n.strip()) for c, d, n in expected
        ]
    else:
        assert all(problem.code in {"client_required", "duplicate_target", "empty"} for problem in problems)
