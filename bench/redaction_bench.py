"""Benchmark of the redaction engine (app/redaction/engine.py): no database, no server.

Inputs, generated with a fixed seed:
- `dense`: 256 KiB of Windows/network command output where most lines carry something to hide
  (ipconfig and netstat addresses, MAC addresses, IPv6 link-local addresses, e-mails, phone
  numbers) between timestamps, GUIDs, hashes and build numbers that must stay: about one finding
  per 110 bytes, far more than a real paste.
- `typical`: 256 KiB of the same kinds of lines where one line in twenty carries a finding.
Both have a few secrets too (a password, a bearer token, a JWT, a card number).
- `worst`: 1 MiB (the per-call limit) of `dense`.

Redactors: built-ins only; built-ins and every optional category ("all"); and "all" plus 50 custom
rules (the per-team maximum), which no input matches except `typical + rule hit`. Each figure is
the median of N timed calls (after two warm-ups), with the 90th percentile beside it. A document
of 200 fields of 1.3 KiB each, redacted through one `RedactionDocument`, shows the per-call
overhead.

    cd backend && .venv/bin/python ../bench/redaction_bench.py [--runs 30]
"""

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from app.redaction.engine import Category, CustomRule, Redactor

KIB = 1024


def _noise_lines(rnd: random.Random) -> list[Callable[[], str]]:
    return [
        lambda: (
            f"2026-11-23 12:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}.{rnd.randint(0, 999):03d} INFO  "
            f"[svc-{rnd.randint(1, 9)}] Request {rnd.getrandbits(128):032x} completed in {rnd.randint(1, 999)} ms"
        ),
        lambda: f"OS Version: 10.0.19045.{rnd.randint(1000, 4000)} Build {rnd.randint(10000, 30000)}",
        lambda: (
            f"C:\\Users\\jdoe\\AppData\\Local\\Microsoft\\Outlook\\{rnd.getrandbits(64):016x}.ost  "
            f"{rnd.randint(1, 10**9)} bytes"
        ),
        lambda: (
            f"Event ID {rnd.randint(1, 9999)}: The description for Event ID {rnd.randint(1, 65535)} from source "
            f"Outlook cannot be found. {{{rnd.getrandbits(32):08x}-{rnd.getrandbits(16):04x}-"
            f"{rnd.getrandbits(16):04x}-{rnd.getrandbits(16):04x}-{rnd.getrandbits(48):012x}}}"
        ),
        lambda: "   DHCP Enabled. . . . . . . . . . . : Yes",
        lambda: f"sha256: {rnd.getrandbits(256):064x}",
    ]


def _finding_lines(rnd: random.Random) -> list[Callable[[], str]]:
    return [
        lambda: (
            f"   IPv4 Address. . . . . . . . . . . : 10.{rnd.randint(0, 255)}.{rnd.randint(0, 255)}."
            f"{rnd.randint(1, 254)}(Preferred)"
        ),
        lambda: (
            f"  TCP    0.0.0.0:{rnd.randint(1, 65535)}           0.0.0.0:0              LISTENING       "
            f"{rnd.randint(4, 9999)}"
        ),
        lambda: f"   Physical Address. . . . . . . . . : {'-'.join(f'{rnd.randint(0, 255):02X}' for _ in range(6))}",
        lambda: (
            f"Reply from 192.168.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}: bytes=32 time={rnd.randint(1, 99)}ms "
            f"TTL={rnd.randint(50, 128)}"
        ),
        lambda: (
            f"   Link-local IPv6 Address . . . . . : fe80::{rnd.getrandbits(16):x}:{rnd.getrandbits(16):x}:"
            f"{rnd.getrandbits(16):x}:{rnd.getrandbits(16):x}%{rnd.randint(1, 20)}"
        ),
        lambda: (
            f"Mail from user{rnd.randint(1, 999)}@contoso.com rejected; call helpdesk +1 (555) 010-"
            f"{rnd.randint(1000, 9999)}"
        ),
    ]


SECRETS = [
    "$cred = New-Object PSCredential('svc-backup', (ConvertTo-SecureString 'Winter2026!' -AsPlainText -Force))",
    "curl -H 'Authorization: Bearer 4f9a7c2e1b8d6f3a0c5e9b2d7a1f4c8e' https://api.example.com/v1/devices",
    "token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "Card on file: 4111 1111 1111 1111, exp 12/29",
]


def generate(size: int, finding_share: float, seed: int = 7) -> str:
    rnd = random.Random(seed)  # noqa: S311 (reproducible input, not security)
    noise, findings = _noise_lines(rnd), _finding_lines(rnd)
    lines: list[str] = []
    length = 0
    while length < size:
        if rnd.random() < 0.002:
            line = rnd.choice(SECRETS)
        elif rnd.random() < finding_share:
            line = rnd.choice(findings)()
        else:
            line = rnd.choice(noise)()
        lines.append(line)
        length += len(line) + 1
    return "\n".join(lines)[:size]


def measure(call: Callable[[], object], runs: int) -> tuple[float, float]:
    for _ in range(2):
        call()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    custom = [CustomRule(f"rule-{i}", rf"(?i)\bcust{i:02d}-[a-z0-9]{{6}}\b") for i in range(50)]
    redactors = {
        "builtins": Redactor(),
        "all": Redactor(list(Category)),
        "all + 50 rules": Redactor(list(Category), custom),
    }
    inputs = {
        "dense 256 KiB": generate(256 * KIB, finding_share=1 / 2),
        "typical 256 KiB": generate(256 * KIB, finding_share=1 / 20),
        "worst 1 MiB": generate(1024 * KIB, finding_share=1 / 2),
    }
    # Custom rules cost one scan together while no rule matches; one hit makes every rule scan.
    inputs["typical + rule hit"] = inputs["typical 256 KiB"] + "\nClient cust07-ab12cd"

    print(f"median / p90 of {args.runs} runs, milliseconds")
    print(f"{'input':<20}{'redactor':<16}{'median':>9}{'p90':>9}{'spans':>8}")
    for input_name, text in inputs.items():
        for redactor_name, redactor in redactors.items():
            median, p90 = measure(lambda r=redactor, t=text: r.redact(t), args.runs)  # type: ignore[misc]
            spans = len(redactor.redact(text).spans)
            print(f"{input_name:<20}{redactor_name:<16}{median:>9.2f}{p90:>9.2f}{spans:>8}")

    fields = [generate(1300, finding_share=1 / 10, seed=seed) for seed in range(200)]

    def export() -> None:
        document = redactors["all"].document()
        for field in fields:
            document.redact(field)

    median, p90 = measure(export, args.runs)
    print(f"{'document 200x1.3K':<20}{'all':<16}{median:>9.2f}{p90:>9.2f}")


if __name__ == "__main__":
    main()
