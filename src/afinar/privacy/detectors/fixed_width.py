"""Fixed-width record files with no header: a payment or settlement file's detail lines, whose
columns are guessed from the values, not read from a layout or a header line.

    1 00001 NUNZIA PEGORARO                41710296003 756 06411 000260017824 000000000105586
    1 00002 DARCILIO VALE SOUZA            23777286427 104 07570 000005817464 000000000582473

Lines of one length in a row are one block; a column starts where every line of the block
has a character after a blank. A column of CPFs says the lines are about people: the column
of words right before it holds their names, and a
bank's code (3 digits) or ISPB (8 digits), an agency (4–5 digits) and an account (5–13
digits) in three columns in a row are each person's account. A firm's file (CNPJs) names
firms: it yields nothing. A block with a header line has that line in it, whose cells are no
CPFs: `tables` reads those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.checksums import is_valid_cpf
from afinar.privacy.folding import ContextWindow, fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

# a CPF written whole, as such files do (a file of people has one on every line)
_TRIGGER = re.compile(r"\d{11}")
_CPF = re.compile(r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}")
_WORDS = re.compile(r"[^\W\d_]+(?:['. -]+[^\W\d_]+)*\.?")
_BANK = re.compile(r"\d{3}|\d{8}")
_AGENCY = re.compile(r"\d{4,5}(?:-[\dXx])?")
_ACCOUNT = re.compile(r"\d{5,13}(?:-[\dXx])?")
# a record line is wider than a sentence's short lines that happen to share a length
_MIN_WIDTH = 40
_SCORE = 0.85


@register_detector
class FixedWidthRecordsDetector(Detector):
    """Names and bank accounts in the columns of headerless fixed-width files of people."""

    name = "fixed_width_records"
    labels = ("PERSON", "BANK_ACCOUNT")
    trigger = _TRIGGER

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for block in _blocks(text):
            yield from self._block(text, block)

    def _block(self, text: str, block: list[int]) -> Iterator[Span]:
        """`block`: the start offsets of lines of one width, consecutive."""
        columns = _columns(text, block)
        cells = [[_cell(text, line + start, line + end) for line in block] for start, end in columns]
        cpf = next((c for c, column in enumerate(cells) if _is_cpf_column(text, column)), None)
        if cpf is None:
            return
        names = _name_column(text, cells, cpf)
        if names is not None:
            gazetteer = load_gazetteer()
            known = [cell for cell in names
                     if any(w in gazetteer.name_words for w in fold(text[cell[0]:cell[1]]).split())]
            if len(known) * 2 >= len(names):
                for start, end in names:
                    words = fold(text[start:end]).split()
                    if not any(w in gazetteer.organisation_words for w in words):
                        yield Span(start, end, "PERSON", _SCORE, self.name)
        for c in range(len(cells) - 2):
            if all(_fits(_BANK, text, cell) for cell in cells[c]) \
                    and all(_fits(_AGENCY, text, cell) for cell in cells[c + 1]) \
                    and all(_fits(_ACCOUNT, text, cell) for cell in cells[c + 2]):
                for start, end in cells[c + 1] + cells[c + 2]:
                    yield Span(start, end, "BANK_ACCOUNT", _SCORE, self.name)
                break


def _blocks(text: str) -> Iterator[list[int]]:
    """Runs of two or more consecutive lines of one width (at least `_MIN_WIDTH`), as the
    start offsets of their lines."""
    run: list[int] = []
    width = -1
    position = 0
    for line in text.split("\n"):
        if len(line) == width:
            run.append(position)
        else:
            if len(run) >= 2 and width >= _MIN_WIDTH:
                yield run
            run, width = [position], len(line)
        position += len(line) + 1
    if len(run) >= 2 and width >= _MIN_WIDTH:
        yield run


def _columns(text: str, block: list[int]) -> list[tuple[int, int]]:
    """Where the block's columns start and end, relative to a line's start: a column starts
    where every line has a character after a blank (or at the line's start) and runs to the
    next one. Columns of words in a row are one (two names' second words may start at the
    same position: "ANA MARIA SOUZA", "JOSE PAULO LIMA")."""
    width = len(text) - block[0] if len(block) == 1 else block[1] - block[0] - 1
    starts = [p for p in range(width) if all(
        not text[line + p].isspace() and (p == 0 or text[line + p - 1] == " ") for line in block)]
    columns = list(zip(starts, starts[1:] + [width]))
    merged: list[tuple[int, int]] = []
    for start, end in columns:
        if merged and all(_is_words(text, line + merged[-1][0], line + end) for line in block):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _cell(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's offsets without its padding."""
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _is_words(text: str, start: int, end: int) -> bool:
    start, end = _cell(text, start, end)
    return end > start and _WORDS.fullmatch(text, start, end) is not None


def _fits(pattern: re.Pattern[str], text: str, cell: tuple[int, int]) -> bool:
    return pattern.fullmatch(text, *cell) is not None


def _is_cpf_column(text: str, cells: list[tuple[int, int]]) -> bool:
    """Every cell shaped like a CPF, half or more of them with its check digits right."""
    if not all(_fits(_CPF, text, cell) for cell in cells):
        return False
    valid = sum(1 for start, end in cells if is_valid_cpf(re.sub(r"\D", "", text[start:end])))
    return valid * 2 >= len(cells)


def _name_column(text: str, cells: list[list[tuple[int, int]]], cpf: int) -> list[tuple[int, int]] | None:
    """The column of words right before the CPFs (the one after them holds what the person
    is to someone else as often as a name: "filha", "titular")."""
    if cpf > 0 and all(_WORDS.fullmatch(text, *cell) and sum(ch.isalpha() for ch in text[cell[0]:cell[1]]) >= 3
                       for cell in cells[cpf - 1]):
        return cells[cpf - 1]
    return None
