"""Property tests: an injected secret of any built-in kind never survives, whatever text surrounds
it; redaction is idempotent; spans describe exactly what was replaced."""

import ipaddress
import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.redaction.engine import Category, CustomRule, RedactionResult, Redactor, luhn_valid

EVERYTHING = Redactor(list(Category), [CustomRule("ticket", r"TCK-\d{5}")])
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"

# Any text, non-ASCII included (no lone surrogates: they cannot be stored or sent as UTF-8).
noise = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
separators = st.sampled_from([" ", "\n", "\t", "  ", "\r\n"])


def token(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """Random tokens that look random: at least one digit and one letter."""
    return st.text(alphabet, min_size=min_size, max_size=max_size).filter(
        lambda t: any(c.isdigit() for c in t) and any(c.isalpha() for c in t)
    )


# --- secrets of each built-in kind: (the whole text to inject, the part that must disappear) ---

password_value = st.text(ALNUM + "!@#$%^*()-_+[]{}|/?.,~", min_size=6, max_size=30)


@st.composite
def keyed_secrets(draw: st.DrawFn) -> tuple[str, str]:
    key = draw(st.sampled_from(["password", "DB_PASSWORD", "pwd", "client_secret", "api_key", "access_token"]))
    value = draw(password_value)
    form = draw(st.sampled_from(["{k}={v}", "{k} = {v}", "{k}: {v}", '"{k}": "{v}"', "'{k}': '{v}'", "-{k} '{v}'"]))
    return form.format(k=key, v=value), value


@st.composite
def shaped_api_keys(draw: st.DrawFn) -> tuple[str, str]:
    prefix = draw(st.sampled_from(["sk-", "sk-proj-", "sk_live_", "ghp_", "glpat-", "xoxb-", "AIza"]))
    size = 35 if prefix == "AIza" else draw(st.integers(36, 60))
    secret = prefix + draw(token(ALNUM, size, size))
    return secret, secret


@st.composite
def jwts(draw: st.DrawFn) -> tuple[str, str]:
    parts = [draw(st.text(B64URL, min_size=10, max_size=60)) for _ in range(3)]
    jwt = f"eyJ{parts[0]}.eyJ{parts[1]}.{parts[2]}"
    return jwt, jwt


@st.composite
def private_keys(draw: st.DrawFn) -> tuple[str, str]:
    kind = draw(st.sampled_from(["", "RSA ", "EC ", "OPENSSH ", "ENCRYPTED "]))
    lines = draw(st.lists(token(ALNUM + "+/", 20, 64), min_size=1, max_size=5))
    body = "\n".join(lines)
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----", body


@st.composite
def aws_keys(draw: st.DrawFn) -> tuple[str, str]:
    key_id = draw(st.sampled_from(["AKIA", "ASIA"])) + draw(
        st.text(string.ascii_uppercase + string.digits, min_size=16, max_size=16)
    )
    secret = draw(token(ALNUM + "/+", 40, 40))
    form = draw(st.sampled_from(["{i}", "{i},{s}", "aws_secret_access_key = {s}"]))
    text = form.format(i=key_id, s=secret)
    return text, secret if "{s}" in form else key_id


@st.composite
def bearer_tokens(draw: st.DrawFn) -> tuple[str, str]:
    value = draw(token(ALNUM + "-._~+/", 20, 80))
    return f"Authorization: Bearer {value}", value


@st.composite
def card_numbers(draw: st.DrawFn) -> tuple[str, str]:
    prefix = draw(st.sampled_from(["4", "51", "55", "2221", "34", "37", "6011", "65"]))
    length = 15 if prefix in ("34", "37") else 16
    body = prefix + draw(st.text(string.digits, min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1))
    digits = next(body + d for d in string.digits if luhn_valid(body + d))
    separator = draw(st.sampled_from(["", " ", "-"]))
    if separator and length == 16:
        digits = separator.join(digits[i : i + 4] for i in range(0, 16, 4))
    elif separator:
        digits = separator.join((digits[:4], digits[4:10], digits[10:]))
    return digits, digits


secrets = st.one_of(
    keyed_secrets(), shaped_api_keys(), jwts(), private_keys(), aws_keys(), bearer_tokens(), card_numbers()
)


@PROPERTY_SETTINGS
@given(secrets, noise, noise, separators, separators)
def test_an_injected_secret_never_survives(
    secret: tuple[str, str], left: str, right: str, before: str, after: str
) -> None:
    text, must_vanish = secret
    assume(must_vanish not in left and must_vanish not in right)

    result = EVERYTHING.redact(left + before + text + after + right)

    assert must_vanish not in result.text


@st.composite
def addresses(draw: st.DrawFn) -> tuple[str, str]:
    kind = draw(st.sampled_from(["ipv4", "ipv6", "email", "mac"]))
    if kind == "ipv4":
        value = str(draw(st.ip_addresses(v=4)))
    elif kind == "ipv6":
        value = str(draw(st.ip_addresses(v=6)))
        assume(value != "::")  # alone, `::` reads as punctuation
    elif kind == "email":
        local = draw(st.text(ALNUM + "._+-", min_size=1, max_size=20).filter(lambda s: s[0] in ALNUM))
        value = (
            f"{local}@{draw(st.text(ALNUM, min_size=1, max_size=10))}.{draw(st.sampled_from(['com', 'io', 'co.uk']))}"
        )
    else:
        value = draw(st.sampled_from([":", "-"])).join(f"{b:02x}" for b in draw(st.binary(min_size=6, max_size=6)))
    return value, value


@PROPERTY_SETTINGS
@given(addresses(), noise, noise, separators, separators)
def test_an_injected_address_never_survives_when_its_category_is_on(
    address: tuple[str, str], left: str, right: str, before: str, after: str
) -> None:
    text, must_vanish = address
    assume(must_vanish not in left and must_vanish not in right)

    assert must_vanish not in EVERYTHING.redact(left + before + text + after + right).text


fragments = st.lists(
    st.one_of(noise, secrets.map(lambda s: s[0]), addresses().map(lambda a: a[0]), st.just("TCK-12345")),
    max_size=8,
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts = draw(fragments)
    return "".join(part + draw(separators) for part in parts)


def rebuild(original: str, result: RedactionResult) -> str:
    pieces, cursor = [], 0
    for span in result.spans:
        pieces += (original[cursor : span.start], span.replacement)
        cursor = span.end
    return "".join(pieces) + original[cursor:]


@PROPERTY_SETTINGS
@given(documents())
def test_redaction_is_idempotent(text: str) -> None:
    once = EVERYTHING.redact(text)
    twice = EVERYTHING.redact(once.text)

    assert twice.text == once.text
    assert twice.spans == ()


@PROPERTY_SETTINGS
@given(documents())
def test_spans_map_back_to_the_original_text(text: str) -> None:
    result = EVERYTHING.redact(text)

    previous_end = 0
    for span in result.spans:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end
    assert rebuild(text, result) == result.text


@PROPERTY_SETTINGS
@given(st.lists(st.ip_addresses(v=4), min_size=1, max_size=6), st.lists(st.integers(0, 5), max_size=10))
def test_numbering_is_stable_across_the_pieces_of_a_document(
    addresses_: list[ipaddress.IPv4Address], order: list[int]
) -> None:
    document = EVERYTHING.document()
    first = {str(a): document.redact(str(a)).text for a in addresses_}
    for index in order:
        address = str(addresses_[index % len(addresses_)])
        assert document.redact(f"again {address}").text == f"again {first[address]}"
    assert len(set(first.values())) == len(first)
