"""Rows pasted from spreadsheets and batch files: which column a cell is in, and its header.

In "NOME;CIDADE;PROTOCOLO\\nAna Souza;Recife;054446509926" the header says what each cell
is, which the words around the cell do not: the name is a name because its column is
"NOME", the number is a protocol because its column is "PROTOCOLO". A table is two or
more consecutive lines split by the same delimiter (";", a tab or "|") into the same number of
cells, the first of them without digits, or with a few in cells of words (the header).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from afinar.privacy.folding import ContextWindow, fold

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


def is_column_header(context: ContextWindow, start: int, end: int) -> bool:
    """Whether context.text[start:end] is a whole header cell of a table whose rows follow
    its line ("Nome,CPF,Nascimento,Celular" over the records: "Nascimento" heads a column,
    it names no one)."""
    line_end = context.text.find("\n", end)
    if line_end < 0:
        return False
    name = " ".join(context.folded[start:end].split())
    next_line_end = context.text.find("\n", line_end + 1)
    next_line_end = len(context.text) if next_line_end < 0 else next_line_end
    return any(cell.header == name and line_end < cell.start < next_line_end for cell in table_cells(context))


def cell_at(context: ContextWindow, position: int) -> TableCell | None:
    """The table cell starting at `position` (blanks before it allowed), if any."""
    for cell in table_cells(context):
        if cell.start <= position < cell.end:
            return cell if not context.text[cell.start:position].strip() else None
    return None


def _table_cells(context: ContextWindow) -> list[TableCell]:
    text = context.text
    cells: list[TableCell] = []
    if "INSERT" in text or "insert" in text:
        cells.extend(_insert_cells(context))
    if ";" not in text and "\t" not in text and "|" not in text and "," not in text:
        return sorted(cells)
    lines: list[tuple[int, str]] = []  # (offset, line)
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for delimiter in _DELIMITERS:
        if delimiter not in text:
            continue
        least = 3 if delimiter == "," else 2  # cells of a header
        bounds: dict[int, list[tuple[int, int]]] = {}

        def cells_of(row: int) -> list[tuple[int, int]]:
            found = bounds.get(row)
            if found is None:
                line = lines[row][1]
                found = bounds[row] = _cell_bounds(line, delimiter) if delimiter in line else []
            return found

        index = 0
        while index < len(lines):
            header_offset, header = lines[index]
            if header.count(delimiter) < least - 1 or len(cells_of(index)) < least \
                    or not _is_header(header, cells_of(index), delimiter):
                index += 1
                continue
            count = len(cells_of(index))
            body = index + 1
            rows = 0
            # a rule line drawn under the header or between rows ("+------+-----+") is
            # skipped: it holds no cell
            while body < len(lines):
                if (len(cells_of(body)) == count and not _sparse(cells_of(body))) \
                        or (delimiter == "|" and _RULE.fullmatch(lines[body][1])):
                    rows += len(cells_of(body)) == count
                    body += 1
                    continue
                # rows mostly empty inside the table, as a longitudinal export repeats a
                # record per event ("100,followup_6m_arm_1,,,,,,,,,Genival Ribeiro,…"), when
                # a full row follows them; at its end they are a total or a note
                following = body
                while following < len(lines) and len(cells_of(following)) == count \
                        and _sparse(cells_of(following)):
                    following += 1
                if following == body or following == len(lines) \
                        or len(cells_of(following)) != count:
                    break
                body = following
            if not rows:
                index += 1
                continue
            headers = [_header(context, header_offset, s, e) for s, e in cells_of(index)]
            first_row = index + 1
            rows_of_table = [row for row in range(index, body) if len(cells_of(row)) == count]
            # (a line's leading or closing bar makes an empty first or last column)
            filled = [column for column in range(count)
                      if any(cells_of(row)[column][1] > cells_of(row)[column][0] for row in rows_of_table)]
            # rows of as many cells just above the line taken for the header (a ruled box's
            # rule lines between them): a header is a table's first line, so these make it
            # a record's field too ("Protocolo | ATD-806686" over "Destinatário | JOSÉ …")
            above = index
            while above > 0 and (len(cells_of(above - 1)) == count and not _sparse(cells_of(above - 1)) or (
                    delimiter == "|" and _RULE.fullmatch(lines[above - 1][1]))):
                above -= 1
            rows_above = [row for row in range(above, index) if len(cells_of(row)) == count]
            if len(filled) == 2 and (rows_above or _field_list([
                    context.folded[lines[row][0] + cells_of(row)[filled[0]][0]:
                                   lines[row][0] + cells_of(row)[filled[0]][1]].strip() for row in rows_of_table])):
                # a record's fields and their values, one a line ("Nome | ANA SOUZA",
                # "Sexo | F", "CPF | …"): its first line is a field too, not a header
                headers = [""] * count
                headers[filled[0]], headers[filled[1]] = "campo", "valor"
                first_row = rows_above[0] if rows_above else index
            for row in range(first_row, body):
                if len(cells_of(row)) != count:
                    continue
                row_offset = lines[row][0]
                for column, (s, e) in enumerate(cells_of(row)):
                    if e > s:
                        cells.append(TableCell(row_offset + s, row_offset + e, headers[column]))
            index = body
    return sorted(cells)


_DELIMITERS = _DELIMITERS + (",",)  # CSV exports: quoted cells may hold commas

# The first words of a record's fields (folded), as a form lists them one a line
_FIELD_LABEL = re.compile(
    r"(?:nome|cpf|rg|cnpj|cep|sexo|genero|tel|telefone|celular|fone|e-?mail|endereco|logradouro|bairro"
    r"|municipio|cidade|uf|data|dt|nascimento|nasc|idade|nis|pis|nit|cns|ctps|cnh|titulo|estado civil"
    r"|profissao|ocupacao|naturalidade|nacionalidade|filiacao|mae|pai|matricula|cargo|funcao"
    r"|banco|agencia|ag|conta|chave|pix|orgao|emissor|escolaridade|curso|renda|placa|veiculo"
    # a card's, a health plan's and a professional's fields: "Cartão", "Validade",
    # "Carteirinha", "Inscrição", "Consultório"
    r"|cartao|validade|carteirinha|plano|convenio|inscricao|registro|consultorio"
    # a report's or a lab's box about one person: "Paciente", "Responsável", "Contato",
    # "Prontuário", "Categoria", "Finalidade", "Empregador", "Coleta", "Coletor(a)"
    r"|paciente|responsavel|contato|prontuario|categoria|finalidade|empregador|coleta|coletor"
    # an identity document's field ("Documento", "Doc."), beside the CPF's
    r"|documento|doc)(?![a-z])"
)


def _field_list(labels: list[str]) -> bool:
    """Whether the first cells of a two-column table's lines (folded) are a record's field
    names ("nome", "data de nascimento", "cpf"), the header line's included: three or more,
    each different (two may repeat among eight or more), half or more of them a known field's (a column of names under its
    header holds one at most: "Nome | CPF" over "Ana Souza | …"; a record's fields hold
    some the list does not know: "REPRESENTANTE", "Titular"; four known ones make a record
    however many others it has: "Protocolo", "Jogador", "ID", "CPF", "Telefone", "E-mail",
    "Saque", "Motivo")."""
    known = sum(1 for label in labels if _FIELD_LABEL.match(label))
    # (a field may come twice in a longer record: an examining and a coordinating doctor's "CRM")
    distinct = len(set(labels)) == len(labels) or (len(labels) >= 8 and len(set(labels)) >= len(labels) - 2)
    return len(labels) >= 3 and distinct and (known * 2 >= len(labels) or known >= 4)


def _header(context: ContextWindow, offset: int, start: int, end: int) -> str:
    """A header cell as folded words: blanks collapsed, a trailing colon dropped, and an
    identifier column name ("dt_nascimento", "numeroCartao") split into its words as a
    record's key is (`field_key_before`)."""
    header = " ".join(context.folded[offset + start:offset + end].split()).strip(":")
    if " " not in header and ("_" in header or _CAMEL_HUMP.search(context.text, offset + start, offset + end)):
        raw = context.text[offset + start:offset + end]
        return key_words(raw)
    return header


def _is_header(line: str, bounds: list[tuple[int, int]], delimiter: str) -> bool:
    """A header line names its columns: no digits, or only a few in cells that are all words
    ("BANCO 237 Bradesco AG/CONTA", "Nota 1"), never a number of four or more digits or a
    cell without a letter, as a data row has ("Ana Souza | 12/05/1980 | 3.500,00"). It
    names most of them (`_sparse`). A CSV header's cells are column names, a few words
    each, not the clauses of a sentence that happens to hold as many commas."""
    if _sparse(bounds):
        return False
    cells = [line[s:e] for s, e in bounds]
    if delimiter == "," and any(len(c) > 30 or len(c.split()) > 3 for c in cells):
        return False
    if not any(c.isdigit() for c in line):
        return True
    if any(_LONG_NUMBER.search(cell) and not _NAMED_WITH_A_NUMBER.fullmatch(cell.strip()) for cell in cells):
        return False  # (a column may be named with a year: "MESARIO_2024")
    # an attendance sheet's columns are its days ("Nome\tPaís\t…\t09/02\t16/02\t%"): a day
    # and month, or a symbol, may head a column when most cells are words
    filled = [cell.strip() for cell in cells if cell.strip()]
    worded = sum(1 for cell in filled if any(ch.isalpha() for ch in cell))
    # (or an age band: "18-25")
    return worded * 2 >= len(filled) and all(
        any(ch.isalpha() for ch in cell) or _DAY_AND_MONTH.fullmatch(cell) or _AGE_BAND.fullmatch(cell)
        or not any(ch.isdigit() for ch in cell)
        for cell in filled)


_LONG_NUMBER = re.compile(r"\d{4}")
# a column's name with a number in it, an identifier's way: "MESARIO_2024", "valor_2025"
_NAMED_WITH_A_NUMBER = re.compile(r"[A-Za-z][A-Za-z]+_\d{4}")
_AGE_BAND = re.compile(r"\d{1,2}[ \t]*[-–][ \t]*\d{1,2}")
_DAY_AND_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")
# A table's rule line, as ASCII reports draw them: "+-----+-----+", "|=====|====|"
_RULE = re.compile(r"[ \t]*[+|]?[ \t]*[-=]{3,}[-=+|: \t]*")


def _sparse(bounds: list[tuple[int, int]]) -> bool:
    """True for a line with more empty cells than filled ones: a spreadsheet's title, a
    total or a note below the table ('"Total";"5";;;;;;'), not a header or a record."""
    return sum(1 for s, e in bounds if s == e) * 2 > len(bounds)
# A cell of a delimited line: a quoted one (a doubled quote inside it is a quote), or a run
# without the delimiter. The quotes are no part of the cell's value.
_QUOTED = re.compile(r'[ \t]*"((?:[^"\n]|"")*)"[ \t]*')


def _cell_bounds(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, blanks and enclosing double quotes excluded; a
    delimiter inside quotes ("Rua A, 12") splits nothing."""
    bounds = []
    start = 0
    length = len(line)
    while True:
        quoted = _QUOTED.match(line, start) if '"' in line else None
        if quoted and (quoted.end() == length or line[quoted.end()] == delimiter):
            bounds.append((quoted.start(1), quoted.end(1)))
            end = quoted.end()
        else:
            end = line.find(delimiter, start)
            end = length if end < 0 else end
            part = line[start:end]
            left = start + (len(part) - len(part.lstrip()))
            bounds.append((left, left + len(part.strip())))
        if end >= length:
            return bounds
        start = end + 1


# SQL: "INSERT INTO cliente (id, nome, cpf, dt_nasc) VALUES (1, 'ANA', '123...', '19800101'),
# (2, …);" -- the column list is the header of every row of values.
_INSERT = re.compile(
    r"(?i:insert[ \t]+into)[ \t]+[\w.\"`\[\]]+[ \t]*\((?P<columns>[^()]{1,2000})\)[ \t\r\n]*(?i:values)"
)
_SQL_VALUE = re.compile(r"[ \t\r\n]*(?:'((?:[^'\n]|'')*)'|([^,()'\n]*?))[ \t\r\n]*(?=[,)])")


_SQL_WORDS = frozenset({"NULL", "TRUE", "FALSE", "DEFAULT"})


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _insert_cells(context: ContextWindow) -> list[TableCell]:
    """The values of SQL INSERT statements, each under its column's name (split into words
    as a key is: "dt_nasc" -> "dt nasc")."""
    text = context.text
    cells: list[TableCell] = []
    for statement in _INSERT.finditer(text):
        columns = [key_words(c.strip().strip('"`[]')) for c in statement.group("columns").split(",")]
        position = statement.end()
        while True:  # one "(…)" row after another, split by commas
            position = _skip_blanks(text, position)
            if position >= len(text) or text[position] != "(":
                break
            position += 1
            column = 0
            while (value := _SQL_VALUE.match(text, position)) is not None:
                group = 1 if value.group(1) is not None else 2
                if column < len(columns) and value.end(group) > value.start(group) \
                        and (group == 1 or value.group(2).upper() not in _SQL_WORDS):
                    cells.append(TableCell(value.start(group), value.end(group), columns[column]))
                column += 1
                position = value.end() + 1  # past the comma or the closing bracket
                if text[value.end()] == ")":
                    break
            else:
                break  # not a row of plain values
            position = _skip_blanks(text, position)
            if position >= len(text) or text[position] != ",":
                break
            position += 1
    return cells


# Fixed-width tables: columns aligned with blanks, as printed by reports and pasted from
# them ("NOME            PARENTESCO     NASC.        CPF"), with a run of two or more
# blanks (or a tab) between cells.
_GAP = re.compile(r"[ ]{2,}|\t+")


def aligned_header_at(context: ContextWindow, position: int, *, strict: bool = False) -> str | None:
    """The folded header of the column of a blank-aligned table that the cell starting at
    `position` is in, or None outside one.

    The header is the nearest line above without digits that has three or more cells; every
    line between it and `position`'s line has a gap of two or more blanks too (a blank line
    ends the table). A row with as many cells as the header maps cell to column in order; a
    row whose cells overflowed ("companheiro(a) 06/10/1995": one blank where the column was
    too narrow) maps a cell that starts where a header cell starts (one column of slack), or
    else one that ends where a header cell ends (right-aligned columns).
    `strict`: a line of labels without digits between the header and the row (a form's
    next block of fields, "CNS   Tel") ends the table instead of being skipped."""
    key = ("aligned_header_at", position, strict)  # asked again by several detectors
    if key not in context.memo:
        context.memo[key] = _aligned_header_at(context, position, strict)
    return context.memo[key]  # type: ignore[return-value]


def _aligned_header_at(context: ContextWindow, position: int, strict: bool) -> str | None:
    ruled = _ruled_header_at(context, position)
    if ruled is not None:
        return ruled or None
    table = aligned_table_at(context, position, strict=strict)
    if table is None:
        return None
    headers, header_cells, line_start, row = table
    text = context.text
    column = position - line_start
    if text[line_start:position].strip() and text[position - 1] not in " \t":
        return None  # inside a cell, not at its start
    row_cells = _aligned_cells(row)
    # a header cell starting in the very column speaks first: a row whose number of cells
    # matches the header's only by chance ("01  ROSANGELA …  ENTEADA  21/07/2001 SIM  -"
    # under "SEQ NOME  PARENTESCO  NASC.  FACIAL  CPF") would map its cells in the wrong order
    for index, (s, _e) in enumerate(header_cells):
        if s == column:
            return headers[index]
    if len(row_cells) == len(header_cells):
        for index, (s, _e) in enumerate(row_cells):
            if s == column:
                return headers[index]
    for index, (s, _e) in enumerate(header_cells):
        if abs(s - column) <= 1:
            return headers[index]
    # a right-aligned table (pandas' and R's printouts, with an unnamed index column
    # first): the cell ends where its header ends
    cell_end = next((e for s, e in row_cells if s == column), None)
    if cell_end is not None:
        for index, (_s, e) in enumerate(header_cells):
            if e == cell_end:
                return headers[index]
        # a report whose values drifted a few columns from their headers ("ENDERECO" over
        # "  EST FLOR DO CAMPO Nº 1994"): the one header the cell lies under, wholly
        under = [index for index, (s, e) in enumerate(header_cells) if s < cell_end and column < e]
        if len(under) == 1:
            s, e = header_cells[under[0]]
            if column - s <= 3 and min(e, cell_end) - max(s, column) >= (e - s) // 2:
                return headers[under[0]]
        # or the one header that starts within three columns of it ("CEP" over "   57409964")
        near = [index for index, (s, _e) in enumerate(header_cells) if abs(s - column) <= 3]
        if len(near) == 1:
            return headers[near[0]]
        # headers one blank apart ("TENT CELULAR (SMS) E-MAIL" over "2    28981614574   
        # ELAINE@…"): the header word that starts in the very column, up to the word that
        # starts where the row's next cell does
        for index, (s, e) in enumerate(header_cells):
            offset = column - s
            header = headers[index]
            if 0 < offset < len(header) and header[offset - 1] == " " and header[offset] != " ":
                # (or, for the row's last cell, where a header word starts past its end)
                ends = [s2 - s for s2, _e2 in row_cells if column < s2 < e and header[s2 - s - 1:s2 - s] == " "]
                ends += [i for i in range(cell_end - s + 1, len(header)) if header[i - 1] == " " != header[i]][:1]
                return header[offset:min(ends, default=len(header))].strip()
    return None


def aligned_table_at(
    context: ContextWindow, position: int, *, strict: bool = False
) -> tuple[list[str], list[tuple[int, int]], int, str] | None:
    """(folded headers, header cell bounds, row offset, row) of the blank-aligned table
    whose row holds `position`, or None (see `aligned_header_at`). The same for every
    position on a line: worked out once per line (the caller must not change it)."""
    text = context.text
    line_start = text.rfind("\n", 0, position) + 1
    key = ("aligned_table_at", line_start, strict)
    if key not in context.memo:
        context.memo[key] = _aligned_table_of_line(context, line_start, strict)
    return context.memo[key]  # type: ignore[return-value]


def _aligned_table_of_line(
    context: ContextWindow, line_start: int, strict: bool
) -> tuple[list[str], list[tuple[int, int]], int, str] | None:
    text = context.text
    position = line_start
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    # a fixed-width row whose cells fill their columns has no wider gap ("78070839 TEIXEIRA
    # DESIR, JEAN-ROBER 23/01/1974 …"): it counts when it fits the header's columns
    gapless = [] if _GAP.search(row) else [row]
    if gapless and not any(c.isdigit() for c in row):
        return None
    header_end = line_start - 1
    ruled = False  # the line below the one looked at is a ruler
    for _ in range(60):  # rows between the header and this one
        if header_end < 0:
            return None
        header_start = text.rfind("\n", 0, header_end) + 1
        line = text[header_start:header_end]
        if _RULER.fullmatch(line.strip()):
            header_end = header_start - 1  # a report's ruler under its header: "-------"
            ruled = True
            continue
        if not line.strip():
            return None
        if not _GAP.search(line.strip()):
            if not any(c.isdigit() for c in line):
                return None
            gapless.append(line)
            header_end = header_start - 1
            continue
        if not any(c.isdigit() for c in line) or (ruled or _opens_a_block(text, header_start)) and _worded_header(line):
            # a header above its ruler, or the first line of its block, may number a column
            # as words do ("ECG 12D", "TEL 2", "PERIC.30%")
            header_cells = _aligned_cells(line)
            if len(header_cells) >= 3:
                break
            if strict:
                return None
        ruled = False
        header_end = header_start - 1
    else:
        return None
    if gapless and not all(_fits_columns(line, header_cells) for line in gapless):
        return None
    headers = [" ".join(context.folded[header_start + s:header_start + e].split()).strip(":")
               for s, e in header_cells]
    return headers, header_cells, line_start, row


def _fits_columns(line: str, header_cells: list[tuple[int, int]]) -> bool:
    """Whether a line without a wide gap is a fixed-width row of the header's table: a cell
    starts (a blank, then a character) at every header cell's column the line reaches, and it
    reaches three or more of them."""
    starts = [s for s, _e in header_cells if s < len(line)]
    return len(starts) >= 3 and all(
        s == 0 or (line[s - 1] == " " and line[s] != " ") for s in starts)


def _opens_a_block(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` opens a block of aligned lines: the text's first
    line, or the line above it is blank or has fewer than three cells (a title)."""
    if line_start == 0:
        return True
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    return not above.strip() or len(_aligned_cells(above)) < 3


def _worded_header(line: str) -> bool:
    """True when every cell of a blank-aligned line holds a letter and its digits are few,
    within words ("ECG 12D", "FONE 2"): column names, never a record's values (a date, a
    number of four or more digits)."""
    cells = [line[s:e] for s, e in _aligned_cells(line)]
    return not _LONG_NUMBER.search(line) and not _NUMBERED_DATE.search(line) and all(
        # (as many digits as letters at most: "HE50%")
        sum(ch.isalpha() for ch in cell) >= max(1, sum(ch.isdigit() for ch in cell)) for cell in cells)


_NUMBERED_DATE = re.compile(r"\d[/.:]\d")


_RULER = re.compile(r"[-=_–—+|. ]{3,}")
# A report's ruler of dash groups, one per column ("---- -------------- --- -------"): its
# groups are the columns' bounds, even where a header's words are one blank apart
# ("BCO AGENCIA CONTA") or a value fills its column
_RULER_GROUPS = re.compile(r"[ \t]*[-=]{2,}(?: [-=]{2,}){2,}[ \t]*")
# ... or its groups two blanks apart ("----------  ----------  ----"): a header's line over it
# is column names all the same, though its cells' bounds are left to the blank-aligned reading
# (a value may overflow its group there: "Chaveirinho" under "-------")
_RULER_GROUPS_LOOSE = re.compile(r"[ \t]*[-=]{2,}(?: {1,2}[-=]{2,}){2,}[ \t]*")
_SOLID_RULE = re.compile(r"[ \t]*[-=]{10,}[ \t]*")
_WIDE_GAP = re.compile(r"[ \t]{2,}")


def above_a_ruler(context: ContextWindow, position: int) -> bool:
    """Whether `position` is on a report's header line, right above its ruler of dash groups
    ("NOME  CPF  DIAS BRUTO …" over "------ ---- ---- -----"): column names, no one's."""
    text = context.text
    if "--" not in text and "==" not in text:
        return False
    line_end = text.find("\n", position)
    if line_end < 0:
        return False
    below_end = text.find("\n", line_end + 1)
    below_end = len(text) if below_end < 0 else below_end
    line_start = text.rfind("\n", 0, position) + 1
    # (a header has no digits: the last row over a closing ruler has)
    if any(c.isdigit() for c in text[line_start:line_end]):
        return False
    if _RULER_GROUPS_LOOSE.fullmatch(text, line_end + 1, below_end) is not None:
        return True
    # over a solid rule, the line must be laid out as columns, three names or more two
    # blanks apart ("HORA  RENACH       CANDIDATO …"): a title over a rule is one phrase
    return _SOLID_RULE.fullmatch(text, line_end + 1, below_end) is not None and len(
        _WIDE_GAP.split(text[line_start:line_end].strip())) >= 3


def ruled_cell_at(context: ContextWindow, position: int) -> TableCell | None:
    """The cell of a ruled report's column ("----- ---------- ----") that starts at
    `position`: its offsets end where its column's ruler group does, so a value that filled
    its column and is one blank from the next ("GRUPO VITORIA ASSISTEN JAILTON CELESTIN")
    is read apart from it. None elsewhere."""
    found = _ruled_column_at(context, position)
    if not found:
        return None
    header, end = found
    line_end = context.text.find("\n", position)
    end = min(end, len(context.text) if line_end < 0 else line_end)
    end = position + len(context.text[position:end].rstrip())
    return TableCell(position, end, header) if end > position else None


def _ruled_header_at(context: ContextWindow, position: int) -> str | None:
    """The folded header of a ruled report's column whose cell starts at `position`: "" when
    `position` is in a ruled table but not at a cell's start, None outside one."""
    found = _ruled_column_at(context, position)
    return found if found is None or found == "" else found[0]


def _ruled_column_at(context: ContextWindow, position: int) -> tuple[str, int] | str | None:
    """(header, end of the column's ruler group) for `_ruled_header_at` and `ruled_cell_at`."""
    text = context.text
    line_start = text.rfind("\n", 0, position) + 1
    if text[line_start:position].strip() and text[position - 1] not in " \t":
        return None
    end = line_start - 1
    for _ in range(60):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        if _RULER_GROUPS.fullmatch(line):
            if start == 0:
                return None
            header_start = text.rfind("\n", 0, start - 1) + 1
            column = position - line_start
            for group in re.finditer(r"[-=]+", line):
                if group.start() == column:
                    return (" ".join(context.folded[header_start + group.start():header_start + group.end()]
                                     .split("\n")[0].split()).strip(":"), line_start + group.end())
            return ""
        end = start - 1
    return None


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
    text = context.text
    # every key ends in ">", ":", "=" or a quote, then blanks (and maybe the line's end):
    # looked at first, as most positions have none and the search is a slow one
    last = position
    if last > 0 and text[last - 1] == "\n":
        last -= 1
    while last > 0 and text[last - 1] in " \t":
        last -= 1
    if last == 0 or text[last - 1] not in ">:=\"'":
        return None
    match = _FIELD_KEY.search(text, max(0, position - 130), position)
    if match is None:
        return None
    name = match.group("tag") or match.group("key")
    if not (match.group("tag") or match.group("quote") or match.group("sign") == "="
            or "_" in name or "." in name or _CAMEL_HUMP.search(name)):
        return None
    return key_words(name)


def key_words(name: str) -> str:
    """A key or column name as folded words: "birth_date" -> "birth date", "tituloEleitor"
    -> "titulo eleitor"."""
    return fold(" ".join(_KEY_SEPARATORS.sub(" ", _CAMEL_HUMP.sub(" ", name)).lower().split()))


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


def hl7_components(text: str, segment: str, field_number: int) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """(repetition number from 0, its components as (start, end), split by "^") of every
    repetition (split by "~") of field `field_number` of every HL7 v2 `segment` in `text`."""
    for field, start, end in hl7_fields(text, segment):
        if field != field_number:
            continue
        at = start
        for number, repetition in enumerate(text[start:end].split("~")):
            components, offset = [], at
            for part in repetition.split("^"):
                components.append((offset, offset + len(part)))
                offset += len(part) + 1
            yield number, components
            at += len(repetition) + 1


# Fixed-width records (mainframe exports, CNAB-like files) come with their layout: a line
# per field with its positions, name and picture ("002-012  NR-CPF  9(11)", "NR-CPF 002
# 012", "pos. 2 a 12 CPF"), or a COBOL copybook whose pictures give the lengths in order
# ("05 NR-CPF PIC 9(11)."). Read with it, each record line is a row of cells whose
# header is the field's name as words ("nr cpf").
_LAYOUT_RANGE = re.compile(
    r"^[ \t]*(?:(?i:pos(?:i[cç][aã]o)?\.?)[ \t]*)?(?P<start>\d{1,4})[ \t]*(?:[-–]|a|até)[ \t]*(?P<end>\d{1,4})"
    r"[ \t]+(?P<name>[A-Za-z][\w-]{1,40})(?:[ \t]+(?:PIC[ \t]+)?(?P<pic>[XA9]\(\d{1,4}\)))?"
    r"|^[ \t]*(?P<name2>[A-Za-z][\w-]{1,40})[ \t]+(?:(?P<pic2>[XA9]\(\d{1,4}\))[ \t]+)?(?P<start2>\d{1,4})"
    r"[ \t]*(?:[-–]|a|até|[ \t])[ \t]*(?P<end2>\d{1,4})(?![\w(])",
    re.MULTILINE,
)
_COPYBOOK_ITEM = re.compile(
    r"^[ \t]*\d{2}[ \t]+(?P<name>[A-Za-z][\w-]{1,40})[ \t]+PIC(?:TURE)?[ \t]+S?(?P<pic>[XA9](?:\(\d{1,4}\)|[XA9]*)(?:V9(?:\(\d{1,3}\)|9*))?)",
    re.MULTILINE | re.IGNORECASE,
)
_PIC_PART = re.compile(r"([XA9V])(?:\((\d{1,4})\))?")


class LayoutField(NamedTuple):
    """A field of a fixed-width layout: 0-based [start, end) in a record line, its name as
    folded words, and whether its picture is numeric (9)."""

    start: int
    end: int
    name: str
    numeric: bool


def record_layout_cells(context: ContextWindow) -> list[TableCell]:
    """Every non-blank field of every record line read with a layout given in the text
    (memoised per text): a line after the layout's description in which each numeric
    field holds digits or blanks only."""
    key = ("record_layout_cells",)
    cached = context.memo.get(key)
    if cached is None:
        cached = context.memo[key] = _record_layout_cells(context.text)
    return cached  # type: ignore[return-value]


def _pic_length(pic: str) -> int:
    return sum(int(n) if n else 1 for letter, n in _PIC_PART.findall(pic) if letter != "V")


def _layout(text: str) -> tuple[list[LayoutField], int] | None:
    """The fields of the first layout described in `text` (three or more fields) and the
    offset where its description ends."""
    fields: list[LayoutField] = []
    last_end = 0
    for match in _LAYOUT_RANGE.finditer(text):
        if fields and text.count("\n", last_end, match.start()) > 2:
            if len(fields) >= 3:
                break
            fields = []
        start = int(match.group("start") or match.group("start2"))
        end = int(match.group("end") or match.group("end2"))
        if not 1 <= start <= end or end - start > 400:
            continue
        pic = match.group("pic") or match.group("pic2") or ""
        name = key_words(match.group("name") or match.group("name2"))
        fields.append(LayoutField(start - 1, end, name, pic.startswith("9")))
        last_end = match.end()
    if len(fields) >= 3 and all(a.end <= b.start for a, b in zip(fields, fields[1:])):
        return fields, last_end
    fields, position = [], 0
    for match in _COPYBOOK_ITEM.finditer(text):
        if fields and text.count("\n", last_end, match.start()) > 2:
            if len(fields) >= 3:
                break
            fields, position = [], 0
        length = _pic_length(match.group("pic").upper())
        fields.append(LayoutField(position, position + length, key_words(match.group("name")),
                                  match.group("pic").upper().startswith("9")))
        position += length
        last_end = match.end()
    return (fields, last_end) if len(fields) >= 3 else None


def _record_layout_cells(text: str) -> list[TableCell]:
    found = _layout(text)
    if found is None:
        return []
    fields, layout_end = found
    cells: list[TableCell] = []
    offset = text.find("\n", layout_end) + 1
    while 0 < offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end]
        inside = [f for f in fields if f.end <= len(line)]
        if len(inside) >= 3 and not _LAYOUT_RANGE.match(line) and all(
                not f.numeric or line[f.start:f.end].strip(" ").isdigit() or not line[f.start:f.end].strip()
                for f in inside) and sum(1 for f in inside if f.numeric and line[f.start:f.end].strip()) >= 2:
            for f in inside:
                value = line[f.start:f.end]
                stripped = value.strip()
                if stripped:
                    left = f.start + len(value) - len(value.lstrip())
                    cells.append(TableCell(offset + left, offset + left + len(stripped), f.name))
        offset = end + 1
    return cells


# Forms printed to PDF and read back as text put a field's label on one line and its value
# on the next: side by side ("CPF              RG / Órgão          CNH" over
# "463.888.356-78   05.946.941-9 SSP/SP  51625976149"), or one label a line and then one
# value a line in the same order ("Função:\nAdmissão:\nCPF:\nPIS:\nVENDEDOR(A)\n16/06/2022\n
# 65501246970\n111.07130.08-0"; a form's numbered fields "18 CPF:" too).
_FIELD_NUMBER = re.compile(r"[ \t]*\d{1,2}[ \t]+(?=[^\W\d])")
_STACKED_LABEL = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+)?[^\W\d][^\d\n]{0,48}:[ \t]*|[ \t]*\d{1,2}[ \t]+[^\W\d][^\d\n]{0,48}")


def form_label_at(context: ContextWindow, position: int) -> str | None:
    """The folded label of the form field whose value starts at `position`, read on the
    line above (a label line without digits but field numbers, cells split by two or more
    blanks, the value's cell under its label's) or in a stacked block (as many label lines
    as the value lines after them); None when no such label stands for it."""
    text = context.text
    line_start = text.rfind("\n", 0, position) + 1
    if text[line_start:position].strip() and text[position - 1] not in " \t":
        return None  # inside a cell
    if line_start < 2:
        return None
    stacked = _stacked_labels(context)
    if stacked and line_start in stacked and not text[line_start:position].strip():
        return stacked[line_start]
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    if not _GAP.search(above):
        return None
    header_cells = _aligned_cells(above)
    if len(header_cells) < 2:
        return None
    labels = []
    for s, e in header_cells:
        cell = above[s:e]
        number = _FIELD_NUMBER.match(cell)
        if number:
            s, cell = s + number.end(), cell[number.end():]
        if any(c.isdigit() for c in cell):
            return None  # a row of values, not of labels
        labels.append((s, e))
    line_end = text.find("\n", position)
    row = text[line_start:len(text) if line_end < 0 else line_end]
    column = position - line_start
    row_cells = _aligned_cells(row)
    chosen = None
    if len(row_cells) == len(labels):
        chosen = next((i for i, (s, _e) in enumerate(row_cells) if s == column), None)
    if chosen is None:
        chosen = next((i for i, (s, _e) in enumerate(labels) if abs(s - column) <= 2), None)
    if chosen is None:
        return None
    s, e = labels[chosen]
    return " ".join(context.folded[above_start + s:above_start + e].split()).strip(":")


def _stacked_labels(context: ContextWindow) -> dict[int, str]:
    """{value line offset: folded label} of the stacked blocks of `context.text` (memoised)."""
    key = ("stacked_labels",)
    cached = context.memo.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: dict[int, str] = {}
    text = context.text
    blank_lines = "\n\n" in text
    if ":\n" in text or ":\r\n" in text or "\n1" in text or "\n2" in text or blank_lines:
        lines: list[tuple[int, str]] = []
        offset = 0
        for line in text.split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        index = 0
        while index < len(lines):
            end = index
            while end < len(lines) and lines[end][1].strip() and _STACKED_LABEL.fullmatch(lines[end][1]):
                end += 1
            count = end - index
            if count == 0 and blank_lines and (index == 0 or not lines[index - 1][1].strip()):
                records = _records_under_labels(context, lines, index)
                if records is not None:
                    found.update(records[0])
                    index = records[1]
                    continue
            if count >= 2 and end + count <= len(lines) \
                    and all(lines[v][1].strip() for v in range(end, end + count)):
                for k in range(count):
                    label_offset, label = lines[index + k]
                    number = _FIELD_NUMBER.match(label)
                    skip = number.end() if number else 0
                    found[lines[end + k][0]] = " ".join(
                        context.folded[label_offset + skip:label_offset + len(label)].split()).strip(":")
                index = end + count
            else:
                index = max(end, index + 1)
    context.memo[key] = found
    return found


# A label of a block printed one cell per line without colons ("Nome\nCNS/CPF\nDN\nSexo")
_BARE_LABEL = re.compile(r"[ \t]*[^\W\d][^\d\n:]{0,24}[ \t]*")


def _records_under_labels(
    context: ContextWindow, lines: list[tuple[int, str]], index: int
) -> tuple[dict[int, str], int] | None:
    """A report printed one cell per line: a paragraph of three to twelve colon-less labels
    at `index` (after a blank line), then records of as many lines each, separated by blank
    lines ("Nome\nCNS/CPF\nDN\n\nMARIA …\n7000…\n11/10/1966\n\nJOSÉ …"): ({value line
    offset: label of its position}, index after the last record), or None."""
    end = index
    while end < len(lines) and lines[end][1].strip() and _BARE_LABEL.fullmatch(lines[end][1]):
        end += 1
    count = end - index
    if not 3 <= count <= 12 or end >= len(lines) or lines[end][1].strip():
        return None
    labels = [" ".join(context.folded[lines[index + k][0]:lines[index + k][0] + len(lines[index + k][1])].split())
              for k in range(count)]
    found: dict[int, str] = {}
    position = end
    while position < len(lines) and not lines[position][1].strip():
        position += 1
    while position + count <= len(lines) and all(lines[v][1].strip() for v in range(position, position + count)) \
            and (position + count == len(lines) or not lines[position + count][1].strip()):
        for k in range(count):
            found[lines[position + k][0]] = labels[k]
        position += count
        while position < len(lines) and not lines[position][1].strip():
            position += 1
    if not found or not any(c.isdigit() for c in context.text[lines[end][0]:lines[position - 1][0]]):
        return None  # records of words only: paragraphs, not a report
    return found, position
