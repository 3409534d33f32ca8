"""Numbers read out digit by digit in words, as a call's speech-to-text transcript writes
them: a CPF, a driving licence's registration or a PIS after it was asked for ("me
confirma o cpf do titular" / "cliente: sete dois um cinco oito sete tres nove sete oito
nove"), a CEP after its word ("cep um nove seis dois dois dois nove zero").

The words are the digits' names in Portuguese ("zero" … "nove", with "uma", "duas" and
the "meia" of a six read out on the phone), accents or not. Eleven of them make a CPF
when its check digits hold and a CPF was named in the 80 characters before, a CNH when
the licence's check digits hold and a CNH was named there, or a PIS (NIS, NIT) likewise;
eight make a CEP right after "cep", or on the answer's line after a turn that asked for it;
fifteen or sixteen make a card's number when its Luhn digit holds, it is no health card's
(CNS) number and a card (not "o cartão do sus") was named in the 120 characters before ("pode falar o numero / ouvinte: quatro cinco cinco dois …"); ten
or eleven make a phone number when they are a valid Brazilian number with its area code
(`phonenumbers`) and a phone, or a number to call back on ("um numero que eu consiga
retornar"), was named in the 80 characters before ("atendente: telefone com
ddd / cliente: oito oito nove nove tres sete meia quatro dois oito sete"); eight or nine an
RG when an RG was named there and no CEP ("agente: o rg da sócia a senhora tem aí / cliente:
tenho é meia zero sete quatro nove cinco um quatro cinco"; an RG has no check digit common
to every state).
Digits read in figures are the identifier detectors'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy import keywords
from afinar.privacy.checksums import is_valid_cnh, is_valid_cns, is_valid_cpf, is_valid_luhn, is_valid_pis
from afinar.privacy.detectors.contact import valid_brazilian_number
from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_DIGIT_WORDS = {"zero": "0", "um": "1", "uma": "1", "dois": "2", "duas": "2", "tres": "3", "quatro": "4",
                "cinco": "5", "seis": "6", "meia": "6", "sete": "7", "oito": "8", "nove": "9"}
_DIGIT_WORD = "(?:" + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True)) + ")"
# a run of eight or more digit words, one blank (or a comma) apart (folded text)
_SPOKEN_NUMBER = re.compile(rf"(?<![\w]){_DIGIT_WORD}(?:,?[ \t]+{_DIGIT_WORD}){{7,}}(?![\w])")
_CEP_WORD = re.compile(r"(?<![\w])cep(?![\w])")
_CEP_BEFORE = re.compile(r"(?<![\w])cep[ \t]*:?[ \t]*(?:e[ \t]+)?$"
                         # ... or a transcript's turn that asked for it, the answer on the next
                         # line after its speaker: "atendente: cep\ncliente: nove nove oito …"
                         r"|(?<![\w])cep[ \t]*[?.]?[ \t]*\n[^\n:]{1,30}:[ \t]*$")
# a number to call back on, asked without saying "telefone": "tarm: um numero que eu consiga
# retornar", "um contato pra retorno"
_CALL_BACK = re.compile(r"(?<![\w])(?:retornar|retorno|ligar de volta|contato)(?![\w])")
# the text names the digits in words only if one of the less common ones is there
_TRIGGER = re.compile(r"(?i:nove|sete|oito|quatro|cinco|zero)")


@register_detector
class SpokenDigitsDetector(Detector):
    """CPFs, CNHs, PIS numbers, CEPs, phones, RGs and card numbers read out digit by digit
    in words (see the module docstring)."""

    name = "spoken_digits"
    labels = ("BR_CPF", "BR_CNH", "BR_PIS", "BR_CEP", "PHONE_NUMBER", "BR_RG", "CREDIT_CARD")
    trigger = _TRIGGER

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        folded = context.folded
        for match in _SPOKEN_NUMBER.finditer(folded):
            words = re.findall(r"[a-z]+", match.group())
            digits = "".join(_DIGIT_WORDS[w] for w in words)
            before = folded[max(0, match.start() - 80):match.start()]
            if len(words) == 11 and is_valid_cpf(digits) and keywords.CPF.search(before):
                yield Span(match.start(), match.end(), "BR_CPF", 0.9, self.name)
            elif len(words) == 11 and is_valid_cnh(digits) and keywords.CNH.search(before):
                yield Span(match.start(), match.end(), "BR_CNH", 0.9, self.name)
            elif len(words) == 11 and is_valid_pis(digits) and keywords.PIS.search(before):
                yield Span(match.start(), match.end(), "BR_PIS", 0.9, self.name)
            elif len(words) in (10, 11) and (keywords.PHONE.search(before) or _CALL_BACK.search(before)) \
                    and valid_brazilian_number(digits):
                yield Span(match.start(), match.end(), "PHONE_NUMBER", 0.85, self.name)
            elif len(words) == 8 and _CEP_BEFORE.search(folded, max(0, match.start() - 45), match.start()):
                yield Span(match.start(), match.end(), "BR_CEP", 0.9, self.name)
            elif len(words) in (8, 9) and keywords.RG.search(before) and not _CEP_WORD.search(before):
                yield Span(match.start(), match.end(), "BR_RG", 0.85, self.name)
            elif len(words) in (15, 16) and is_valid_luhn(digits) and not is_valid_cns(digits) and keywords.CARD.search(
                    folded, max(0, match.start() - 120), match.start()) and "sus" not in before[-40:]:
                # a card's number read out for a payment by phone: "ajudar a radio no cartao /
                # producao: pode falar o numero / ouvinte: quatro cinco cinco dois …"
                yield Span(match.start(), match.end(), "CREDIT_CARD", 0.85, self.name)
