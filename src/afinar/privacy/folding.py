"""Accent folding and context-window lookups shared by the detectors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case `word` and strip its accents: "JOÃO" -> "joao", "Conceição" -> "conceicao".

    Cached because detectors fold the same few thousand tokens over and over; the callers'
    windows of text around a candidate miss the cache, hence the fast paths: ASCII text only
    lower-cases, and the common accents (U+0300–U+036F) go in one `translate`.
    """
    if word.isascii():
        return word.lower()
    folded = unicodedata.normalize("NFKD", word.casefold()).translate(_COMBINING_DIACRITICS)
    if folded.isascii():
        return folded
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded.translate(_STROKED) if not folded.isascii() else folded


_COMBINING_DIACRITICS = dict.fromkeys(c for c in range(0x300, 0x370) if unicodedata.combining(chr(c)))
# Letters with a stroke, which no decomposition takes apart: "Stanisława" -> "stanislawa"
_STROKED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i"})


def keyword_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of `words` (accent-folded, lower-case) as whole words.

    Searched against folded text, so the word list needs no accent or case variants.
    Where several words match at one place the longest wins ("data de nascimento" over
    "data"). The alternation is factored into a prefix tree ("cart(?:ao(?: de credito)?)"),
    which `re` runs far faster than a flat list of hundreds of alternatives; spaces match
    any run of whitespace.
    """
    return re.compile(rf"(?<![\w])(?:{keyword_alternation(words)})(?![\w])")


def keyword_alternation(words: Iterable[str]) -> str:
    """Regex (no boundaries) for the alternation of the folded `words`, factored by common
    prefixes. At each branch the continuations are tried before stopping, so a longer word
    wins over its prefix; spaces match any run of whitespace."""
    tree: dict = {}
    for word in {fold(w) for w in words}:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:  # a shorter word ends here: the continuation is optional (greedy)
            return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"
        return body

    return emit(tree)


def _build_fold_table() -> dict[int, str]:
    """Translation table folding accented Latin letters to their base letter, one for one."""
    table: dict[int, str] = {}
    # (Latin Extended Additional too: the "ẽ" of indigenous names, "Akwẽ")
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        folded = fold(chr(code).lower())
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


_FOLD_TABLE: dict[int, str] | None = None


def fold_text(text: str) -> str:
    """`fold` for whole texts, at C speed and keeping the length: lower-case, then map each
    accented Latin letter to its base letter. Characters outside Latin-1, Latin Extended-A/B
    and Latin Extended Additional are left as they are (lower-cased)."""
    global _FOLD_TABLE
    if _FOLD_TABLE is None:  # built on first use, not at import
        _FOLD_TABLE = _build_fold_table()
    lowered = text.lower()
    if len(lowered) != len(text):  # e.g. "İ" lower-cases to two characters
        lowered = "".join(c.lower()[:1] for c in text)
    if "...." in lowered:
        # a form's dotted leader reads as its label's colon: "Motorista guincho..... Ana"
        # folds to "motorista guincho    : ana", as "Motorista guincho: Ana" does
        lowered = _DOTTED_LEADER.sub(_leader_as_colon, lowered)
    return lowered if lowered.isascii() else lowered.translate(_FOLD_TABLE)


_DOTTED_LEADER = re.compile(r"(?<=[^\W\d_]|\))[ ]?\.{4,}(?=[ \t])")


def _leader_as_colon(match: re.Match[str]) -> str:
    return " " * (len(match.group()) - 1) + ":"


# Texts shorter than this are folded whole on the first lookup; longer ones window by window
# (a long text with three candidates should not pay for folding all of it).
_FOLD_WHOLE_BELOW = 2000
# Keywords that are everyday words in lower case: the article "os" is no service order "OS"
# ("Conferi os 52998224725", "os pipeiros Irineu (YVQ1W84)"). Keyword patterns match folded
# text; where one of these is the nearest keyword, it counts only as written in capitals.
CAPITALISED_KEYWORDS = frozenset({"os"})


class ContextWindow:
    """Accent-folded view of one text, for asking "is keyword K near offset X?".

    The folded text has exactly the length of the original, so offsets carry over.
    """

    __slots__ = ("text", "_folded", "_nearest", "memo")

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        # nearest_before answers by (start, width, id(patterns)), each kept with its
        # `patterns` (so the id cannot be reused while cached): the CPF, CNH, PIS, RG and
        # phone detectors all ask about the same 11-digit number.
        self._nearest: dict[tuple[int, int, int], tuple[object, str | None]] = {}
        # Scratch space for a detector's per-text answers (key: a tuple led by the
        # detector's own tag), so one question about one offset is answered once.
        self.memo: dict[tuple, object] = {}

    @property
    def folded(self) -> str:
        """The whole text folded; computed on first use, since many texts never need it."""
        if self._folded is None:
            self._folded = fold_text(self.text)
        return self._folded

    def before(self, start: int, width: int) -> str:
        """Folded text of the `width` characters before `start`, without a cut-off first word.

        A window that starts mid-word would show a fragment ("...imentos" → "os") that a
        keyword pattern takes for a whole word; the partial word is dropped instead.
        """
        begin = max(0, start - width)
        while 0 < begin < start and self.text[begin - 1].isalnum() and self.text[begin].isalnum():
            begin += 1
        if self._folded is None and len(self.text) > _FOLD_WHOLE_BELOW:
            return fold_text(self.text[begin:start])
        return self.folded[begin:start]

    def after(self, end: int, width: int) -> str:
        """Folded text of the `width` characters after `end`, without a cut-off last word."""
        stop = min(len(self.text), end + width)
        while end < stop < len(self.text) and self.text[stop - 1].isalnum() and self.text[stop].isalnum():
            stop -= 1
        if self._folded is None and len(self.text) > _FOLD_WHOLE_BELOW:
            return fold_text(self.text[end:stop])
        return self.folded[end:stop]

    def nearest_before(
        self, start: int, width: int, patterns: dict[str, re.Pattern[str]]
    ) -> str | None:
        """Name of the pattern whose last match ends closest before `start` (within `width`).

        Used to settle which identifier an ambiguous number is: in "CPF 111... e CNH 222...",
        the CNH keyword is the nearest one before the second number. A keyword of
        `CAPITALISED_KEYWORDS` counts only as written in capitals.
        """
        key = (start, width, id(patterns))
        cached = self._nearest.get(key)
        if cached is not None and cached[0] is patterns:
            return cached[1]
        window = self.before(start, width)
        begin = start - len(window)  # (the window's offsets are the text's less `begin`)
        best_name, best_end = None, -1
        for name, pattern in patterns.items():
            for match in pattern.finditer(window):
                if match.end() > best_end and not (
                        match.group() in CAPITALISED_KEYWORDS
                        and not self.text[begin + match.start():begin + match.end()].isupper()):
                    best_name, best_end = name, match.end()
        self._nearest[key] = (patterns, best_name)
        return best_name
