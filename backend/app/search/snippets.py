"""Snippets: the part of a document's text that shows why it matched, with the matched words marked.

Built in Python from the stored text and the query's lexemes rather than with `ts_headline`, which
re-parses the whole text of every hit (most of a search's cost at library scale). A word matches a
lexeme when it starts with it: Snowball stems are prefixes of the words they come from
(`prompting` → `prompt`, `certificates` → `certif`), and a type-ahead prefix is one by definition.
"""

import html
import re
from collections.abc import Sequence

WINDOW_WORDS = 30
MAX_FRAGMENTS = 2
FRAGMENT_DELIMITER = " … "

_WORD = re.compile(r"[^\W_]+")


def _matching(words: list[re.Match[str]], lexemes: Sequence[str]) -> list[str | None]:
    """For each word, the lexeme it matches (or None)."""
    found: list[str | None] = []
    for word in words:
        lower = word.group().lower()
        found.append(next((lexeme for lexeme in lexemes if lower.startswith(lexeme)), None))
    return found


def _best_window(matches: list[str | None], wanted: set[str]) -> int:
    """Start of the window of WINDOW_WORDS words holding the most distinct wanted lexemes (earliest wins)."""
    best_start, best_count = 0, -1
    for start, lexeme in enumerate(matches):
        if lexeme not in wanted:
            continue
        count = len({m for m in matches[start : start + WINDOW_WORDS] if m in wanted})
        if count > best_count:
            best_start, best_count = start, count
    # Open a little before the first match, so the fragment reads as a sentence.
    return max(0, best_start - 4)


def _render(text: str, words: list[re.Match[str]], matches: list[str | None], start: int, end: int) -> str:
    """Words start..end with the text between them (from the text's start, and up to the next word
    or the text's end, so punctuation and brackets around the fragment stay)."""
    out: list[str] = []
    cursor = 0 if start == 0 else words[start].start()
    for word, lexeme in zip(words[start:end], matches[start:end], strict=True):
        out.append(html.escape(text[cursor : word.start()], quote=True))
        escaped = html.escape(word.group(), quote=True)
        out.append(f"<mark>{escaped}</mark>" if lexeme else escaped)
        cursor = word.end()
    out.append(html.escape(text[cursor : words[end].start() if end < len(words) else len(text)], quote=True))
    return " ".join("".join(out).split())


def snippet(text: str, lexemes: Sequence[str]) -> str:
    """Up to two fragments of about WINDOW_WORDS words covering the query's lexemes, HTML-escaped,
    matched words in `<mark>`; the opening words when nothing in the text matches."""
    words = list(_WORD.finditer(text))
    if not words:
        return ""
    lexemes = sorted({lexeme.lower() for lexeme in lexemes if lexeme}, key=len, reverse=True)
    matches = _matching(words, lexemes)
    wanted = {m for m in matches if m}
    fragments: list[tuple[int, int]] = []
    while wanted and len(fragments) < MAX_FRAGMENTS:
        start = _best_window(matches, wanted)
        end = min(len(words), start + WINDOW_WORDS)
        fragments.append((start, end))
        wanted -= {m for m in matches[start:end] if m}
    if not fragments:
        fragments = [(0, min(len(words), WINDOW_WORDS))]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(fragments):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return FRAGMENT_DELIMITER.join(_render(text, words, matches, start, end) for start, end in merged)
