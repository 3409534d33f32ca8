"""Airline reservations (PNRs) as a global distribution system's terminal prints them
(Amadeus, Sabre, Travelport), pasted into tickets, e-mails and chargeback files:

      1.PARANHOS/HONORIO MR  2.FORTE/JOAO PEDRO MSTR(CHD/17MAY16)
      8 SSR DOCS Q5 HK1 P/BRA/MN437299/BRA/06MAR83/M/28DEC26/PARANHOS/HONORIO/P1
     10 SSR CTCM Q5 HK1/5571990406522/P1
     11 SSR CTCE Q5 HK1/HONORIO5655//UOL.COM.BR/P1
    000 RF-HONORIO

The special service requests carry the passenger's personal data in IATA's encodings:
DOCS the travel document (type, issuing country, number, nationality, date of birth,
gender, expiry, surname, given names), CTCM the mobile phone with its country code,
CTCE the e-mail with "//" for "@" (and ".." for "_"); a child's or an infant's date of
birth follows its type code, an infant's its name on the adult's booking (INFT/); RF-
("received from") names who asked for the change.
Dates are DDMMMYY ("06MAR83"). The passengers' "SURNAME/GIVEN" names themselves are read
by the person rules (`person._AIRLINE_NAME`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.folding import ContextWindow, fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.name_shape import common_words, is_name_shaped
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_DATE = r"\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}"
# DOCS: "P/BRA/BD475228/BRA/05OCT76/M/08JUN33/…" — document type, issuer, number,
# nationality, then the date of birth before the gender
_DOCS_BIRTH = re.compile(rf"(?<![\w])P/[A-Z]{{3}}/[A-Z0-9]{{5,12}}/[A-Z]{{3}}/(?P<value>{_DATE})/[MF]I?/")
# a child's date of birth after its type code ("2.FORTE/JOAO PEDRO MSTR(CHD/17MAY16)"), an
# infant's on the adult's booking ("INFT/DIAS/VALDOMIRO 27JUN25")
_CHILD_BIRTH = re.compile(rf"\((?:CHD|INF)/(?P<value>{_DATE})\)")
_INFANT_BIRTH = re.compile(rf"(?<![\w])INFT/[A-Z]+(?:[ -][A-Z]+)*/[A-Z]+(?:[ -][A-Z]+)*[ \t]+(?P<value>{_DATE})(?![\w])")
_MOBILE = re.compile(r"SSR CTCM [A-Z0-9]{2} [A-Z]{2}\d/(?P<value>\d{10,15})(?=/|\s|$)")
_EMAIL = re.compile(r"SSR CTCE [A-Z0-9]{2} [A-Z]{2}\d/(?P<value>[A-Z0-9._+-]+//[A-Z0-9-]+(?:\.[A-Z0-9-]+)+)(?=/P\d|\s|$)")
# who asked for the change, at the end of a history line: "000 RF-HONORIO", "RF-MARIA SILVA"
_RECEIVED_FROM = re.compile(r"(?m)(?<![\w])RF-(?P<value>[A-Z]{2,}(?: [A-Z]{2,}){0,3})[ \t]*$")
_GATE = re.compile(r"P/[A-Z]{3}/|SSR CT|\((?:CHD|INF)/\d|INFT/|(?<![\w])RF-[A-Z]")


@register_detector
class ReservationRecordDetector(Detector):
    """Dates of birth, mobiles, e-mails and requesters in an airline reservation's
    special service requests and history (see the module docstring)."""

    name = "reservation_record"
    labels = ("DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON")
    trigger = _GATE

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for pattern, label in ((_DOCS_BIRTH, "DATE_OF_BIRTH"), (_CHILD_BIRTH, "DATE_OF_BIRTH"),
                               (_INFANT_BIRTH, "DATE_OF_BIRTH"), (_MOBILE, "PHONE_NUMBER"),
                               (_EMAIL, "EMAIL_ADDRESS")):
            for match in pattern.finditer(text):
                yield Span(*match.span("value"), label, 0.9, self.name)
        if "RF-" in text:
            gazetteer = load_gazetteer()
            for match in _RECEIVED_FROM.finditer(text):
                # a person's name, not the channel's ("RF-SITE", "RF-APP", "RF-PAX")
                words = fold(match.group("value")).split()
                if any(w in gazetteer.name_words or (is_name_shaped(w) and w not in common_words())
                       for w in words) and not any(w in gazetteer.organisation_words for w in words):
                    yield Span(*match.span("value"), "PERSON", 0.85, self.name)
