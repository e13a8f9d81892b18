"""The redaction engine on its own: every built-in and optional detector (what it hides and what
it must leave alone), numbering, overlaps, custom rule validation and time bounds."""

import time

import pytest

from app.redaction.engine import (
    MAX_CUSTOM_RULES,
    MAX_TEXT_CHARS,
    Builtin,
    Category,
    CustomRule,
    InvalidRule,
    Redactor,
    TextTooLarge,
    compile_rule,
    luhn_valid,
)

BUILTINS = Redactor()
EVERYTHING = Redactor(list(Category))

JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
PEM = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
-----END RSA PRIVATE KEY-----"""


def hidden(text: str, redactor: Redactor = EVERYTHING) -> list[tuple[str, str]]:
    """(original text, replacement) of every span."""
    return [(text[span.start : span.end], span.replacement) for span in redactor.redact(text).spans]


def redacted(text: str, redactor: Redactor = EVERYTHING) -> str:
    return redactor.redact(text).text


# --- built-ins ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("password=hunter2", "password=[REDACTED:password]"),
        ("Password = hunter2 rest", "Password = [REDACTED:password] rest"),
        ("DB_PASSWORD=Tr0ub4dor&3", "DB_PASSWORD=[REDACTED:password]&3"),
        ("password: correct horse battery staple", "password: [REDACTED:password]"),
        ('{"password": "s3cr\\"et", "user": "bob"}', '{"password": "[REDACTED:password]", "user": "bob"}'),
        ("{'passwd': 'x y z'}", "{'passwd': '[REDACTED:password]'}"),
        ("Server=sql01;User Id=sa;Password=Sup3r!;", "Server=sql01;User Id=sa;Password=[REDACTED:password];"),
        ("db_pass: letmein", "db_pass: [REDACTED:password]"),
        ("pwd=abc123", "pwd=[REDACTED:password]"),
        ("client_secret=abc.def-ghi", "client_secret=[REDACTED:secret]"),
        ("access_token=abcdef123", "access_token=[REDACTED:token]"),
        ("X-Api-Key: 0123456789", "X-Api-Key: [REDACTED:api_key]"),
        ("Cookie: session=abc; theme=dark", "Cookie: [REDACTED:secret]"),
        ("-Password 'P@ss''word' -Force", "-Password '[REDACTED:password]' -Force"),
        ('-ClientSecret "abc def"', '-ClientSecret "[REDACTED:secret]"'),
        ("mysql --password hunter2 --user root", "mysql --password [REDACTED:password] --user root"),
        ("mysql --password=hunter2", "mysql --password=[REDACTED:password]"),
        ("openssl enc -pass 'x y' -pwd 123", "openssl enc -pass '[REDACTED:password]' -pwd [REDACTED:password]"),
        ("Set-Secret -DB_PASSWORD 'abc'", "Set-Secret -DB_PASSWORD '[REDACTED:password]'"),
        (
            "New-ADUser -AccountPassword (ConvertTo-SecureString 'Summer2024!' -AsPlainText -Force)",
            "New-ADUser -AccountPassword (ConvertTo-SecureString '[REDACTED:password]' -AsPlainText -Force)",
        ),
        ("<Password><Value>Unattend1</Value></Password>", "<Password><Value>[REDACTED:password]</Value></Password>"),
        ('<add key="SmtpPassword" value="mailpw"/>', '<add key="SmtpPassword" value="[REDACTED:password]"/>'),
        ("mongodb://admin:Pa55word@db.local/app", "mongodb://admin:[REDACTED:password]@db.local/app"),
        ("Authorization: Bearer abcdefghijklmnop1234", "Authorization: Bearer [REDACTED:token]"),
        ('curl -H "Authorization: Basic dXNlcjpwYXNz"', 'curl -H "Authorization: Basic [REDACTED:token]"'),
        ("use bearer abcdefghij0123456789xyz", "use bearer [REDACTED:token]"),
    ],
)
def test_secrets_named_by_a_key_keep_the_key_and_hide_the_value(text: str, expected: str) -> None:
    assert redacted(text, BUILTINS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bypass: true",
        "compass=north",
        "PasswordLastSet : 1/2/2024",
        "Password never expires    Yes",
        "-PasswordNeverExpires $true",
        "-Credential $cred",
        "--bypass-cache yes",
        "password=",
        "Bearer authentication failed",
        "a token of thanks",
        "Registry key: HKLM\\SOFTWARE\\Microsoft",
        "keyboard: us",
    ],
)
def test_key_words_without_a_secret_are_left_alone(text: str) -> None:
    assert redacted(text, BUILTINS) == text


@pytest.mark.parametrize(
    ("secret", "label"),
    [
        ("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789", Builtin.API_KEY),
        ("sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789", Builtin.API_KEY),
        ("sk_live_abcdefghijklmnop0123", Builtin.API_KEY),
        ("ghp_abcdefghijklmnopqrstuvwxyz0123456789AB", Builtin.API_KEY),
        ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", Builtin.API_KEY),
        ("glpat-abcdefghij0123456789", Builtin.API_KEY),
        ("xoxb-123456789012-abcdefghijkl", Builtin.API_KEY),
        ("AIzaSyA1234567890abcdefghijklmnopqrstuv", Builtin.API_KEY),
        ("SG.abcdefghij0123456789AB.abcdefghij0123456789abcdefghij0123456789ABC", Builtin.API_KEY),
        (JWT, Builtin.JWT),
        (PEM, Builtin.PRIVATE_KEY),
        ("AKIAIOSFODNN7EXAMPLE", Builtin.AWS_ACCESS_KEY),
        ("ASIAY34FZKBOKMUTVV7A", Builtin.AWS_ACCESS_KEY),
        ("4111 1111 1111 1111", Builtin.CREDIT_CARD),
        ("4111-1111-1111-1111", Builtin.CREDIT_CARD),
        ("5500005555555559", Builtin.CREDIT_CARD),
        ("3782 822463 10005", Builtin.CREDIT_CARD),
        ("6011 0009 9013 9424", Builtin.CREDIT_CARD),
        ("2221 0000 0000 0009", Builtin.CREDIT_CARD),
    ],
)
def test_secrets_recognised_by_their_shape_are_hidden_whole(secret: str, label: Builtin) -> None:
    text = f"before {secret} after"
    assert hidden(text, BUILTINS) == [(secret, f"[REDACTED:{label}]")]


def test_aws_secret_keys_are_recognised_by_their_key_name_or_next_to_an_access_key_id() -> None:
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    for text in (
        f"aws_secret_access_key = {secret}",
        f'"SecretAccessKey": "{secret}"',
        f"AKIAIOSFODNN7EXAMPLE,{secret}",
    ):
        assert ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "[REDACTED:aws_secret_key]") in hidden(text, BUILTINS)
    # 40 base64 characters on their own are not enough (a SHA-1 is 40 hex digits).
    assert redacted(f"commit {'a1' * 20} and {secret}", BUILTINS) == f"commit {'a1' * 20} and {secret}"


def test_a_private_key_cut_off_before_its_end_line_is_hidden_up_to_what_cannot_be_key_material() -> None:
    truncated = PEM.rsplit("\n", 1)[0]
    assert (
        redacted(f"{truncated}\n-- output truncated --", BUILTINS) == "[REDACTED:private_key]\n-- output truncated --"
    )


def test_a_private_key_pasted_on_one_line_is_hidden() -> None:
    assert redacted("key: " + PEM.replace("\n", " ") + " end", BUILTINS) == "key: [REDACTED:private_key] end"


def test_a_long_high_entropy_value_after_a_key_ish_name_is_an_api_key() -> None:
    assert redacted("AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi==;Endpoint=x", BUILTINS) == (
        "AccountKey=[REDACTED:api_key];Endpoint=x"
    )
    assert redacted("sig=2Fabc%2Bdef0123456789XYZabc&se=2026", BUILTINS) == "sig=[REDACTED:api_key]&se=2026"
    assert redacted("monkey: aaaaaaaaaaaaaaaaaaaaaaaa", BUILTINS) == "monkey: aaaaaaaaaaaaaaaaaaaaaaaa"


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("4111111111111111", True), ("4111111111111112", False), ("79927398713", True), ("0", True), ("1", False)],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # fails Luhn
        "1234 5678 9012 3456",  # no card network starts with 1
        "order 7000000000000009",  # Luhn-valid, but no network
        "id 41111111111111111111",  # too long
        "0.4111111111111111",  # a decimal
        "x4111111111111111",  # glued to a word
        "4111 11 1111 1111 1",  # not how cards are printed
        "2026-11-23 12:36:54.821",
        "build 10.0.19045.1234 kb5031356",
    ],
)
def test_numbers_that_are_not_cards_are_left_alone(text: str) -> None:
    assert redacted(text, BUILTINS) == text


def test_a_card_inside_a_run_of_numbers_is_still_found() -> None:
    assert redacted("ref 12345 4111 1111 1111 1111 2029", BUILTINS) == "ref 12345 [REDACTED:credit_card] 2029"
    assert redacted("4111 1111 1111 1111 123", BUILTINS) == "[REDACTED:credit_card] 123"


# --- optional categories -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    [
        (Category.IPV4, "ping 10.0.0.1 from 192.168.1.254.", "ping [IP-1] from [IP-2]."),
        (Category.IPV4, "listen 0.0.0.0:443, peer 8.8.8.8/32", "listen [IP-1]:443, peer [IP-2]/32"),
        (Category.IPV6, "gw fe80::1%7 and [2001:db8::8a2e:370:7334]:443", "gw [IP-1]%7 and [[IP-2]]:443"),
        (Category.IPV6, "mapped ::ffff:10.0.0.1 and loopback ::1.", "mapped [IP-1] and loopback [IP-2]."),
        (Category.IPV6, "IPv6Address:fe80::1", "IPv6Address:[IP-1]"),
        (Category.EMAIL, "mail John.Doe+it@Contoso.co.uk, x@y.io", "mail [EMAIL-1], [EMAIL-2]"),
        (Category.PHONE, "call +1 (555) 010-1234 or +44 20 7946 0958", "call [PHONE-1] or [PHONE-2]"),
        (Category.PHONE, "desk (555) 010-1234, cell 555-010-9999, uk 020 7946 0958", None),
        (Category.MAC, "nic 00:1A:2B:3C:4D:5E / 00-1a-2b-3c-4d-5f / 001a.2b3c.4d60", "nic [MAC-1] / [MAC-2] / [MAC-3]"),
    ],
)
def test_optional_categories(category: Category, text: str, expected: str | None) -> None:
    redactor = Redactor([category])
    result = redactor.redact(text)
    if expected is not None:
        assert result.text == expected
    assert {span.category for span in result.spans} == {category}
    assert Redactor().redact(text).text == text  # off unless enabled


@pytest.mark.parametrize(
    "text",
    [
        "OS Version: 10.0.19045.1234 Build 19045",
        "version 1.2.3.4.5 and v1.2.3.4",
        "999.1.1.1 and 01.2.3.4",
        "at 12:30:45.123 on 2026-11-23",
        "std::vector and a :: b",
        "guid {38c0c8fd-c381-7019-f06d-8d887eed8d14}",
        "sha256 1a2b8f1ff1fd42a29755d4c13a902931cd447e35b8b6d8fe442e3d437204e52d",
        "00:11:22:33:44:55:66 is eight bytes",
        "took 1234 ms, 27322287 bytes, event 4625",
        "git@ is not an address",
    ],
)
def test_optional_categories_leave_look_alikes_alone(text: str) -> None:
    assert redacted(text) == text


# --- numbering, overlaps, idempotence ----------------------------------------------------------


def test_the_same_value_gets_the_same_number_across_one_document() -> None:
    document = EVERYTHING.document()

    first = document.redact("from 10.0.0.1 to 10.0.0.2, mail a@x.io")
    second = document.redact("again 10.0.0.2 then 10.0.0.1 and 10.0.0.3, A@X.IO")

    assert first.text == "from [IP-1] to [IP-2], mail [EMAIL-1]"
    assert second.text == "again [IP-2] then [IP-1] and [IP-3], [EMAIL-1]"
    assert EVERYTHING.document().redact("10.0.0.3").text == "[IP-1]"  # a new document starts over


def test_ipv6_spellings_of_one_address_share_a_number() -> None:
    assert redacted("2001:db8::1 and 2001:0DB8:0:0:0:0:0:1", Redactor([Category.IPV6])) == "[IP-1] and [IP-1]"


def test_overlaps_hide_the_union_labelled_by_the_secret_then_the_longest() -> None:
    # The URL password and the e-mail-shaped `password@host` overlap: a secret outranks personal data.
    text = "mongodb://admin:Pa55word@db.local/x"
    result = EVERYTHING.redact(text)
    assert result.text == "mongodb://admin:[REDACTED:password]/x"
    assert [(s.start, s.end) for s in result.spans] == [(16, 33)]
    # The same span found twice: the more specific detector names it.
    assert redacted(f"token={JWT}", BUILTINS) == "token=[REDACTED:jwt]"
    # A value that contains an address is hidden whole, as the secret.
    assert redacted("password: 10.0.0.1 (router)") == "password: [REDACTED:password]"


def test_spans_are_in_str_offsets_of_the_original_text() -> None:
    text = "héllo ✓ password=wörld 🙂 10.0.0.1 ✓"
    result = EVERYTHING.redact(text)

    assert result.text == "héllo ✓ password=[REDACTED:password] 🙂 [IP-1] ✓"
    assert [text[s.start : s.end] for s in result.spans] == ["wörld", "10.0.0.1"]


def test_lone_surrogates_pass_through() -> None:
    text = "bad \ud800 password=x\udfff 10.0.0.1"
    assert EVERYTHING.redact(text).text == "bad \ud800 password=[REDACTED:password] [IP-1]"


@pytest.mark.parametrize(
    "text",
    [
        f"password=hunter2 {JWT} 10.0.0.1 a@x.io Password: [REDACTED:password] {PEM}",
        # Found by the property tests: a private key after `password:` joins two lines...
        "PASSWORD: -----BEGIN PRIVATE KEY-----\n0000000000000000000A\n-----END PRIVATE KEY----- 0 ",
        # ... and a phone number next to a card number.
        "000 0000 4000000000000002 ",
    ],
)
def test_redacting_redacted_text_changes_nothing(text: str) -> None:
    once = redacted(text)
    assert redacted(once) == once
    assert EVERYTHING.redact(once).spans == ()


def test_text_is_bounded() -> None:
    EVERYTHING.redact("x" * MAX_TEXT_CHARS)
    with pytest.raises(TextTooLarge):
        EVERYTHING.redact("x" * (MAX_TEXT_CHARS + 1))


# --- custom rules ------------------------------------------------------------------------------


def test_custom_rules_hide_their_matches_under_their_name() -> None:
    redactor = Redactor(
        rules=[
            CustomRule("ticket", r"TCK-\d{5}"),
            CustomRule("client-code", r"(?i)\bacme-[a-z]{3}\b"),
            CustomRule("off", r"visible", enabled=False),
        ]
    )
    assert redacted("TCK-12345 for ACME-NYC is visible", redactor) == (
        "[REDACTED:ticket] for [REDACTED:client-code] is visible"
    )
    assert [s.category for s in redactor.redact("TCK-12345").spans] == ["custom"]


def test_custom_rules_are_all_applied_when_any_of_them_matches() -> None:
    """All rules are first searched together; that shortcut must never skip a match."""
    redactor = Redactor(rules=[CustomRule(f"r{i}", f"needle{i}[0-9]") for i in range(10)])
    assert redacted("needle77 and needle33", redactor) == "[REDACTED:r7] and [REDACTED:r3]"
    assert redacted("needle7x and nothing", redactor) == "needle7x and nothing"


def test_rules_too_large_to_search_together_are_searched_one_by_one() -> None:
    redactor = Redactor(rules=[CustomRule(f"r{i}", rf"(?:{i}|\pL){{20}}") for i in range(50)])
    assert redactor._any_custom is None  # the union did not compile: the fallback is what runs here
    assert redacted("id abcdefghijklmnopqrst", redactor) == "id [REDACTED:r0]"


@pytest.mark.parametrize(
    ("rule", "code"),
    [
        (CustomRule("x", "a" * 501), "pattern_too_long"),
        (CustomRule("x", "(unclosed"), "pattern_invalid"),
        (CustomRule("x", r"(a)\1"), "pattern_invalid"),  # back-reference
        (CustomRule("x", r"foo(?=bar)"), "pattern_invalid"),  # look-ahead
        (CustomRule("x", r"\pL{500}"), "pattern_too_complex"),
        (CustomRule("x", ""), "pattern_matches_empty"),
        (CustomRule("x", "a*"), "pattern_matches_empty"),
        (CustomRule("x", r"\b"), "pattern_matches_empty"),
        (CustomRule("x", r"(?m)^"), "pattern_matches_empty"),
        (CustomRule("x", "x|"), "pattern_matches_empty"),
        (CustomRule("Bad Name", "x"), "rule_name_invalid"),
        (CustomRule("a" * 41, "x"), "rule_name_invalid"),
    ],
)
def test_unusable_custom_rules_are_refused_with_a_code(rule: CustomRule, code: str) -> None:
    with pytest.raises(InvalidRule) as caught:
        compile_rule(rule)
    assert caught.value.code == code
    with pytest.raises(InvalidRule):
        Redactor(rules=[rule])


def test_at_most_fifty_custom_rules() -> None:
    Redactor(rules=[CustomRule(f"r{i}", f"x{i}y") for i in range(MAX_CUSTOM_RULES)])
    with pytest.raises(InvalidRule) as caught:
        Redactor(rules=[CustomRule(f"r{i}", f"x{i}y") for i in range(MAX_CUSTOM_RULES + 1)])
    assert caught.value.code == "too_many_rules"


def _seconds(redactor: Redactor, text: str) -> float:
    started = time.perf_counter()
    redactor.redact(text)
    return time.perf_counter() - started


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|a)*b", r"(a|aa)+c", r"(\w+\s?)+!", r"(.*a){12}"])
def test_catastrophic_backtracking_patterns_run_in_linear_time(pattern: str) -> None:
    redactor = Redactor(rules=[CustomRule("evil", pattern)])
    assert _seconds(redactor, "a" * 100_000 + "!") < 1.0  # a backtracking engine would never finish


@pytest.mark.parametrize(
    "text",
    [
        "a" * 300_000,
        "1" * 300_000,
        "1." * 150_000,
        "a@" * 150_000,
        ":" * 300_000,
        "password=" * 30_000,
        "-----BEGIN PRIVATE KEY-----\n" * 10_000,
        "eyJ" * 100_000,
        "4111 " * 60_000,
    ],
    ids=["letters", "digits", "dots", "ats", "colons", "keys", "pem-headers", "jwt-prefixes", "card-groups"],
)
def test_adversarial_inputs_stay_fast(text: str) -> None:
    assert _seconds(EVERYTHING, text) < 2.0
