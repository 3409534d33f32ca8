"""Personal data inside markup and transfer encodings: the decoded view `scan` also reads,
and spans mapped back over the markup in the original text."""

from __future__ import annotations

import pytest

from afinar.privacy.detection import scan
from afinar.privacy.markup import decoded_view, to_original


@pytest.mark.parametrize("text, decoded", [
    ("meu nome =C3=A9 Lucas Cun=\nha", "meu nome é Lucas Cunha"),  # quoted-printable, soft break
    ("Att,<br>Luciana&nbsp;Campelo<br/>", "Att,\nLuciana Campelo\n"),  # HTML
    ("Vit&oacute;ria &amp; Cia", "Vitória & Cia"),
    ("To=whatsapp%3A%2B5511987654321", "To=whatsapp:+5511987654321"),  # URL encoding
    ("requerente Fran-\ncisco Souza", "requerente Francisco Souza"),  # PDF hyphenation
])
def test_the_view_decodes_markup(text, decoded):
    view = decoded_view(text)
    assert view is not None and view[0] == decoded
    assert len(view[1]) == len(view[2]) == len(decoded)


@pytest.mark.parametrize("text", [
    "idade=20; status=ab",  # key=value, not quoted-printable
    "desconto de 50% hoje",  # a percentage
    "Silva & Cia, R$ 10",  # a bare ampersand
    "sem marcação nenhuma",
])
def test_text_without_markup_has_no_view(text):
    assert decoded_view(text) is None


def test_spans_map_back_over_the_markup():
    text = "Att,<br>Luciana&nbsp;Campelo<br>"
    decoded, starts, ends = decoded_view(text)
    start = decoded.index("Luciana")
    assert text[slice(*to_original(starts, ends, start, start + len("Luciana Campelo")))] == "Luciana&nbsp;Campelo"
    # one URL escape per character: "+" maps to "%2B" alone
    text = "whatsapp%3A%2B55"
    decoded, starts, ends = decoded_view(text)
    assert text[slice(*to_original(starts, ends, decoded.index("+"), decoded.index("+") + 1))] == "%2B"


def test_scan_masks_personal_data_inside_markup():
    text = ("<div>Bom dia,<br><br>meu nome =C3=A9 Sebasti=C3=A3o de Bezerra Magalh=C3=A3es, CPF "
            "240.631.213-56.<br>Att,<br>Sebasti&atilde;o&nbsp;Magalh&atilde;es</div>")
    found = [(text[s.start:s.end], s.label) for s in scan(text)]
    assert ("Sebasti=C3=A3o de Bezerra Magalh=C3=A3es", "PERSON") in found
    assert ("240.631.213-56", "BR_CPF") in found
    assert ("Sebasti&atilde;o&nbsp;Magalh&atilde;es", "PERSON") in found
    # the names of entities are markup, never a name that recurs
    assert not any(value in ("atilde", "nbsp") for value, _label in found)
