"""Operators, the Anonymizer, the policy model, the residual check, keys and subject keys."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from stdnum.br import cnpj as stdnum_cnpj
from stdnum.br import cpf as stdnum_cpf

from afinar.errors import DataError, UsageError
from afinar.privacy import (
    Anonymizer,
    PrivacyPolicy,
    ResidualPersonalDataError,
    operator_classification,
    residual_spans,
    reveal,
    scan,
    subject_keys,
)
from afinar.privacy import checksums
from afinar.privacy.keys import KEY_ENV_VAR, load_key
from afinar.privacy.operators import OperatorKeys, get_operator
from afinar.privacy.surrogates import surrogate_for

TEST_KEY = bytes(range(32))  # a fixed key, tests only
TEXT = (
    "Olá, meu nome é Maria da Conceição Souza, CPF 529.982.247-25, moro na Rua das Flores, "
    "123, apto 4, CEP 01310-100. Tel (11) 98765-4321, maria.souza@gmail.com. A Sra. Souza "
    "pagou com o cartão 4111 1111 1111 1111."
)
PSEUDONYM_KEY = OperatorKeys.from_master(TEST_KEY).pseudonym



def anonymize(text: str, default: str, **policy) -> str:
    return Anonymizer(PrivacyPolicy(default=default, **policy), TEST_KEY).apply(text).text


def test_replace_and_redact():
    assert anonymize("CPF 529.982.247-25.", "replace") == "CPF <BR_CPF>."
    assert anonymize("CPF 529.982.247-25.", "redact") == "CPF ."


def test_mask_keeps_shape_and_check_digits():
    assert anonymize("CPF 529.982.247-25", "mask") == "CPF ***.***.***-25"
    assert anonymize("Sra. Maria Souza", "mask") == "Sra. ***** *****"


def test_hash_is_keyed_truncated_and_normalised():
    a = anonymize("CPF 529.982.247-25", "hash")
    b = anonymize("cpf 52998224725", "hash")
    assert re.fullmatch(r"CPF <BR_CPF:[0-9a-f]{16}>", a)
    assert a.split()[1] == b.split()[1]  # same CPF, different spelling: same token
    other_key = Anonymizer(PrivacyPolicy(default="hash"), bytes(32)).apply(
        "CPF 529.982.247-25"
    ).text
    assert other_key != a


def test_pseudonymize_gives_valid_consistent_surrogates():
    out = anonymize(TEXT, "pseudonymize")
    for value in ("Maria", "Conceição", "529.982.247-25", "01310-100", "98765-4321",
                  "maria.souza", "4111 1111 1111 1111", "Flores"):
        assert value not in out
    cpf = re.search(r"\d{3}\.\d{3}\.\d{3}-\d{2}", out).group()
    assert stdnum_cpf.is_valid(cpf)
    assert out == anonymize(TEXT, "pseudonymize")  # deterministic
    # the surname maps to the same surrogate wherever it appears
    surname = re.search(r"Sra\. (\w+)", out).group(1)
    assert out.count(surname) >= 2


def test_pseudonymized_names_keep_gender():
    from afinar.privacy.gazetteer import load_gazetteer
    from afinar.privacy.folding import fold

    gazetteer = load_gazetteer()
    for name, pool in (("Maria", gazetteer.female), ("José", gazetteer.male)):
        surrogate = surrogate_for("PERSON", name, PSEUDONYM_KEY)
        assert fold(surrogate) in pool


@pytest.mark.parametrize(
    ("label", "value", "valid"),
    [
        ("BR_CPF", "529.982.247-25", lambda v: stdnum_cpf.is_valid(v)),
        ("BR_CNPJ", "11.222.333/0001-81", lambda v: stdnum_cnpj.is_valid(v)),
        ("BR_CNPJ", "12.ABC.345/01DE-35", lambda v: stdnum_cnpj.is_valid(v) and not v[:2].isdigit() or stdnum_cnpj.is_valid(v)),
        ("BR_PIS", "120.56412.54-1", lambda v: checksums.is_valid_pis(re.sub(r"\D", "", v))),
        ("BR_CNH", "02650306461", checksums.is_valid_cnh),
        ("BR_TITULO_ELEITOR", "0043 5687 0906", lambda v: checksums.is_valid_titulo(v.replace(" ", ""))),
        ("BR_CNS", "700 0000 0000 0005", lambda v: checksums.is_valid_cns(v.replace(" ", ""))),
        ("CREDIT_CARD", "4111 1111 1111 1111", lambda v: checksums.is_valid_luhn(v.replace(" ", ""))),
        ("LICENSE_PLATE", "BRA2E19", lambda v: re.fullmatch(r"[A-Z]{3}\d[A-Z]\d{2}", v)),
        ("LICENSE_PLATE", "ABC-1234", lambda v: re.fullmatch(r"[A-Z]{3}-\d{4}", v)),
        ("BR_CEP", "01310-100", lambda v: re.fullmatch(r"\d{5}-\d{3}", v)),
        ("PHONE_NUMBER", "(11) 98765-4321", lambda v: re.fullmatch(r"\(11\) 9\d{4}-\d{4}", v)),
        ("EMAIL_ADDRESS", "maria@gmail.com", lambda v: re.fullmatch(r"[a-z0-9._]+@gmail\.com", v)),
        ("PIX_KEY", "123e4567-e89b-42d3-a456-426614174000",
         lambda v: re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v)),
        ("DATE_OF_BIRTH", "03/04/1985", lambda v: re.fullmatch(r"\d{2}/\d{2}/19[89]\d", v)),
        ("IP_ADDRESS", "200.147.67.142", lambda v: len(v.split(".")) == 4),
    ],
)
def test_surrogates_have_the_shape_and_pass_the_checks(label, value, valid):
    surrogate = surrogate_for(label, value, PSEUDONYM_KEY)
    assert surrogate != value
    assert valid(surrogate), surrogate


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["BR_CPF", "BR_CNPJ", "PHONE_NUMBER", "PERSON", "BR_CEP", "CREDIT_CARD"]),
    st.text(alphabet=string.digits, min_size=8, max_size=14),
    st.binary(min_size=32, max_size=32),
)
def test_pseudonymize_is_consistent_and_never_returns_the_input(label, value, key):
    sub_key = OperatorKeys.from_master(key).pseudonym
    if label == "PERSON":
        value = "Maria " + value.translate(str.maketrans(string.digits, "abcdefghij")).title()
    first = surrogate_for(label, value, sub_key)
    assert first == surrogate_for(label, value, sub_key)
    assert first != value


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Maria", "José", "Ana Paula Souza", "JOÃO DA SILVA", "rosa"]),
       st.binary(min_size=32, max_size=32))
def test_person_surrogate_never_equals_input(name, key):
    sub_key = OperatorKeys.from_master(key).pseudonym
    assert surrogate_for("PERSON", name, sub_key) != name


def test_encrypt_and_reveal_round_trip():
    out = anonymize("CPF 529.982.247-25 de Maria Souza", "encrypt")
    tokens = re.findall(r"\[ENC:[A-Za-z0-9_-]+\]", out)
    assert [reveal(t, TEST_KEY) for t in tokens] == ["529.982.247-25", "Maria Souza"]
    with pytest.raises(UsageError, match="cannot be decrypted"):
        reveal(tokens[0], bytes(32))
    with pytest.raises(UsageError, match="not an encryption token"):
        reveal("529.982.247-25", TEST_KEY)


def test_keep_and_per_entity_policy():
    policy = {"entities": {"PERSON": "keep", "BR_CPF": "replace"}}
    assert anonymize("Maria Souza, CPF 529.982.247-25", "redact", **policy) == (
        "Maria Souza, CPF <BR_CPF>"
    )


def test_replacements_carry_no_values():
    result = Anonymizer(PrivacyPolicy(default="replace"), TEST_KEY).apply(TEXT)
    assert result.replacements[0] == ("PERSON", "replace", 16, 40)
    assert all(len(r) == 4 for r in result.replacements)
    assert "529" not in repr(result.replacements)


def test_operator_classification_is_lgpd_data():
    assert operator_classification() == {
        "redact": "anonymisation", "replace": "anonymisation", "mask": "anonymisation",
        "hash": "pseudonymisation", "pseudonymize": "pseudonymisation",
        "encrypt": "pseudonymisation", "keep": "none",
    }


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ({"entities": {"CPF": "replace"}}, "did you mean 'BR_CPF'"),
        ({"entities": {"EMAIL": "mask"}}, "did you mean 'EMAIL_ADDRESS'"),
        ({"entities": {"BR_CPF": "mascarar"}}, "did you mean 'mask'"),
        ({"default": "pseudonymise"}, "did you mean 'pseudonymize'"),
        ({"min_score": 1.5}, "less than or equal to 1"),
        ({"unknown_key": 1}, "Extra inputs are not permitted"),
    ],
)
def test_policy_validation_names_the_closest_valid_value(policy, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        PrivacyPolicy(**policy)


def test_policy_fields_are_documented_and_defaults_are_safe():
    policy = PrivacyPolicy()
    assert (policy.default, policy.fail_on_residual, policy.min_score) == ("pseudonymize", True, 0.5)
    assert all(f.description for f in PrivacyPolicy.model_fields.values())


def test_surrogates_are_not_residual_but_kept_values_would_be():
    result = Anonymizer(PrivacyPolicy(), TEST_KEY).apply(TEXT)
    assert result.residual == ()
    assert residual_spans(result) == []


def test_residual_check_fails_loudly():
    from afinar.privacy.anonymizer import AnonymizedText

    # an "anonymised" text whose operator output did not cover the CPF
    leaky = AnonymizedText(text="<PERSON>, CPF 529.982.247-25", spans=(), replacements=(),
                           produced=((0, 8),))
    residual = residual_spans(leaky)
    assert [(s.label, s.start) for s in residual] == [("BR_CPF", 14)]
    error = ResidualPersonalDataError(residual, where="data.jsonl:3 field 'text'")
    assert isinstance(error, DataError)
    assert "data.jsonl:3" in str(error) and "529" not in str(error)


def test_key_loading(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV_VAR, raising=False)
    with pytest.raises(UsageError, match="no privacy key"):
        load_key()
    key_file = tmp_path / "privacy.key"
    key_file.write_text(TEST_KEY.hex() + "\n")
    assert load_key(key_file) == TEST_KEY
    monkeypatch.setenv(KEY_ENV_VAR, TEST_KEY.hex())
    assert load_key() == TEST_KEY
    key_file.write_text("short")
    with pytest.raises(UsageError, match="too short") as error:
        load_key(key_file)
    assert "short" not in str(error.value).replace("too short", "")
    with pytest.raises(UsageError):
        Anonymizer(PrivacyPolicy(), b"tiny")


def test_subject_keys_are_keyed_normalised_and_value_free():
    text_a = "CPF 529.982.247-25, e-mail Maria.Souza@Gmail.com, tel (11) 98765-4321"
    text_b = "cpf 52998224725, e-mail maria.souza@gmail.com, tel +55 11 98765-4321"
    keys_a = subject_keys(scan(text_a), text_a, TEST_KEY)
    keys_b = subject_keys(scan(text_b), text_b, TEST_KEY)
    assert keys_a == keys_b and len(keys_a) == 3
    assert all("529" not in k and "maria" not in k for k in keys_a)
    assert subject_keys(scan(text_a), text_a, bytes(32)) != keys_a


def test_operators_are_looked_up_by_name():
    assert get_operator("replace").transform("x", "PERSON", OperatorKeys.from_master(TEST_KEY)) == "<PERSON>"


def test_a_word_after_a_surrogate_name_is_not_residual_personal_data():
    # A pseudonym followed by ", Sorocaba" made the re-scan read the city as more of the name.
    from afinar.privacy.anonymizer import AnonymizedText
    from afinar.privacy.residual import residual_spans

    text = "Endereço: Rua Cruz, 51, fundos, Wilker Fukuda Sobrinho, Sorocaba/SP"
    start = text.index("Wilker")
    end = start + len("Wilker Fukuda Sobrinho")
    result = AnonymizedText(text=text, spans=(), replacements=(), produced=((start, end),), residual=())
    assert [s for s in residual_spans(result) if s.label == "PERSON"] == []


def test_residual_spans_map_back_to_the_original_text():
    from afinar.privacy.anonymizer import Replacement, _in_the_original
    from afinar.privacy.span import Span

    text = "ab XXXX cd YY ef"  # "XXXX" replaced by two characters, "YY" redacted
    replacements = (Replacement("A", "replace", 3, 7), Replacement("B", "redact", 11, 13))
    anonymised = "ab NN cd  ef"
    ends = [5, 9]
    found = [Span(6, 8, "X", 0.9, "t"), Span(10, 12, "X", 0.9, "t"), Span(6, 12, "X", 0.9, "t")]
    assert [anonymised[s.start:s.end] for s in found[:2]] == ["cd", "ef"]
    mapped = _in_the_original(found, replacements, ends)
    # (the third takes in the place of the redacted value: it has no single place in the original)
    assert [text[s.start:s.end] for s in mapped] == ["cd", "ef"]


def test_what_the_rescan_finds_is_anonymised_too_unless_the_policy_says_otherwise():
    # a chat whose phone number the first scan misses, and the re-scan finds once the
    # sender's name before it is a pseudonym (the eighty-third labelled set's 24th record)
    import json
    from pathlib import Path

    line = (Path(__file__).parent / "data" / "eightythird.jsonl").read_text(encoding="utf-8").splitlines()[23]
    text = json.loads(line)["text"]
    key = bytes(range(32))
    assert "(15) 5635-9290" in text and "(15) 5635-9290" not in [
        text[s.start:s.end] for s in scan(text)]
    result = Anonymizer(PrivacyPolicy(), key).apply(text)
    assert "5635-9290" not in result.text and not result.residual
    assert any(text[r.start:r.end] == "(15) 5635-9290" for r in result.replacements)
    with pytest.raises(DataError, match="PHONE_NUMBER"):
        Anonymizer(PrivacyPolicy(anonymize_residual=False), key).apply(text)
