"""Rows pasted from spreadsheets and batch files: which column a cell is in, and its header.

In "NOME;CIDADE;PROTOCOLO\\nAna Souza;Recife;054446509926" the header says what each cell
is, which the words around the cell do not: the name is a name because its column is
"NOME", the number is a protocol because its column is "PROTOCOLO". A table is two or
more consecutive lines split by the same delimiter (";", a tab or "|") into the same number of
cells, the first of them without digits, or with a few in cells of words (the header).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from afinar.privacy.folding import ContextWindow

_DELIMITERS = (";", "\t", "|")  # "|": tables pasted from reports and Markdown


class TableCell(NamedTuple):
    """A cell below a header: its offsets (surrounding blanks excluded) and the folded,
    stripped header of its column ("nome", "cpf", "protocolo")."""

    start: int
    end: int
    header: str


def table_cells(context: ContextWindow) -> list[TableCell]:
    """Every cell under a header in `context.text`, in text order (memoised per text)."""
    key = ("table_cells",)
    cached = context.memo.get(key)
    if cached is None:
        cached = context.memo[key] = _table_cells(context)
    return cached  # type: ignore[return-value]


def cell_at(context: ContextWindow, position: int) -> TableCell | None:
    """The table cell starting at `position` (blanks before it allowed), if any."""
    for cell in table_cells(context):
        if cell.start <= position < cell.end:
            return cell if not context.text[cell.start:position].strip() else None
    return None


def _table_cells(context: ContextWindow) -> list[TableCell]:
    text = context.text
    if ";" not in text and "\t" not in text and "|" not in text:
        return []
    lines: list[tuple[int, str]] = []  # (offset, line)
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    cells: list[TableCell] = []
    for delimiter in _DELIMITERS:
        index = 0
        while index < len(lines):
            header_offset, header = lines[index]
            count = header.count(delimiter)
            body = index + 1
            while body < len(lines) and count and lines[body][1].count(delimiter) == count:
                body += 1
            if count == 0 or body == index + 1 or not _is_header(header, delimiter):
                index += 1
                continue
            headers = [
                " ".join(context.folded[header_offset + s : header_offset + e].split()).strip(":")
                for s, e in _cell_bounds(header, delimiter)
            ]
            for row_offset, row in lines[index + 1 : body]:
                for column, (s, e) in enumerate(_cell_bounds(row, delimiter)):
                    if e > s:
                        cells.append(TableCell(row_offset + s, row_offset + e, headers[column]))
            index = body
    return sorted(cells)


def _is_header(line: str, delimiter: str) -> bool:
    """A header line names its columns: no digits, or only a few in cells that are all words
    ("BANCO 237 Bradesco AG/CONTA", "Nota 1"), never a number of four or more digits or a
    cell without a letter, as a data row has ("Ana Souza | 12/05/1980 | 3.500,00")."""
    if not any(c.isdigit() for c in line):
        return True
    if _LONG_NUMBER.search(line):
        return False
    return all(any(c.isalpha() for c in cell) for cell in line.split(delimiter) if cell.strip())


_LONG_NUMBER = re.compile(r"\d{4}")


def _cell_bounds(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, blanks around it excluded."""
    bounds = []
    start = 0
    for part in line.split(delimiter):
        stripped = part.strip()
        left = start + (len(part) - len(part.lstrip()))
        bounds.append((left, left + len(stripped)))
        start += len(part) + 1
    return bounds


# Fixed-width tables: columns aligned with blanks, as printed by reports and pasted from
# them ("NOME            PARENTESCO     NASC.        CPF"), with a run of two or more
# blanks (or a tab) between cells.
_GAP = re.compile(r"[ ]{2,}|\t+")


def aligned_header_at(context: ContextWindow, position: int) -> str | None:
    """The folded header of the column of a blank-aligned table that the cell starting at
    `position` is in, or None outside one.

    The header is the nearest line above without digits that has three or more cells; every
    line between it and `position`'s line has a gap of two or more blanks too (a blank line
    ends the table). A row with as many cells as the header maps cell to column in order; a
    row whose cells overflowed ("companheiro(a) 06/10/1995": one blank where the column was
    too narrow) maps a cell that starts where a header cell starts (one column of slack)."""
    table = aligned_table_at(context, position)
    if table is None:
        return None
    headers, header_cells, line_start, row = table
    text = context.text
    column = position - line_start
    if text[line_start:position].strip() and text[position - 1] not in " \t":
        return None  # inside a cell, not at its start
    row_cells = _aligned_cells(row)
    if len(row_cells) == len(header_cells):
        for index, (s, _e) in enumerate(row_cells):
            if s == column:
                return headers[index]
    for index, (s, _e) in enumerate(header_cells):
        if abs(s - column) <= 1:
            return headers[index]
    return None


def aligned_table_at(
    context: ContextWindow, position: int
) -> tuple[list[str], list[tuple[int, int]], int, str] | None:
    """(folded headers, header cell bounds, row offset, row) of the blank-aligned table
    whose row holds `position`, or None (see `aligned_header_at`)."""
    text = context.text
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    if not _GAP.search(row):
        return None
    header_end = line_start - 1
    for _ in range(60):  # rows between the header and this one
        if header_end < 0:
            return None
        header_start = text.rfind("\n", 0, header_end) + 1
        line = text[header_start:header_end]
        if not line.strip() or not _GAP.search(line.strip()):
            return None
        if not any(c.isdigit() for c in line):
            header_cells = _aligned_cells(line)
            if len(header_cells) >= 3:
                break
        header_end = header_start - 1
    else:
        return None
    headers = [" ".join(context.folded[header_start + s:header_start + e].split()).strip(":")
               for s, e in header_cells]
    return headers, header_cells, line_start, row


def _aligned_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a blank-aligned line."""
    cells = []
    start = len(line) - len(line.lstrip())
    for gap in _GAP.finditer(line, start):
        if gap.start() > start:
            cells.append((start, gap.start()))
        start = gap.end()
    if line[start:].strip():
        cells.append((start, len(line.rstrip())))
    return cells


# Structured records: an XML element ("<dataNascimento>1958-04-05</dataNascimento>"), a JSON
# or YAML key ('"birth_date": "1995-07-12"'), a query or config pair ("dob=1958-04-05"). The
# key names the value as a column's header does; it is written in camelCase or snake_case.
_FIELD_KEY = re.compile(
    r"(?:<(?P<tag>[A-Za-z_][\w.:-]{0,40})(?:[ \t][^<>\n]{0,80})?>"
    r"|(?P<quote>[\"'])?(?P<key>[A-Za-z_][\w.-]{0,40})[\"']?[ \t]*(?P<sign>[:=])[ \t]*[\"']?)[ \t]*$"
)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_KEY_SEPARATORS = re.compile(r"[_.:\-]+")


def field_key_before(context: ContextWindow, position: int) -> str | None:
    """The key of the structured field whose value starts at `position`, as folded words
    ("birth date" for "birth_date", "titulo eleitor" for "tituloEleitor", "dob" for
    "<dob>"), or None when no tag or key stands right before it. A prose label
    ("Nascimento: ") is no key here: the context keywords read those."""
    match = _FIELD_KEY.search(context.text, max(0, position - 130), position)
    if match is None:
        return None
    name = match.group("tag") or match.group("key")
    if not (match.group("tag") or match.group("quote") or match.group("sign") == "="
            or "_" in name or "." in name or _CAMEL_HUMP.search(name)):
        return None
    return " ".join(_KEY_SEPARATORS.sub(" ", _CAMEL_HUMP.sub(" ", name)).lower().split())


def hl7_fields(text: str, segment: str) -> list[tuple[int, int, int]]:
    """(field number, start, end) of every field of every HL7 v2 `segment` ("PID") in
    `text`: a segment is a line (or a stretch after "\\r") starting "PID|", its fields split
    by "|", numbered from 1 after the segment's name (PID-7: the date of birth, PID-11: the
    address)."""
    fields: list[tuple[int, int, int]] = []
    for match in re.finditer(rf"(?:^|(?<=[\r\n]))[ \t]*{re.escape(segment)}\|", text):
        start = match.end()
        end = len(text)
        for stop in ("\n", "\r"):
            found = text.find(stop, start)
            if found >= 0:
                end = min(end, found)
        number = 1
        for part in text[start:end].split("|"):
            fields.append((number, start, start + len(part)))
            start += len(part) + 1
            number += 1
    return fields
