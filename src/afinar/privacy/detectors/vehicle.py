"""Brazilian licence plates: the old ABC-1234 and the Mercosul ABC1D23."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy import keywords
from afinar.privacy.detectors._scoring import HAS_DIGIT, value_field
from afinar.privacy.folding import CAPITALISED_KEYWORDS, ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import aligned_header_at, cell_at

# Three capitals that are standards, codes or documents, not plate prefixes ("ISO-9001").
_NOT_PLATES = frozenset({"ISO", "NBR", "RDC", "CID", "CEP", "CPF", "REF", "COD", "ANO", "NFE",
                         "ABNT", "SKU", "LOT", "RES", "ART", "INC", "LEI", "MOD", "SEQ", "PAG",
                         "MAT"})  # an employee's number: "MAT-1001"
# a service order's "OS", in capitals, not the article "os" (the keywords are folded)
_ORDER_OF_SERVICE = re.compile(r"(?<![\w])O\.?S\.?(?![\w])")
# a currency before an amount with its cents: a fare's "BRL3215,00" ("BRL-6149" is a plate)
_AMOUNT = re.compile(r"(?:BRL|USD|EUR)\d{4}[.,]\d{2}(?!\d)")


@register_detector
class LicensePlateDetector(Detector):
    """Plates in capitals; context words (placa, veículo, carro, Renavam) raise the score,
    a nearby "protocolo" or "CID" lowers it."""

    name = "license_plate"
    labels = ("LICENSE_PLATE",)
    trigger = HAS_DIGIT
    # the old shape may be written with a blank ("placa WHZ 2258"), counted only right after
    # "placa" (`_plate_word`): "NOV 2019", "ABC 1500" are other things
    # (a Mercosul plate is often written with the old one's hyphen: "DQG-6S54")
    # (not a record's id with a number after a slash: "ciclo FIV2024/5256", "FIV2024/2138-E1")
    _pattern = re.compile(r"(?=[A-Z])(?<![\w-])([A-Z]{3})(?:([- ]?)\d{4}|-?(\d[A-Z]\d{2}))(?![\w]|-\w|/\d)")
    # after "placa", a plate a scanner misread, letters and digits swapped ("WQG-0O5B",
    # "DUH6ES6", "RARBO26"): read back by position (`_ocr_plate`)
    _ocr_after_word = re.compile(
        r"(?<![\w])(?i:placas?)(?:[ \t]+(?i:cavalo|carreta|reboque|semirreboque|do[ \t]+ve[íi]culo))?"
        r"[ \t]*(?:n[º°o.]?[ \t]*)?[:.]*[ \t]*(?P<plate>[A-Z0-9]{3}-?[A-Z0-9]{4})(?![\w-])")
    _plate_word = re.compile(r"(?<![\w])placas?[ \t]*(?:n[º°o.]?[ \t]*)?[:(]?[ \t]*$")

    # A tracker's issue key ("[SUP-6232] App não reconhece…", "chamado SUP-3738") has a
    # plate's old shape; a prefix once written as an issue key is a project's everywhere
    # in the text
    _issue_key = re.compile(r"\[([A-Z]{3})-\d{2,6}\]|(?i:chamados?|tickets?|issues?|cards?|tarefas?)[ \t:#]+([A-Z]{3})-\d")

    # typed in lower case right after "placa": "honda pop 110i placa lzv5110"
    # (or with whose it is, as speech runs on: "a placa dele e lel4r29")
    _lower_after_word = re.compile(
        r"(?<![\w])placas?(?:[ \t]+(?:dele|dela|do carro|do veiculo|do veículo|é|e|eh)(?![\w]))*"
        r"[ \t]*(?:n[º°o.]?[ \t]*)?:?[ \t]*(?P<plate>[a-z]{3}-?\d[a-z\d]\d{2})(?![\w])")

    # a flight's number has an old plate's shape: "no voo LHX4136", "Voo/Flight: OMN-6101"
    _flight_word = re.compile(r"(?<![\w])(?:voo|flight)(?:[ \t]*/[ \t]*(?:voo|flight))?[ \t]*(?:n[º°o.]?)?[ \t]*[:#]?[ \t]*$")

    _lower_answer = re.compile(r"(?m):[ \t]+(?P<plate>[a-z]{3}-?\d[a-z\d]\d{2})[ \t]*$")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if "placa" in context.folded:
            for match in self._ocr_after_word.finditer(text):
                plate = match.group("plate")
                if not self._pattern.fullmatch(plate) and _ocr_plate(plate) is not None:
                    yield Span(*match.span("plate"), "LICENSE_PLATE", 0.85, self.name)
            for match in self._lower_after_word.finditer(text):
                yield Span(*match.span("plate"), "LICENSE_PLATE", 0.85, self.name)
            for match in self._lower_answer.finditer(text):
                # a chat's whole reply, in lower case, to a question that asked for the plate
                # ("informe a placa do veículo ou o CPF" … "Cliente: qmo-4154")
                if "placa" in context.folded[max(0, match.start() - 200) : match.start()]:
                    yield Span(*match.span("plate"), "LICENSE_PLATE", 0.85, self.name)
        projects = {m.group(1) or m.group(2) for m in self._issue_key.finditer(text)} if "-" in text else set()
        for match in self._pattern.finditer(text):
            if _AMOUNT.match(text, match.start()):
                continue
            if match.group(1) in _NOT_PLATES and not self._plate_word.search(context.before(match.start(), 16)):
                continue  # ("placa ANO-6569" is a plate all the same)
            if match.group(2) == " " and not self._plate_word.search(context.before(match.start(), 16)):
                continue
            if not match.group(3) and self._flight_word.search(context.before(match.start(), 24).lower()):
                continue
            if match.group(2) and match.group(1) in projects:
                yield Span(match.start(), match.end(), "LICENSE_PLATE", 0.2, self.name)
                continue
            if match.group(3):
                base = 0.75  # Mercosul
            else:
                base = 0.7 if match.group(2) else 0.55
            cell = cell_at(context, match.start())
            header = cell.header if cell is not None else (
                aligned_header_at(context, match.start()) if "  " in text else None)
            # in a table the column's header speaks, not the other headers before the
            # first row ("…;cnpj_posto;litros;valor;hodometro\n2025-08-13;MOR0V57;…", " PLACA
            # MODELO/COR  VAGA  TAG/CONTROLE\n TQI9Q87   COMPASS CINZA …")
            # (in a table of fields and values, the row's field: "| placa do veículo | HNV4H74 |")
            field = value_field(context, cell) if cell is not None else None
            written_before = None if (field or header is not None) else text[max(0, match.start() - 40):match.start()]
            before = field or (header if header is not None else context.before(match.start(), 40))
            if keywords.PLATE.search(before):
                base = 0.95
            elif _names_a_non_personal_number(before, written_before):
                base = 0.2
            yield Span(match.start(), match.end(), "LICENSE_PLATE", base, self.name)


def _names_a_non_personal_number(before: str, written_before: str | None) -> bool:
    """Whether the folded words `before` a plate hold a keyword of a number that is no one's
    ("protocolo", "pedido"). The keywords are matched folded, where the article "os" reads like
    a service order's "OS": such a keyword (`CAPITALISED_KEYWORDS`) counts only where
    `written_before` (the text as written; None for a header or a field's name) has the order
    in capitals ("os pipeiros Irineu (YVQ1W84)" is no service order)."""
    return any(keyword.group() not in CAPITALISED_KEYWORDS or (written_before is not None and _ORDER_OF_SERVICE.search(written_before))
               for keyword in keywords.NOT_PERSONAL_NUMBER.finditer(before))


# A scanner's confusions, undone by what the position must hold
_AS_LETTER = str.maketrans("0125846", "OIZSBAG")
_AS_DIGIT = str.maketrans("OQDILZSBG", "001112586")
_PLATE = re.compile(r"[A-Z]{3}\d[A-Z\d]\d{2}")


def _ocr_plate(token: str) -> str | None:
    """The plate a misread token stands for ("DUH6ES6" -> "DUH6E56", "WQG-0O5B" ->
    "WQG0O58"), or None when no plate fits. Letters go where letters belong, digits where
    digits do; the fifth character is a Mercosul letter or an old plate's digit, as read."""
    compact = token.replace("-", "")
    if len(compact) != 7 or compact.isdigit() or compact.isalpha():
        return None
    plate = compact[:3].translate(_AS_LETTER) + compact[3].translate(_AS_DIGIT) + compact[4] \
        + compact[5:].translate(_AS_DIGIT)
    return plate if _PLATE.fullmatch(plate) else None
