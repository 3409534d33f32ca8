"""Rows pasted from spreadsheets and batch files: which column a cell is in, and its header.

In "NOME;CIDADE;PROTOCOLO\\nAna Souza;Recife;054446509926" the header says what each cell
is, which the words around the cell do not: the name is a name because its column is
"NOME", the number is a protocol because its column is "PROTOCOLO". A table is two or
more consecutive lines split by the same delimiter (";", a tab or "|") into the same number of
cells, the first of them without digits (the header).
"""

from __future__ import annotations

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
            if count == 0 or body == index + 1 or any(c.isdigit() for c in header):
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
