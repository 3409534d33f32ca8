"""The name lists of Brazil's immigrant and indigenous communities (`*_origins.txt`)."""

import pytest

from afinar.privacy.detection import scan
from afinar.privacy.folding import fold
from afinar.privacy.gazetteer import load_gazetteer, read_word_file
from afinar.privacy.name_shape import _model, common_words

ORIGIN_FILES = ("given_names_female_origins.txt", "given_names_male_origins.txt", "surnames_origins.txt")


@pytest.mark.parametrize("file", ORIGIN_FILES)
def test_origin_lists_hold_no_portuguese_word_or_fragment(file):
    # a name here is looked up in every text: a corpus word ("mão", "chá", "lei") or a
    # two-letter fragment ("Wu", "Ha") would turn everyday Portuguese into names
    gazetteer = load_gazetteer()
    words = [fold(w) for w in read_word_file(file)]
    assert len(words) > 150
    assert [w for w in words if len(w) <= 2] == []
    assert [w for w in words if w in common_words()] == []
    assert [w for w in words if w in gazetteer.organisation_words or w in gazetteer.places] == []


def test_origin_names_are_found_but_never_drawn_as_surrogates():
    gazetteer = load_gazetteer()
    assert {"akemi", "reinhold", "kuhlmann", "nakasone", "diallo", "yupanqui"} <= gazetteer.name_words
    display = {fold(w) for w in gazetteer.female_display + gazetteer.male_display + gazetteer.surname_display}
    assert not display & gazetteer.other_origins
    # the letter-shape model stays Brazilian-Portuguese: it never learnt these lists
    assert "kuhlmann" in gazetteer.other_origins
    odds, _ = _model()
    assert odds  # built


@pytest.mark.parametrize(("text", "name"), [
    ("A declaração foi assinada por Reinhold Kuhlmann ontem.", "Reinhold Kuhlmann"),
    ("Paciente Akemi Nakasone, 54 anos, retorna.", "Akemi Nakasone"),
    ("o pagamento de Mariama Diallo caiu hoje", "Mariama Diallo"),
    ("Cliente: Wilfredo Yupanqui Choque", "Wilfredo Yupanqui"),
])
def test_names_of_other_origins_are_found(text, name):
    persons = [text[s.start:s.end] for s in scan(text) if s.label == "PERSON"]
    assert any(name in p for p in persons), persons
