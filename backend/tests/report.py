"""Figures the proof-harness tests print at the end of the run (matrix cases, fuzz calls, faults).

A test calls `report("access-control matrix", "612 route x role x team cases")`; the root conftest's
`pytest_terminal_summary` prints every line, also without `-s`.
"""

LINES: dict[str, str] = {}


def report(topic: str, text: str) -> None:
    LINES[topic] = text
    print(f"\n[{topic}] {text}")
