"""The redaction engine: finds secrets and personal data in text and replaces them with typed markers.

Pure: no database, no HTTP. A `Redactor` is built from a team's enabled optional categories and
custom rules; built-in secret detectors are always on.

Every pattern, built-in or a team's own, runs on RE2 (google-re2): matching time is linear in the
text whatever the pattern, so neither a pasted log nor an admin's regex can make redaction
backtrack catastrophically, and no timeout is needed. RE2 scans the UTF-8 bytes of the text; a
little Python then validates each candidate (Luhn, `ipaddress`, boundaries RE2 cannot express
without look-around) and spans are mapped back to `str` offsets at the end.

Overlapping findings are merged: the union of the overlapping spans is hidden (nothing any
detector flagged survives), labelled by a secret rather than by personal data, then by the longest
finding, ties going to the most specific detector. Numbered categories (`[IP-1]`, `[EMAIL-2]`)
are stable within a `RedactionDocument`, so the same address reads the same everywhere in one
export. Text that already is a marker is left alone, so redacting twice changes nothing.
"""

import ipaddress
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple, Protocol

import re2

# One call redacts at most one field of a document; the API's body limit is 1 MiB too. Redaction
# runs on the event loop, so the bound caps the time one call can take (about 4x the 256 KiB
# benchmark); larger documents are redacted field by field through one `RedactionDocument`.
MAX_TEXT_CHARS = 1024 * 1024
MAX_CUSTOM_RULES = 50
MAX_PATTERN_LENGTH = 500
RULE_NAME_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,39}$"
# RE2's memory budget for one custom rule: compiling a bigger program fails (pattern_too_complex),
# and the lazily built DFA stays within it (falling back to RE2's slower, still linear, NFA).
CUSTOM_RULE_MAX_MEM = 1 << 20


class Category(StrEnum):
    """Optional categories a team can switch on."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    EMAIL = "email"
    PHONE = "phone"
    MAC = "mac"


class Builtin(StrEnum):
    """What the always-on detectors find; also the label in `[REDACTED:<label>]`."""

    PASSWORD = "password"
    SECRET = "secret"
    TOKEN = "token"
    API_KEY = "api_key"
    JWT = "jwt"
    PRIVATE_KEY = "private_key"
    AWS_ACCESS_KEY = "aws_access_key"
    AWS_SECRET_KEY = "aws_secret_key"
    CREDIT_CARD = "credit_card"


CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Span:
    """A hidden stretch of the original text: `text[start:end]`, in `str` (code point) offsets."""

    start: int
    end: int
    category: str
    replacement: str


@dataclass(frozen=True, slots=True)
class RedactionResult:
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class CustomRule:
    name: str
    pattern: str
    enabled: bool = True


class InvalidRule(ValueError):
    """A custom rule that cannot be used; `code` is machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class TextTooLarge(ValueError):
    pass


# --- RE2, typed ------------------------------------------------------------------------------


class _Match(Protocol):
    def span(self, group: int = 0) -> tuple[int, int]: ...


class _Regex(Protocol):
    def finditer(self, text: bytes) -> Iterator[_Match]: ...

    def search(self, text: bytes) -> _Match | None: ...


def _compile(pattern: str, max_mem: int | None = None) -> _Regex:
    options = re2.Options()
    options.log_errors = False  # RE2 would print every rejected custom pattern to stderr
    if max_mem is not None:
        options.max_mem = max_mem
    regex: _Regex = re2.compile(pattern, options)
    return regex


# --- candidates ------------------------------------------------------------------------------


class _Hit(NamedTuple):
    start: int  # byte offsets into the UTF-8 text
    end: int
    priority: int  # lower is more specific; breaks ties between equally long findings
    category: str
    label: str  # `[REDACTED:<label>]`, or the prefix of a numbered marker
    value: str | None = None  # normalised value, for numbered categories only
    to_line_end: bool = False  # a `key: value` that runs to the end of its line


HitFinder = Callable[[bytes, _Match], Iterable[_Hit]]


@dataclass(frozen=True, slots=True)
class _Detector:
    regex: _Regex
    find: HitFinder


_ALNUM = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_WORD = _ALNUM | {ord("_")}
_DIGITS = frozenset(b"0123456789")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_BASE64 = _ALNUM | frozenset(b"+/=")
_DOT = ord(".")
_DECIMAL_POINT = frozenset(b".,")
_PHONE_GLUE = frozenset(b".-+/")
_NUMBER_GLUE = frozenset(b".-/")
_MAC_GLUE = frozenset(b":-")


def _before(data: bytes, start: int) -> int | None:
    return data[start - 1] if start > 0 else None


def _after(data: bytes, end: int, offset: int = 0) -> int | None:
    return data[end + offset] if end + offset < len(data) else None


def _first_group(match: _Match, groups: range) -> tuple[int, int] | None:
    for group in groups:
        start, end = match.span(group)
        if start >= 0:
            return start, end
    return None


# Priorities: specific shapes beat key=value guesses, which beat custom rules, which beat the
# optional categories.
_P_PRIVATE_KEY, _P_JWT, _P_AWS, _P_SHAPE, _P_CARD, _P_AUTH, _P_URL, _P_KEYED, _P_ENTROPY = range(9)
_P_CUSTOM, _P_OPTIONAL = 10, 20

# --- built-in: private keys, JWTs, AWS, API key shapes ---------------------------------------

_PEM_LABEL = r"-----(?:BEGIN|END)[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----"
# Body tokens are base64 runs and `Header: value` lines, separated by any white space (pasted
# keys lose their line breaks); a block cut off before its END line (truncated output) is hidden
# up to the first thing that cannot be key material.
_PEM = (
    _PEM_LABEL.replace("(?:BEGIN|END)", "BEGIN")
    + r"(?:\s*(?:[A-Za-z0-9+/=]+|[A-Za-z-]+: ?[^\r\n]*))*"
    + rf"(?:\s*{_PEM_LABEL.replace('(?:BEGIN|END)', 'END')})?"
)


def _whole(priority: int, label: str) -> HitFinder:
    def find(_: bytes, match: _Match) -> Iterable[_Hit]:
        return (_Hit(*match.span(), priority, label, label),)

    return find


def _has_digit_and_letter(token: bytes) -> bool:
    return any(c in _DIGITS for c in token) and any(c not in _DIGITS and c in _ALNUM for c in token)


def _api_key_shape(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    if not _has_digit_and_letter(data[start:end]):
        return ()
    return (_Hit(start, end, _P_SHAPE, Builtin.API_KEY, Builtin.API_KEY),)


_API_KEY_SHAPES = (
    r"\b(?:sk-(?:proj-|ant-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"  # OpenAI, Anthropic
    r"|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"  # GitHub
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[A-Za-z0-9_-]{35}"  # Google
    r"|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,})"  # SendGrid
)

_AWS_KEY_ID = r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}"


def _aws_access_key(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    if _before(data, start) in _ALNUM or _after(data, end) in _ALNUM:
        return ()
    return (_Hit(start, end, _P_AWS, Builtin.AWS_ACCESS_KEY, Builtin.AWS_ACCESS_KEY),)


# A secret access key is 40 base64 characters: recognised after its key name, or right after an
# access key id (credentials files and CSV exports put them side by side).
_AWS_SECRET = (
    r"(?i:secret_?(?:access_?)?key)[\"']?[ \t]*[:=][ \t]*[\"']?([A-Za-z0-9/+]{40})"
    rf"|{_AWS_KEY_ID}[ \t,;:|\"']{{1,5}}([A-Za-z0-9/+]{{40}})"
)


def _aws_secret_key(data: bytes, match: _Match) -> Iterable[_Hit]:
    span = _first_group(match, range(1, 3))
    if span is None or _after(data, span[1]) in _BASE64:
        return ()
    return (_Hit(*span, _P_AWS, Builtin.AWS_SECRET_KEY, Builtin.AWS_SECRET_KEY),)


# --- built-in: credit cards ------------------------------------------------------------------

# Digit groups as cards are written (4-4-4-4, 4-6-5, ...) or 13+ digits in one run; the finder
# looks at every window of groups, so a card inside a longer run of numbers is still found.
_CARD = r"\b(?:\d{4}(?:[ -]\d{1,6}){2,}|\d{13,})\b"


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card_brand_known(digits: str) -> bool:
    """Issuer prefixes of the card networks (Amex, Diners, JCB, Visa, Mastercard, Discover,
    UnionPay, Maestro). Random numbers pass Luhn one time in ten; most do not start like a card."""
    if digits[0] in "3456":
        return True
    return digits[0] == "2" and 2221 <= int(digits[:4]) <= 2720


def _card_number(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and _card_brand_known(digits) and luhn_valid(digits)


def _card_windows(sizes: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) group index of every grouping a card is printed in, longest first."""
    for first, size in enumerate(sizes):
        if size != 4:
            continue
        following = sizes[first + 1 : first + 3]
        if following in ([6, 5], [6, 4]):
            yield first, first + 2
        fours = 1
        while fours < 4 and first + fours < len(sizes) and sizes[first + fours] == 4:
            fours += 1
        tail = first + fours
        if fours >= 3 and tail < len(sizes) and 1 <= sizes[tail] <= 3:
            yield first, tail
        if fours == 4:
            yield first, tail - 1


def _credit_cards(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    run = data[start:end].decode("ascii")
    if len(run) - run.count(" ") - run.count("-") < 13:
        return ()  # dates, times, short numbers: most matches end here
    groups = [(g.start() + start, g.end() + start) for g in re.finditer(r"\d+", run)]
    # The match can start or stop inside a longer number or word: those groups are no card's.
    before, after = _before(data, start), _after(data, end)
    first_usable = before not in _WORD and before != _DOT
    last_usable = after not in _WORD and not (after in _DECIMAL_POINT and _after(data, end, 1) in _DIGITS)
    if len(groups) == 1:
        windows: Iterable[tuple[int, int]] = [(0, 0)]
    else:
        windows = _card_windows([group_end - group_start for group_start, group_end in groups])
    hits = []
    for first, last in windows:
        if (first == 0 and not first_usable) or (last == len(groups) - 1 and not last_usable):
            continue
        digits = "".join(data[s:e].decode("ascii") for s, e in groups[first : last + 1])
        if _card_number(digits):
            hits.append(_Hit(groups[first][0], groups[last][1], _P_CARD, Builtin.CREDIT_CARD, Builtin.CREDIT_CARD))
    return hits


# --- built-in: secrets named by a key --------------------------------------------------------

_SECRET_WORDS = (
    r"passwords?|passwd|passphrase|secrets?|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key"
    r"|private[_-]?key|credentials?|cookie"
)
# Short words only as a word of their own (`db_pass`, `pwd`), so `bypass: true` is left alone.
_KEY_NAME = rf"(?:[a-z0-9_.$-]*(?:{_SECRET_WORDS})|(?:[a-z0-9_.$-]*[_.$-]|\b)(?:pass|pwd))"
_DQ = r"\"((?:[^\"\\\r\n]|\\.)+)\""
_SQ = r"'((?:[^'\r\n]|'')+)'"
# `key=value` ends at whitespace, `;` (connection strings), `&` (query strings) or markup;
# `key: value` is prose or YAML and runs to the end of the line.
_KEYED = (
    rf"(?i)({_KEY_NAME})[\"']?[ \t]*(?:=[ \t]*(?:{_DQ}|{_SQ}|([^\s\"'`;&<>]+))"
    rf"|:[ \t]*(?:{_DQ}|{_SQ}|([^\s\"'][^\r\n]*)))"
)
# `-Password 'x'`, `--api-key x`; a value that is a variable or a sub-expression is not a secret.
_FLAG = (
    rf"(?i)(?:^|[\s(])--?([a-z0-9_-]*(?:{_SECRET_WORDS})|(?:[a-z0-9_-]*[_-])?(?:pass|pwd))"
    rf"[ \t]+(?:{_DQ}|{_SQ}|([^\s\"'$(-]\S*))"
)
_SECURE_STRING = rf"(?i)(ConvertTo-SecureString)[ \t]+(?:-String[ \t]+)?(?:{_DQ}|{_SQ})"
# `<Password>x</Password>`, unattend.xml's `<Password><Value>x</Value>` and web.config's
# `<add key="SmtpPassword" value="x"/>`.
_XML = (
    rf"(?i)<([a-z0-9_:.-]*(?:{_SECRET_WORDS}))>\s*(?:<value>)?([^<]+)<"
    rf"|(?:key|name)[ \t]*=[ \t]*\"([^\"]*(?:{_SECRET_WORDS}|pwd))\"[ \t]+value[ \t]*=[ \t]*\"([^\"]+)\""
)


def _secret_label(key: bytes) -> Builtin:
    lowered = key.lower()
    if b"pass" in lowered or lowered.endswith(b"pwd") or lowered.endswith(b"securestring"):
        return Builtin.PASSWORD
    if lowered.endswith(b"token"):
        return Builtin.TOKEN
    if b"api" in lowered and lowered.endswith(b"key"):
        return Builtin.API_KEY
    return Builtin.SECRET


def _keyed(key_group: int, value_groups: range, line_group: int | None = None) -> HitFinder:
    def find(data: bytes, match: _Match) -> Iterable[_Hit]:
        key_start, key_end = match.span(key_group)
        span = _first_group(match, value_groups)
        if span is None:
            return ()
        start, end = span
        while end > start and data[end - 1] in b" \t":
            end -= 1
        label = _secret_label(data[key_start:key_end])
        to_line_end = line_group is not None and match.span(line_group)[0] >= 0
        return (_Hit(start, end, _P_KEYED, label, label, to_line_end=to_line_end),)

    return find


def _xml_secret(data: bytes, match: _Match) -> Iterable[_Hit]:
    for key_group in (1, 3):
        if match.span(key_group)[0] >= 0:
            return _keyed(key_group, range(key_group + 1, key_group + 2))(data, match)
    return ()


# `scheme://user:password@host`
_URL_CREDENTIALS = r"[A-Za-z][A-Za-z0-9+.-]*://[^\s:/?#@\"'<>]+:([^\s/?#@\"'<>]+)@"
# `Authorization: Bearer x` keeps the scheme and hides the credentials; a bare `Bearer x` too.
_AUTHORIZATION = (
    r"(?i)\bauthorization[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:(?:bearer|basic|digest|negotiate|ntlm|token|sharedkey|apikey)[ \t]+)?([^\s\"',;]+)"
    r"|\bbearer[ \t]+([A-Za-z0-9._~+/-]{16,}=*)"
)
# Long random-looking values after key-ish names the detectors above do not cover
# (`AccountKey=`, `x-functions-key:`, `sig=` in SAS URLs).
_HIGH_ENTROPY = (
    r"(?i)[a-z0-9_.-]*(?:key|token|secret|auth|signature|sig|sas)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"([A-Za-z0-9+/_.~%=-]{20,})"
)
_MIN_ENTROPY_BITS_PER_CHAR = 3.0


def _shannon_bits_per_char(token: bytes) -> float:
    counts = Counter(token)
    return -sum(n / len(token) * math.log2(n / len(token)) for n in counts.values())


def _high_entropy(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span(1)
    token = data[start:end]
    if not _has_digit_and_letter(token) or _shannon_bits_per_char(token) < _MIN_ENTROPY_BITS_PER_CHAR:
        return ()
    return (_Hit(start, end, _P_ENTROPY, Builtin.API_KEY, Builtin.API_KEY),)


def _group_finder(priority: int, label: Builtin, groups: range) -> HitFinder:
    def find(_: bytes, match: _Match) -> Iterable[_Hit]:
        span = _first_group(match, groups)
        return () if span is None else (_Hit(*span, priority, label, label),)

    return find


_BUILTINS = (
    _Detector(_compile(_PEM), _whole(_P_PRIVATE_KEY, Builtin.PRIVATE_KEY)),
    _Detector(_compile(r"eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*"), _whole(_P_JWT, Builtin.JWT)),
    _Detector(_compile(_AWS_KEY_ID), _aws_access_key),
    _Detector(_compile(_AWS_SECRET), _aws_secret_key),
    _Detector(_compile(_API_KEY_SHAPES), _api_key_shape),
    _Detector(_compile(_CARD), _credit_cards),
    _Detector(_compile(_AUTHORIZATION), _group_finder(_P_AUTH, Builtin.TOKEN, range(1, 3))),
    _Detector(_compile(_URL_CREDENTIALS), _group_finder(_P_URL, Builtin.PASSWORD, range(1, 2))),
    _Detector(_compile(_KEYED), _keyed(1, range(2, 8), line_group=7)),
    _Detector(_compile(_FLAG), _keyed(1, range(2, 5))),
    _Detector(_compile(_SECURE_STRING), _keyed(1, range(2, 4))),
    _Detector(_compile(_XML), _xml_secret),
    _Detector(_compile(_HIGH_ENTROPY), _high_entropy),
)

# --- optional categories ---------------------------------------------------------------------


def _ipv4_valid(text: str) -> bool:
    # What `ipaddress` accepts (no leading zeros), so the text is already the canonical form;
    # checked by hand because this runs for every dotted quad of a long log.
    return all(part == "0" or (part[0] != "0" and int(part) <= 255) for part in text.split("."))


def _ipv4(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    before, after = _before(data, start), _after(data, end)
    # Not part of a longer dotted number: 10.0.19045.1234 is a Windows build, not an address.
    if before in _WORD or before == _DOT or after in _WORD or (after == _DOT and _after(data, end, 1) in _DIGITS):
        return ()
    text = data[start:end].decode("ascii")
    return (_Hit(start, end, _P_OPTIONAL, Category.IPV4, "IP", text),) if _ipv4_valid(text) else ()


def _ipv6_shaped(text: str) -> bool:
    """Cheap necessary conditions, so times (12:30:45.123) skip the real parser."""
    dots = text.count(".")
    if dots not in (0, 3):
        return False
    if "::" not in text and text.count(":") != (6 if dots else 7):
        return False
    return any(c not in ":." for c in text)  # a bare `::` is punctuation


def _ipv6(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    run = data[start:end].decode("ascii").rstrip(".")
    if run.startswith(":") and not run.startswith("::"):
        run, start = run[1:], start + 1  # `Address:fe80::1`
    elif _before(data, start) in _WORD:
        return ()  # `std::max`: the run starts inside a word
    for candidate in (run, run.rstrip(":")):
        if not _ipv6_shaped(candidate):
            continue
        try:
            address = ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        return (_Hit(start, start + len(candidate), _P_OPTIONAL, Category.IPV6, "IP", str(address)),)
    return ()


def _email(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    value = data[start:end].decode("ascii").lower()
    return (_Hit(start, end, _P_OPTIONAL, Category.EMAIL, "EMAIL", value),)


_PHONE = (
    r"(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d[\d .-]{5,16}\d"  # international
    r"|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}"  # (555) 010-1234
    r"|\b\d{3}[.-]\d{3}[.-]\d{4}|\b\d{3} \d{3} \d{4}"  # 555-010-1234
    r"|\b0\d{1,4}[ /-]\d{3,8}(?:[ -]\d{2,5})?"  # national, with a trunk 0: 020 7946 0958
    r")\b"
)


def _phone(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    before, after = _before(data, start), _after(data, end)
    if before in _WORD or before in _PHONE_GLUE or after in _WORD:
        return ()
    if after in _NUMBER_GLUE and _after(data, end, 1) in _DIGITS:
        return ()
    digits = "".join(c for c in data[start:end].decode("ascii") if c.isdigit())
    if not 7 <= len(digits) <= 15:
        return ()
    return (_Hit(start, end, _P_OPTIONAL, Category.PHONE, "PHONE", digits),)


def _mac(data: bytes, match: _Match) -> Iterable[_Hit]:
    start, end = match.span()
    text = data[start:end].decode("ascii")
    if "." not in text and len(set(text[2::3])) != 1:
        return ()  # mixed separators
    before, after = _before(data, start), _after(data, end)
    if before in _WORD or before in _MAC_GLUE or after in _WORD:
        return ()
    if after in _MAC_GLUE and _after(data, end, 1) in _HEX:
        return ()  # part of a longer hex sequence
    value = "".join(c for c in text.lower() if c in "0123456789abcdef")
    return (_Hit(start, end, _P_OPTIONAL, Category.MAC, "MAC", value),)


_OPTIONAL = {
    Category.IPV4: _Detector(_compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), _ipv4),
    Category.IPV6: _Detector(_compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"), _ipv6),
    Category.EMAIL: _Detector(_compile(r"[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}"), _email),
    Category.PHONE: _Detector(_compile(_PHONE), _phone),
    Category.MAC: _Detector(
        _compile(r"\b(?:[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b"),
        _mac,
    ),
}

# What the engine writes. Text that is already a marker is not redacted again (idempotence).
_MARKER = _compile(r"\[(?:REDACTED:[a-z0-9_-]{1,40}|(?:IP|EMAIL|PHONE|MAC)-[0-9]{1,9})\]")

# --- custom rules ----------------------------------------------------------------------------

_RULE_NAME = re.compile(RULE_NAME_PATTERN)
# Texts a pattern must not find an empty match in: an empty match hides nothing, and a pattern
# that makes one at every position (`x*`, `\b`, `(?m)^`) would cost a match per character.
_EMPTY_MATCH_PROBES = (b"", b"a", b"ab cd", b"0.9\n\n", b"\t_-+=", "é ü".encode())


def compile_rule(rule: CustomRule) -> _Regex:
    """Validate a custom rule and compile its pattern; raises `InvalidRule`."""
    if not _RULE_NAME.match(rule.name):
        raise InvalidRule(
            "rule_name_invalid",
            "Names are 1-40 lowercase letters, digits, '_' or '-', starting with a letter or digit.",
        )
    if len(rule.pattern) > MAX_PATTERN_LENGTH:
        raise InvalidRule("pattern_too_long", f"Patterns are at most {MAX_PATTERN_LENGTH} characters.")
    try:
        regex = _compile(rule.pattern, CUSTOM_RULE_MAX_MEM)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if "too large" in reason:
            raise InvalidRule("pattern_too_complex", "The pattern is too large; simplify it.") from exc
        raise InvalidRule(
            "pattern_invalid",
            f"Not a valid pattern ({reason}). RE2 syntax: no look-around or back-references.",
        ) from exc
    for probe in _EMPTY_MATCH_PROBES:
        if any(start == end for start, end in (m.span() for m in regex.finditer(probe))):
            raise InvalidRule("pattern_matches_empty", "The pattern can match empty text; it must match something.")
    return regex


def _custom_finder(name: str) -> HitFinder:
    def find(_: bytes, match: _Match) -> Iterable[_Hit]:
        start, end = match.span()
        return (_Hit(start, end, _P_CUSTOM, CUSTOM, name),) if end > start else ()

    return find


# --- the redactor ----------------------------------------------------------------------------


class Redactor:
    """Built-in detectors, plus the enabled optional categories and custom rules of one team.

    Immutable and cheap to keep; `document()` starts the numbering of one document.
    """

    def __init__(self, categories: Iterable[Category] = (), rules: Sequence[CustomRule] = ()) -> None:
        if len(rules) > MAX_CUSTOM_RULES:
            raise InvalidRule("too_many_rules", f"A team has at most {MAX_CUSTOM_RULES} custom rules.")
        enabled = set(categories)
        custom = [rule for rule in rules if rule.enabled]
        self._fixed = (*_BUILTINS, *(detector for category, detector in _OPTIONAL.items() if category in enabled))
        self._custom = tuple(_Detector(compile_rule(rule), _custom_finder(rule.name)) for rule in custom)
        self._any_custom = _union([rule.pattern for rule in custom]) if len(custom) > 1 else None

    def document(self) -> "RedactionDocument":
        return RedactionDocument(self)

    def redact(self, text: str) -> RedactionResult:
        """Redact a text that is a document on its own."""
        return self.document().redact(text)

    def _detectors_for(self, data: bytes) -> Sequence[_Detector]:
        # One scan for all custom rules together: most texts match none of them, and then the
        # per-rule scans (each as long as the union's) are skipped. Exact: the union finds a
        # match whenever any rule has one.
        if self._any_custom is not None and self._any_custom.search(data) is None:
            return self._fixed
        return (*self._fixed, *self._custom)


def _union(patterns: list[str]) -> _Regex | None:
    try:
        return _compile("|".join(f"(?:{pattern})" for pattern in patterns))
    except re2.error:
        return None  # too large together (or clashing group names): scan rule by rule


class RedactionDocument:
    """One document (say, a session export) redacted in several pieces: `[IP-1]` is the same
    address in every piece."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: Counter[str] = Counter()

    def redact(self, text: str) -> RedactionResult:
        if len(text) > MAX_TEXT_CHARS:
            raise TextTooLarge(f"Redaction takes at most {MAX_TEXT_CHARS} characters at a time.")
        # `surrogatepass`: JSON may carry lone surrogates; they pass through untouched.
        data = text.encode("utf-8", "surrogatepass")
        ascii_only = len(data) == len(text)
        hits = [
            hit
            for detector in self._redactor._detectors_for(data)
            for m in detector.regex.finditer(data)
            for hit in detector.find(data, m)
        ]
        if not hits:
            return RedactionResult(text, ())
        if not ascii_only:
            hits = _whole_characters(data, hits)
        regions = _merge(data, _outside_markers(data, hits))
        to_char = (lambda offset: offset) if ascii_only else _char_offsets(data, regions)
        spans = []
        pieces: list[str] = []
        cursor = 0
        for byte_start, byte_end, winner in regions:
            start, end = to_char(byte_start), to_char(byte_end)
            replacement = self._replacement(winner)
            spans.append(Span(start, end, winner.category, replacement))
            pieces += (text[cursor:start], replacement)
            cursor = end
        pieces.append(text[cursor:])
        return RedactionResult("".join(pieces), tuple(spans))

    def _replacement(self, hit: _Hit) -> str:
        if hit.value is None:
            return f"[REDACTED:{hit.label}]"
        key = (hit.label, hit.value)
        number = self._numbers.get(key)
        if number is None:
            self._counts[hit.label] += 1
            number = self._numbers[key] = self._counts[hit.label]
        return f"[{hit.label}-{number}]"


def _outside_markers(data: bytes, hits: list[_Hit]) -> list[_Hit]:
    """Drop findings made of markers already in the text (and white space between them):
    `password=[REDACTED:password]` is not a password, and redacting twice changes nothing."""
    if b"[" not in data:
        return hits
    markers = [m.span() for m in _MARKER.finditer(data)]
    if not markers:
        return hits
    starts = [start for start, _ in markers]
    return [hit for hit in hits if not _only_markers(data, hit, markers, starts)]


def _only_markers(data: bytes, hit: _Hit, markers: list[tuple[int, int]], starts: list[int]) -> bool:
    index = max(bisect_right(starts, hit.start) - 1, 0)
    position, covered = hit.start, False
    for start, end in markers[index:]:
        if start >= hit.end:
            break
        if end <= position:
            continue
        if data[position:start].strip():
            return False
        position, covered = end, True
    return covered and not data[position : hit.end].strip()


def _merge(data: bytes, hits: list[_Hit]) -> list[tuple[int, int, _Hit]]:
    """Overlapping findings become one region covering all of them. Its label: a secret's before
    personal data's (`mongodb://u:pw@host` is a password, not an e-mail address), then the
    longest, the most specific, the first."""
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    regions: list[tuple[int, int, _Hit]] = []
    index = 0
    while index < len(hits):
        cluster, end = [hits[index]], hits[index].end
        index += 1
        while True:
            while index < len(hits) and hits[index].start < end:
                cluster.append(hits[index])
                end = max(end, hits[index].end)
                index += 1
            # A region that swallowed the line end of a `key: value` (a private key after
            # `password:`) joins the value's line to the region's last line: hide that line too,
            # as redacting the output again would.
            if not any(hit.to_line_end and hit.end < end for hit in cluster):
                break
            line_end = min((i for i in (data.find(b"\n", end), data.find(b"\r", end)) if i >= 0), default=len(data))
            if line_end == end:
                break
            end = line_end
        winner = min(cluster, key=lambda h: (h.priority >= _P_OPTIONAL, h.start - h.end, h.priority, h.start))
        regions.append((cluster[0].start, end, winner))
    return regions


def _is_continuation(byte: int) -> bool:
    return 0x80 <= byte < 0xC0


def _whole_characters(data: bytes, hits: list[_Hit]) -> list[_Hit]:
    """Widen findings that cut a UTF-8 sequence (a custom rule may use RE2's `\\C`, one byte)."""
    widened = []
    for hit in hits:
        start, end = hit.start, hit.end
        while start > 0 and _is_continuation(data[start]):
            start -= 1
        while end < len(data) and _is_continuation(data[end]):
            end += 1
        widened.append(hit._replace(start=start, end=end))
    return widened


def _char_offsets(data: bytes, regions: list[tuple[int, int, _Hit]]) -> Callable[[int], int]:
    """Byte offset -> `str` offset, for the region boundaries (one pass over the text)."""
    table: dict[int, int] = {}
    chars = previous = 0
    for offset in sorted({bound for start, end, _ in regions for bound in (start, end)}):
        chars += len(data[previous:offset].decode("utf-8", "surrogatepass"))
        table[offset] = chars
        previous = offset
    return table.__getitem__
