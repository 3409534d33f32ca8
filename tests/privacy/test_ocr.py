"""A scan's misreadings undone for the detectors (`afinar.privacy.ocr`)."""

import pytest

from afinar.privacy.ocr import ocr_view


@pytest.mark.parametrize(("text", "view"), [
    ("Data Nasc.: I4/10/1979", "Data Nasc.: 14/10/1979"),
    ("PIS: 1Ol.62462.19-8", "PIS: 101.62462.19-8"),
    ("Titulo: 7512 3616 18OS  Zona: 12", "Titulo: 7512 3616 1805  Zona: 12"),
    ("CEP: 17.265-39O   Fone: (I2) 96873-B539", "CEP: 17.265-390   Fone: (12) 96873-8539"),
    ("Endereço: AVENlDA LUZ, 929", "Endereço: AVENIDA LUZ, 929"),
    ("Visto: FIor Quintela e NatáIia", "Visto: Flor Quintela e Natália"),
    ("CPF ......................529.982.247-25", "CPF ..................... 529.982.247-25"),
    ("Assinatura: ______Maria______ Data", "Assinatura:       Maria       Data"),
    ("Dr. Wander Paiva\nCRM/GO 2O45I8\n", "Dr. Wander Paiva\nCRM/GO 204518\n"),  # a council's number
    ("CRM-BA 3O23S", "CRM-BA 30235"),
    ("Nome completo: Rosilene clo Carmo", "Nome completo: Rosilene  do Carmo"),  # a misread particle
    ("Rafael dc Coelho", "Rafael de Coelho"),
    ("CPF: 8O882O31392", "CPF: 80882031392"),  # a document's digits without separators
])
def test_misreadings_are_undone_one_character_for_one(text, view):
    assert ocr_view(text) == view
    assert len(ocr_view(text)) == len(text)


@pytest.mark.parametrize("text", [
    "CO2, vitamina B12 e SOS 190",  # too few digits to be a misread number
    "Olá Alberto, PAULO e Isaac",  # ordinary words
    "[15/03/25 08:09] Síndico Bl 3: bom dia",  # one capital: a block's abbreviation
    "(11) 91234-5678, CPF 529.982.247-25",
    "def __init__(self): x__y",  # no blank line drawn to write on
    "CRM/SP SOBS 12",  # a council's "number" of letters
    "o clone de Maria",  # a word, not a misread particle
    "código SOSOOOOOOOO1",  # letters, not a misread number
])
def test_text_without_misreadings_has_no_view(text):
    assert ocr_view(text) is None
