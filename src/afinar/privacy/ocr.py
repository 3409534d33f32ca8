"""A scan's letter-for-digit and "l"-for-"I" confusions, put back for the detectors.

OCR of a printed form reads digits as the letters that look like them ("I4/10/1979",
"1Ol.62462.19-8", "CEP 97397-9S2", "(92) 96548-29B2"), a capital "I" as a lower-case "l"
("AVENlDA", "VALDlVlNO"), a lower-case "l" as a capital "I" ("NatáIia", "FIor"), a zero
for an "o" in a word ("Kanashir0", "Cle0nice", "TERTULIAN0") and a five or an eight for an
"S" or a "B" in a word in capitals of a text misread so ("NA5CIMENTO", "8ANDA"); PDF
text extraction glues a dot leader to its value ("CPF ......794.153.612-98"), a form a
name to the line drawn to sign on ("Assinatura: ______Maria______"). `ocr_view`
gives the text with those undone, one character for one, so the offsets of what is found
there are the original's: `detection.scan` reads it beside the original and keeps what
covers a changed character or starts right after one.
"""

from __future__ import annotations

import re

# Digits and the letters OCR mistakes for them, in groups joined by a dot, dash, slash or
# one blank ("7512 3616 18OS", "17.265-39O"); a letter is read as a digit only in a group
# that holds a digit, in a run of six digits or more
_NUMBER_RUN = re.compile(r"(?<![\w])[0-9OoIlSB]+(?:[./-]|[ ](?=[0-9OoIlSB]))[0-9OoIlSB./ -]*[0-9OoIlSB](?![\w])")
_GROUP = re.compile(r"[0-9OoIlSB]+")
# a phone's area code in brackets before its number: "(I2) 96873-…"
_AREA_CODE = re.compile(r"\((?=[0-9OoIlSB]{2}\)[ ]?[0-9OoIlSB]{4})(?=[^)]*\d)[0-9OoIlSB]{2}\)")
# ... and a council's register number, however short: "CRM/PA 1859o1", "CRM/BA 3023S"
_COUNCIL_NUMBER = re.compile(
    r"(?<![\w])(?:CRM|CRO|CRF|CRP|CRN|CRMV|COREN|Coren|CREA|CRBM|CREFITO|OAB)[ \t]*[/-]?[ \t]*[A-Z]{2}[ \t:]*"
    # (its thousands after a dot: "CRM MG 229.3BI")
    r"(?:n[º°o.][ \t]*)?(?P<number>[0-9OoIlSB]{1,3}\.[0-9OoIlSB]{3}|[0-9OoIlSB]{4,7})(?![\w])")
# ... and an identity card's or a bank account's number after its label, its letters
# wherever they fall, in a solid run or in groups: "RG: S116O9462", "RG: lI.758.105-7",
# "RG: 18.845.416-O", "Doc. Ident.: 39.7O7.7B6-5", "Conta: 24l9o0-4" (an "X" check digit stays)
_LABELLED_NUMBER = re.compile(
    r"(?<![\w])(?:RG|Doc\.?[ \t]*[Il]dent\.?|[Il]dentidade|Conta|Ag[êe]ncia)[ \t]*(?:n[º°o.][ \t]*)?:?[ \t]*"
    r"(?P<number>[0-9OoIlSB](?:[0-9OoIlSB]|[.-](?=[0-9OoIlSBX])){3,12}X?)(?![\w])")
# ... a label's capital "I" read as "l" at a word's start: "Doc. ldent.:" ("Ident.")
_L_FOR_I_IN_LABEL = re.compile(r"(?<![\w])l(?=dent)")
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8"})
# A word in capitals with a lower-case "l" for an "I": "BANlWA", "AVENlDA", "lTAJAI"
_CAPITALS_WITH_L = re.compile(r"(?<![^\W\d_])(?:[A-ZÀ-Þ]+l|l[A-ZÀ-Þ]{2})[A-ZÀ-Þl]*(?![^\W\d_])")
# ... and a capital "I" for an "l" in a word in lower case: "NatáIia", "FritzneI", "FIor"
_I_IN_LOWER_CASE = re.compile(r"(?<=[a-zß-ÿ])I(?![A-ZÀ-Þ])|(?<=\b[A-ZÀ-Þ])I(?=[a-zß-ÿ]{2})")
# A dot leader glued to its value, as PDF text extraction runs them together: "CPF
# ......................794.153.612-98", "Nome .....TEODORA"; its last dot becomes a blank
_GLUED_LEADER = re.compile(r"(?<=\.\.)\.(?=[^\s.])")
# ... and a blank line to sign or fill in, glued to what was written on it: "Assinatura:
# ______Maria______", "Nome completo_________: …"; the underscores become blanks
_GLUED_UNDERSCORES = re.compile(r"_{3,}(?=[^\W\d_])|(?<=[^\W\d_])_{3,}")
# ... a name's particle misread between two capitalised words: "Sandra clo Nascimento",
# "Rafael dc Coelho" ("clo" becomes " do", a blank and the particle, one character for one)
_MISREAD_PARTICLE = re.compile(r"(?<=[^\W\d_] )(?:cl[aeo]s?|dc)(?= [A-ZÀ-Þ])")
# ... and a document's eleven, fourteen or fifteen digits without separators, a letter or
# two among them: "CPF: 8324ol34586", "223488S6808"
_SOLID_NUMBER = re.compile(r"(?<![\w])(?=[0-9OoIlSB]*[OoIlSB])(?:[0-9OoIlSB]{11}|[0-9OoIlSB]{14,15})(?![\w])")
# ... and a zero for an "o" in a word of letters, inside it or ending it: "Cle0nice",
# "Kanashir0", "Pr0fessor" (not in a code of letters and digits: "HB03530", "E0273…")
_ZERO_IN_WORD = re.compile(r"(?<=[^\W\d_])0(?=[a-zß-ÿ]|(?![\w]))")
# ... and a zero for an "O" in a word in capitals of three letters or more: "TERTULIAN0",
# "P0NATH", "C0MUNHAO", "0UTORGANTE" (not a plate or a code: a digit other than 0 ends it)
_ZERO_IN_CAPITALS = re.compile(r"(?<![\w])(?=(?:0*[A-ZÀ-Þ]){3})[A-ZÀ-Þ]*0[A-ZÀ-Þ0]*(?![\w])")
# ... and a five for an "S", an eight for a "B", in a word in capitals of three letters or
# more, a letter ending it: "NA5CIMENTO", "VI5ITANTE", "8ANDA" (not a plate or a code, no
# other digit in it; not a council's region, "CRN8", nor a login's number, "GALVES58"); only
# in a text that shows a scan's other misreadings (a zero for an "O", an "l" for an "I"):
# "8ZAHGY" in a table of codes is one
_FIVE_OR_EIGHT_IN_CAPITALS = re.compile(r"(?<![\w])(?=(?:[58]*[A-ZÀ-Þ]){3})[A-ZÀ-Þ]*[58][A-ZÀ-Þ58]*[A-ZÀ-Þ](?![\w])")
_AS_LETTER = str.maketrans({"5": "S", "8": "B"})
# The signs each substitution needs, looked for before it
_CAPITAL_AND_L = re.compile(r"[A-ZÀ-Þ]l|l[A-ZÀ-Þ]")
_I_AMONG_LOWER_CASE = re.compile(r"[a-zß-ÿ]I|[A-ZÀ-Þ]I[a-zß-ÿ]")
_DIGIT_BESIDE_LETTER = re.compile(r"[0-9][OoIlSB]|[OoIlSB][0-9]|[0-9]-[OoIlSB]")
# Anything of the above, looked for first: most texts have none
_TRIGGER = re.compile(r"[A-ZÀ-Þ][58]|[58][A-ZÀ-Þ]|[^\W\d_]0(?![\d])|(?<![\w])0[A-ZÀ-Þ]{2}| cl[aeo]s? [A-ZÀ-Þ]| dc [A-ZÀ-Þ]|___[^\W\d_]|[^\W\d_]___|\.\.\.[^\s.]|[0-9][OoIlSB]|[OoIlSB][0-9]|-[OoIlSB](?![\w])|[0-9]-[OoIlSB]{2}(?![\w])|[A-ZÀ-Þ]l|l[A-ZÀ-Þ]{2}|[a-zß-ÿ]I|[A-ZÀ-Þ]I[a-zß-ÿ]")


def ocr_view(text: str) -> str | None:
    """`text` with a scan's misreadings undone (same length), or None when it has none."""
    if not _TRIGGER.search(text):
        return None
    fixed = _GLUED_LEADER.sub(" ", text) if "..." in text else text
    if "___" in fixed:
        fixed = _GLUED_UNDERSCORES.sub(lambda m: " " * len(m.group()), fixed)
    # (each substitution only where its cheap sign is: the trigger fires on many texts, as
    # on "Cl" and "Fl", and most substitutions then have nothing to do)
    if _CAPITAL_AND_L.search(fixed):
        fixed = _CAPITALS_WITH_L.sub(_capital_i, fixed)
    if "I" in fixed and _I_AMONG_LOWER_CASE.search(fixed):
        fixed = _I_IN_LOWER_CASE.sub("l", fixed)
    if _DIGIT_BESIDE_LETTER.search(fixed):
        # a misread number, area code or council register has a letter beside a digit
        fixed = _NUMBER_RUN.sub(_digits, fixed)
        fixed = _AREA_CODE.sub(lambda m: m.group().translate(_AS_DIGIT), fixed)
        fixed = _COUNCIL_NUMBER.sub(_council_number, fixed)
    if "ldent" in fixed:
        fixed = _L_FOR_I_IN_LABEL.sub("I", fixed)
    if "RG" in fixed or "dent" in fixed or "Conta" in fixed or "Ag" in fixed:
        fixed = _LABELLED_NUMBER.sub(_council_number, fixed)
    if " cl" in fixed or " dc " in fixed:
        fixed = _MISREAD_PARTICLE.sub(_particle, fixed)
    if _DIGIT_BESIDE_LETTER.search(fixed):
        fixed = _SOLID_NUMBER.sub(_solid_number, fixed)
    if ("5" in fixed or "8" in fixed) and (_ZERO_IN_CAPITALS.search(text) or _CAPITALS_WITH_L.search(text)):
        fixed = _FIVE_OR_EIGHT_IN_CAPITALS.sub(lambda m: m.group().translate(_AS_LETTER), fixed)
    if "0" in fixed:
        fixed = _ZERO_IN_CAPITALS.sub(lambda m: m.group().replace("0", "O"), fixed)
        fixed = _ZERO_IN_WORD.sub("o", fixed)
    return fixed if fixed != text else None


def _digits(match: re.Match[str]) -> str:
    run = match.group()
    if sum(c.isdigit() for c in run) < 6:
        return run  # "CO2", "B12", "SOS 190": too few digits to be a misread number
    fixed = _GROUP.sub(lambda g: g.group().translate(_AS_DIGIT) if any(c.isdigit() for c in g.group())
                       else g.group(), run)
    # the check digits after the dash, both misread: "338.682.904-oo", "473.792.939-SB"
    return _CHECK_DIGITS_MISREAD.sub(lambda g: g.group().translate(_AS_DIGIT), fixed)


_CHECK_DIGITS_MISREAD = re.compile(r"(?<=\d-)[OoIlSB]{1,2}$")


def _particle(match: re.Match[str]) -> str:
    misread = match.group()
    return "de" if misread == "dc" else " d" + misread[2:]


def _solid_number(match: re.Match[str]) -> str:
    run = match.group()
    if sum(not c.isdigit() for c in run) > 2:
        return run  # "SOS", "OIIO": letters, not a misread number
    return run.translate(_AS_DIGIT)


def _council_number(match: re.Match[str]) -> str:
    number = match.group("number")
    if sum(c.isdigit() for c in number) < 3 or number.isdigit():
        return match.group()  # "RG: ISENTO", "CRM/SP 12345": nothing misread
    start = match.start("number") - match.start()
    return match.group()[:start] + number.translate(_AS_DIGIT)


def _capital_i(match: re.Match[str]) -> str:
    word = match.group()
    # two capitals at least: "Bl" is a block's abbreviation, "BlNTA" a misread "BINTA"
    return word.replace("l", "I") if sum(c.isupper() for c in word) >= 2 else word
