"""Snippets: fragments around the query's lexemes, escaped, with the matches marked."""

from app.search.snippets import FRAGMENT_DELIMITER, WINDOW_WORDS, snippet


def test_marks_words_that_start_with_a_lexeme() -> None:
    text = "Outlook keeps prompting for the password after the update."
    assert snippet(text, ["prompt", "password"]) == (
        "Outlook keeps <mark>prompting</mark> for the <mark>password</mark> after the update."
    )


def test_a_distant_second_lexeme_gets_its_own_fragment() -> None:
    filler = " ".join(f"word{i}" for i in range(100))
    text = f"Check the spooler first. {filler} Then clear the queue."
    result = snippet(text, ["spooler", "queue"])
    first, second = result.split(FRAGMENT_DELIMITER)
    assert "<mark>spooler</mark>" in first
    assert "<mark>queue</mark>" in second
    assert len(first.split()) <= WINDOW_WORDS


def test_the_window_with_most_distinct_lexemes_wins() -> None:
    filler = " ".join(f"w{i}" for i in range(60))
    text = f"vpn alone here. {filler} the vpn certificate expired"
    result = snippet(text, ["vpn", "certif"])
    assert FRAGMENT_DELIMITER not in result
    assert "<mark>vpn</mark> <mark>certificate</mark>" in result


def test_without_a_match_the_opening_words_are_shown() -> None:
    text = " ".join(f"w{i}" for i in range(100))
    assert snippet(text, ["absent"]) == " ".join(f"w{i}" for i in range(WINDOW_WORDS))
    assert snippet("", ["x"]) == ""


def test_text_is_escaped_and_only_marks_are_markup() -> None:
    result = snippet('<b>Outlook</b> & "quotes" <mark>x</mark>', ["outlook"])
    assert result == "&lt;b&gt;<mark>Outlook</mark>&lt;/b&gt; &amp; &quot;quotes&quot; &lt;mark&gt;x&lt;/mark&gt;"
