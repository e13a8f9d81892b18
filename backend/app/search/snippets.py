"""Snippets: the part of a document's text that shows why it matched, with the matched words marked.

Built in Python from the stored text and the query's lexemes rather than with `ts_headline`, which
re-parses the whole text of every hit (most of a search's cost at library scale). A word matches a
lexeme when it starts with it: Snowball stems are prefixes of the words they come from
(`prompting` → `prompt`, `certificates` → `certif`), and a type-ahead prefix is one by definition.
One regular expression finds the matches; Python only splits the chosen windows into words.
"""

import html
import re
from collections.abc import Sequence
from itertools import islice

WINDOW_WORDS = 30
MAX_FRAGMENTS = 2
FRAGMENT_DELIMITER = " … "
# Open a little before the first match, so the fragment reads as a sentence.
LEAD_WORDS = 4
LEAD_CHARS = 80
# Matches this close together count as one window when choosing where to cut (about WINDOW_WORDS).
WINDOW_CHARS = 200

_WORD = re.compile(r"[^\W_]+")


def _matches(text: str, lexemes: Sequence[str]) -> list[tuple[int, str]]:
    """(word start offset, lexeme) of every word that starts with one of the lexemes, in text order."""
    ordered = sorted({lexeme.lower() for lexeme in lexemes if lexeme}, key=len, reverse=True)
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two: offsets would shift
        pattern = re.compile(r"(?<![^\W_])(" + "|".join(map(re.escape, ordered)) + r")", re.IGNORECASE)
        return [(m.start(), m.group(1).lower()) for m in pattern.finditer(text)] if ordered else []
    found: dict[int, str] = {}
    for lexeme in ordered:  # longest first: a word starting with two lexemes counts as the longer
        at = lower.find(lexeme)
        while at != -1:
            if (at == 0 or not lower[at - 1].isalnum()) and at not in found:
                found[at] = lexeme
            at = lower.find(lexeme, at + 1)
    return sorted(found.items())


def _best_window(hits: list[tuple[int, str]], wanted: set[str]) -> int:
    """Offset of the match opening the stretch of WINDOW_CHARS holding the most distinct wanted
    lexemes (the earliest such stretch): a sliding window over the matches, in text order."""
    relevant = [(offset, lexeme) for offset, lexeme in hits if lexeme in wanted]
    counts: dict[str, int] = {}
    best_start, best_count, end = 0, 0, 0
    for start, lexeme in relevant:
        while end < len(relevant) and relevant[end][0] < start + WINDOW_CHARS:
            counts[relevant[end][1]] = counts.get(relevant[end][1], 0) + 1
            end += 1
        if len(counts) > best_count:
            best_start, best_count = start, len(counts)
        counts[lexeme] -= 1  # the window moves past this match
        if not counts[lexeme]:
            del counts[lexeme]
    return best_start


def _fragment(text: str, around: int) -> tuple[int, list[re.Match[str]]]:
    """The words of the fragment around offset `around`: LEAD_WORDS before it, WINDOW_WORDS in all;
    and where the fragment's text starts."""
    before = list(_WORD.finditer(text, max(0, around - LEAD_CHARS), around))[-LEAD_WORDS:]
    first = before[0].start() if before else around
    words = list(islice(_WORD.finditer(text, first), WINDOW_WORDS))
    return first, words


def _render(text: str, first: int, words: list[re.Match[str]], marked: set[int]) -> str:
    """The fragment's text, from its first word (or the text's start when nothing comes before it)
    up to the next word after its last (so punctuation and brackets around it stay), escaped, with
    the matched words in `<mark>`."""
    start = 0 if not _WORD.search(text, 0, first) else first
    following = _WORD.search(text, words[-1].end()) if words else None
    end = following.start() if following else len(text)
    out: list[str] = []
    cursor = start
    for word in words:
        if word.start() in marked:
            out.append(html.escape(text[cursor : word.start()], quote=True))
            out.append(f"<mark>{html.escape(word.group(), quote=True)}</mark>")
            cursor = word.end()
    out.append(html.escape(text[cursor:end], quote=True))
    return " ".join("".join(out).split())


def snippet(text: str, lexemes: Sequence[str]) -> str:
    """Up to two fragments of about WINDOW_WORDS words covering the query's lexemes, HTML-escaped,
    matched words in `<mark>`; the opening words when nothing in the text matches."""
    hits = _matches(text, lexemes)
    wanted = {lexeme for _, lexeme in hits}
    fragments: list[tuple[int, list[re.Match[str]]]] = []
    while wanted and len(fragments) < MAX_FRAGMENTS:
        first, words = _fragment(text, _best_window(hits, wanted))
        if fragments and first <= fragments[-1][1][-1].end():
            break  # would overlap the fragment already chosen
        fragments.append((first, words))
        end = words[-1].end() if words else first
        wanted -= {lexeme for offset, lexeme in hits if first <= offset < end}
    if not fragments:
        words = list(islice(_WORD.finditer(text), WINDOW_WORDS))
        if not words:
            return ""
        fragments = [(0, words)]
    marked = {offset for offset, _ in hits}
    fragments.sort(key=lambda fragment: fragment[0])
    return FRAGMENT_DELIMITER.join(_render(text, first, words, marked) for first, words in fragments)
