"""Accent folding: `fold` (per word, cached, with fast paths) against its definition."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afinar.privacy.folding import ContextWindow, fold, fold_text


def folded_by_definition(word: str) -> str:
    """Case-folded, decomposed, every combining mark dropped, stroked letters mapped."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.translate(str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i"}))


@pytest.mark.parametrize(("word", "expected"), [
    ("JOÃO", "joao"),
    ("Conceição", "conceicao"),
    ("Stanisława", "stanislawa"),
    ("Straße", "strasse"),
    ("N\u0303ANDU", "nandu"),             # a combining tilde typed apart from its letter
    ("a\u034fb", "a\u034fb"),              # the grapheme joiner is no accent: kept
    ("Nguyễn", "nguyen"),
    ("", ""),
])
def test_fold_examples(word: str, expected: str) -> None:
    assert fold(word) == expected


@settings(max_examples=400)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF, exclude_categories=("Cs",)), max_size=40))
def test_fold_matches_its_definition(word: str) -> None:
    assert fold(word) == folded_by_definition(word)


def test_fold_text_keeps_offsets() -> None:
    text = "Paciente: JOÃO DA CONCEIÇÃO, nascido em 01/02/1990"
    folded = ContextWindow(text).folded
    assert len(folded) == len(text)
    assert folded == fold_text(text) == "paciente: joao da conceicao, nascido em 01/02/1990"
