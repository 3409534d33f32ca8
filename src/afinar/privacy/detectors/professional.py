"""Professional register numbers: CRM/SP 123456, OAB/SP 123.456, COREN-RJ 123.456-ENF…"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy import keywords
from afinar.privacy.detectors._scoring import HAS_DIGIT
from afinar.privacy.folding import ContextWindow
from afinar.privacy.tables import field_key_before
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_COUNCILS_UPPER = keywords.PROFESSIONAL_COUNCILS
COUNCIL_ACRONYMS = keywords.COUNCIL_ACRONYMS
_COUNCILS = _COUNCILS_UPPER + tuple(c.capitalize() for c in keywords.COUNCILS_NEVER_NAMES if c.isupper())
_UFS = keywords.STATE_CODES


# A region instead of a state. Psychologists' and some councils' regions by number:
# "CRP-05/327391", "CRP 09/62920", "CRP-10/734.507", "Crefito 7 7.197-F", "CRFa 7-46499"; nutritionists' by
# one or two digits: "CRN-7/42485", "CRN-10 4454"; social workers' by an ordinal:
# "CRESS 20ª Região nº 772301", abbreviated or with the region's state: "CRESS 1ª R. 19435",
# "CRESS 8ª Região/BA 7893".
_REGION = (
    # (the region's state may follow it: "CRN7/GO 17.292")
    rf"|\s*[-/]?\s*\d{{1,2}}(?:/(?:{_UFS})(?=[ \t]))?(?=/\d|[ \t]\d|-\d{{3}}|[ \t]+[nN][º°oO.][ \t]*\d)"  # "CREFITO 3 nº 609879-F", "CRB-15 Nº 8206"
    rf"|\s+(?:da\s+)?\d{{1,2}}\s*[ªº°a]\.?\s*(?:[Rr]egi[ãa]o|REGI[ÃA]O|R\.)(?:\s*/\s*(?:{_UFS})(?![\w]))?"
    # museologists' region as a number and an R: "COREM-3R 1329", "COREM/5R nº 484"
    r"|\s*[-/]\s*\d{1,2}R(?=[ \t])"
    # chemists' regions in Roman numerals: "CRQ-VI 67390187", "CRQ-IV nº 04123456"
    r"|\s*-\s*(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}I{0,3}|XI?V|XVI{0,3})(?=[ \t]+(?:n[º°o.][ \t]*)?\d)"
    # ... and named a region: "CRQ III Região nº 63242266", "CRQ-IV Região 04123456"
    r"|\s*[-\s]\s*(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}I{0,3}|XI?V|XVI{0,3})\s+(?:[Rr]egi[ãa]o|R\.)"
)


# The acronyms alone, searched first: a literal alternation is scanned several times faster
# than the full pattern, which starts with a look-behind and is only tried where one is.
_COUNCIL = re.compile("|".join(sorted(_COUNCILS, key=len, reverse=True)))


# a travel business's trade before its Cadastur: "Consultoria de viagens · Cadastur 18.988321…"
# ("guia de turismo, Cadastur …" is a guide's own)
_AGENCY_WORDS = re.compile(r"(?<![\w])(?:viagens|operadora|consultoria)(?![\w])")


@register_detector
class ProfessionalIdDetector(Detector):
    """A council acronym, an optional state (after a dash or slash, a space, or glued:
    "CRMBA 33691"), and the register number; the whole phrase is the span because the
    acronym plus state narrows the number down to one professional."""

    name = "professional_id"
    labels = ("PROFESSIONAL_ID",)
    trigger = HAS_DIGIT
    _pattern = re.compile(
        rf"(?<![\w])(?:{'|'.join(sorted(_COUNCILS, key=len, reverse=True))})"
        rf"(?:\s*[-/]\s*(?:{_UFS})|\s+(?:{_UFS})(?=[\s:nN]|-\d)|(?:{_UFS})(?=[ \t]){_REGION})?"
        # a dental auxiliary's category after the council: "CRO-SP TPD 4619"
        r"(?:[ \t]+(?:TPD|TSB|ASB|APD)(?=[ \t]))?"
        r"\s*(?:n[º°o.]?\s*|:\s*|-\s*|/\s*)?"
        # (a law intern's registration glues its "E": "OAB-PI 162.532E", "OAB-GO 20462E")
        r"\d{1,3}(?:\.\d{3})+(?:-[\dA-Z]{1,3}|/[A-Z]{1,2}|E)?(?![\w]|[.-]\d)"
        r"|(?<![\w])(?:" + "|".join(_COUNCILS) + r")"
        rf"(?:\s*[-/]\s*(?:{_UFS})|\s+(?:{_UFS})(?=[\s:nN]|-\d)|(?:{_UFS})(?=[ \t]){_REGION})?"
        # a dental auxiliary's category after the council: "CRO-SP TPD 4619"
        r"(?:[ \t]+(?:TPD|TSB|ASB|APD)(?=[ \t]))?"
        r"\s*(?:[nN][º°oO.]?\s*|:\s*|-\s*|/\s*)?"
        # accountants' numbers carry their state: "CRC-PR 1PR108190/O"
        rf"(?:\d(?:{_UFS}))?"
        # "/D" after a CREA number: the register is definitive; "/O-7" after a CRC one
        # (a biologist's carries the region and a letter: "62623/03-D")
        # (an industrial technician's number is the CPF's eleven digits: "CRT-SP 48517429583";
        # not a civil-registry certificate's "CRC nº 24641813792")
        r"(?:(?<=CRT)\s*[-/]\s*(?:" + _UFS + r")\s*\d{11}"
        # the region after the number sign, then the number: "CRP nº 06/472197"
        r"|(?<=[º°o.])[ \t]*\d{1,2}/\d{4,7}(?![\w/])"
        r"|\d{3,10})(?:-[\dA-Z]{1,3}|/[A-Z](?:-\d)?(?![\w/])|/\d{2}-[A-Z](?![\w])|(?<=\d)E)?(?![\w]|[.-]\d)"
    )
    # OAB's supplementary registration (a lawyer registered in a second state) marks the
    # number with a letter, glued or after a dash, before the state: "OAB 302.454N/BA",
    # "OAB 249.870A/PR", "OAB 12.345-B/SP" (N, A, B, E)
    _oab_supplementary = re.compile(
        rf"(?<![\w])(?:OAB|Oab)(?:\s*[-/]\s*(?:{_UFS}))?\s*(?:n[º°o.]?\s*|:\s*)?"
        rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{3,7}})-?[ABEN](?=/[ \t]?(?:{_UFS})(?![\w]))"
    )
    # An architect's CAU number opens with its letter: "CAU/PR A205770-6", "CAU A61787-3"
    # (the national council's "CAU/BR A39424-3" too)
    _cau = re.compile(rf"(?<![\w])CAU(?:\s*[-/]\s*(?:{_UFS}|BR)(?![\w]))?\s*(?:n[º°o.]?\s*|:\s*)?A\d{{4,7}}(?:-\d)?(?![\w])")
    # A dental auxiliary's category before the council: "TPD CRO/GO 24007"; the federal
    # council before the regional one: "CFT/CRT-AL 105488"
    _category_before = re.compile(r"(?<![\w])(?:(?:TPD|TSB|ASB|APD)[ \t]+|CFT[ \t]*/[ \t]*)$")
    # The state may follow the number: "CRM 877182/PR", "CRO 12345/SP".
    _state_after = re.compile(rf"/[ \t]?(?:{_UFS})(?![\w])")
    # A form's own field for the register number, the council in another field: the TISS
    # guides' "Conselho profissional: CRM   Número no conselho: 10280   UF: RJ".
    _form_field = re.compile(
        r"(?<![\w])(?:numero|n[º°o]\.?)[ \t]+(?:de[ \t]+registro[ \t]+)?(?:no|do)[ \t]+conselho"
        r"(?:[ \t]+profissional)?[ \t]*:?[ \t]*(?P<number>\d{3,9})(?![\w]|[.-]\d)"
    )

    # Dictated or typed in lower case, as transcripts write it: "crm go 227595", "oab/sp
    # 123.456", "coren-rj 1234": the acronym and a state, then the number
    _lower_case = re.compile(
        rf"(?<![\w])(?:{'|'.join(sorted({c.lower() for c in _COUNCILS_UPPER} - {'cau', 'rms'}, key=len, reverse=True))})"
        rf"(?:[ \t]*[-/][ \t]*|[ \t]+)(?:{_UFS.lower()})[ \t]*(?:n[º°o.]?[ \t]*|:[ \t]*|-[ \t]*)?"
        r"(?:\d{1,3}(?:\.\d{3})+|\d{3,10})(?:-[\da-z]{1,3})?(?![\w]|[.-]\d)"
    )
    # ... or with the council's region, as speech-to-text writes it: "crp 17 barra 80680",
    # "crp 06 923201", "crefito 3 nº 60987"
    _lower_case_region = re.compile(
        r"(?<![\w])(?:crp|crn|crefito|crfa|crb|crbio|crt|cress)[ \t]+(?:n[º°o.]?[ \t]*)?\d{1,2}"
        r"(?:[ \t]*/[ \t]*|[ \t]+barra[ \t]+|[ \t]+(?:n[º°o.]?[ \t]*)?)\d{4,7}(?![\w]|[.,-]\d)"
    )
    _lower_council = re.compile(r"(?<![\w])(?:cr[a-z]{0,4}|oab|coren|corecon|confea|cress|cref)[ \t/-]")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if self._lower_council.search(text):
            for match in self._lower_case.finditer(text):
                yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
            for match in self._lower_case_region.finditer(text):
                yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
        resume = 0
        for council in _COUNCIL.finditer(text):
            # a match starts at an acronym; one starting inside an earlier acronym match
            # would follow a letter, which the pattern's look-behind rules out anyway
            if council.start() < resume or not (
                    match := self._oab_supplementary.match(text, council.start())
                    or self._pattern.match(text, council.start())):
                continue
            if text[council.start() - 1:council.start()] == "/" and "\n" in text[council.end():match.end()] \
                    and not text[council.end():match.end()].split("\n")[0].strip():
                continue  # a table's header "MÉDICO/CRM" above a row opening with a number
            if match.group().startswith("CRECI") and match.group().endswith("-J"):
                continue  # a real-estate firm's registration ("CRECI 23.692-J"), not a broker's
            end = match.end()
            if state := self._state_after.match(text, end):
                end = state.end()
            resume = end
            start = match.start()
            if category := self._category_before.search(text, max(0, start - 5), start):
                start = category.start()  # "TPD CRO/GO 24007", "CFT/CRT-AL 105488"
            yield Span(start, end, "PROFESSIONAL_ID", 0.9, self.name)
        if "TE" in text:
            for match in self._labour_ministry.finditer(text):
                yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
        if "adastur" in text or "ADASTUR" in text or "guia" in context.folded:
            for match in self._cadastur.finditer(text):
                line = context.before(match.start(), 60).rsplit("\n", 1)[-1]
                if "cnpj" in line or "agencia" in line or _AGENCY_WORDS.search(line):
                    continue  # an agency's registration, beside its CNPJ or its trade: a company's
                if match.group("keyword") or _GUIDE_BEFORE.search(context.before(match.start(), 40)):
                    yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9 if match.group("keyword") else 0.8,
                               self.name)
        if ("JUC" in text or "Jucis" in text) and (
                "tradu" in context.folded or "interprete" in context.folded or "leiloeir" in context.folded):
            for match in self._junta_registration.finditer(text):
                # a sworn translator's or an official auctioneer's registration at a state's
                # Junta Comercial: "Tradutora Pública …, matriculada na JUCEPAR n.º 944",
                # "leiloeiro oficial Kalil Jafet (JucisRS 1111)" (a firm's NIRE there is longer)
                if _REGISTERED_TRADE_BEFORE.search(context.before(match.start(), 160)):
                    yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
        if "CREM" in text:
            # a state's medical council by its own acronym: "CREMERS 228735", "CREMESP 12.345"
            for match in self._state_medical_council.finditer(text):
                yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
        if "CAU" in text:
            for match in self._cau.finditer(text):
                yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
        if "conselho" in context.folded:
            for field in self._form_field.finditer(context.folded):
                yield Span(field.start("number"), field.end("number"), "PROFESSIONAL_ID", 0.9,
                           self.name)
            # the same field as a record's key, the council's code in a field beside it:
            # TISS's "<ans:conselhoProfissional>06</…><ans:numeroConselhoProfissional>32219"
            for number in self._keyed_number.finditer(text):
                key = field_key_before(context, number.start())
                if key is not None and _COUNCIL_NUMBER_KEY.search(key):
                    yield Span(number.start(), number.end(), "PROFESSIONAL_ID", 0.9, self.name)

    # A tour guide's registration in the Ministry of Tourism's Cadastur (Lei 8.623/1993),
    # the word with it or a guide named before it: "CADASTUR nº 46.058213.10.8892-5", "guia de
    # turismo, 53.515210.12.4897-8"
    _cadastur = re.compile(
        r"(?<![\w])(?:(?P<keyword>(?i:cadastur))[ \t]*(?:n[º°o.]?[ \t]*|:[ \t]*)?(?:\d[\d.]{4,18}-\d|\d{6,15})"
        r"|\d{2}\.\d{6}\.\d{2}\.\d{4}-\d)(?![\w]|[.-]\d)")
    _state_medical_council = re.compile(
        r"(?<![\w])CREM(?:ESP|ERJ|ERS|EMG|EPE|EPA|EGO|ESC|EB|EC|EPB|ERN|EAL|ESE|EPI|EMA|EMS|EMT|ERO|EAC|EAP|ERR|EAM|ETO|EDF|ES)"
        r"[ \t]*(?:n[º°o.]?[ \t]*|:[ \t]*|-[ \t]*)?(?:\d{1,3}\.\d{3}|\d{3,7})(?:-[\dA-Z])?(?![\w]|[.,/-]\d)")
    _junta_registration = re.compile(
        r"(?<![\w])(?:JUC[A-Z]{2,5}|Jucis[A-Z]{2}|JUCIS-?[A-Z]{2})[ \t]*(?:(?:n\.?[º°o]\.?|sob o n\.?[º°o]\.?)[ \t]*|:[ \t]*)?(?:\d{1,3}\.\d{3}|\d{1,5})(?![\w]|[.,/-]\d)")
    _keyed_number = re.compile(r"(?<![\w.])\d{3,10}(?![\w]|[.-]\d)")

    # A work-safety technician's registration at the Ministry of Labour or its regional
    # office, always with the state (never "Portaria MTE 3.214/78", a regulation): "MTE/RS
    # 7727542", "Reg. MTE PR 026384", "SRTE/MS 2781368", "MTE-RN 17.9276"
    _labour_ministry = re.compile(
        rf"(?<![\w])(?:Reg(?:istro)?\.?[ \t]+)?(?:MTE|SRTE)(?:[ \t]*[-/][ \t]*|[ \t]+)(?:{_UFS})(?![\w])"
        r"[ \t]*(?:n[º°o.]?[ \t]*|:[ \t]*)?(?:\d{1,3}(?:\.\d{3,4})+|\d{4,8})(?:-\d)?(?![\w]|[./-]\d)"
    )


# A sworn translator (tradutor público e intérprete comercial) or an official auctioneer
# (leiloeiro oficial, Decreto 21.981/1932) named before the Junta's registration
_REGISTERED_TRADE_BEFORE = re.compile(
    r"(?:tradut(?:or|ora)|interprete|traducao juramentada|leiloeir[oa]s?)[^\n]{0,140}$")


# A guide named before the bare Cadastur number: "guia de turismo, 53.515210.12.4897-8"
_GUIDE_BEFORE = re.compile(r"(?<![\w])guias?(?:[ \t]+(?:de[ \t]+turismo|local|credenciad[oa]|regional|nacional))?"
                           r"[^\n\d]{0,30}$")


# A key naming the register number in the council, not the council's code: "numero conselho
# profissional", "nr conselho", "registro conselho"
_COUNCIL_NUMBER_KEY = re.compile(r"(?:^| )(?:(?:numero|num|nr|nro|registro|inscricao)(?: no| do)? conselho"
                                 # SNGPC's "<numeroRegistroProfissional>", the council in its own field
                                 r"|(?:numero|num|nr|nro) (?:do )?registro profissional)(?: |$)")
