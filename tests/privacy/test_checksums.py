"""Check-digit validators: agreement with python-stdnum (CPF, CNPJ), published examples,
and mutation properties for those stdnum 2.2 lacks (PIS, CNS, título, CNH)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.br import cnpj as stdnum_cnpj
from stdnum.br import cpf as stdnum_cpf

from afinar.privacy import checksums

digits = st.text(alphabet=string.digits, min_size=1, max_size=1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.digits, min_size=11, max_size=11))
def test_cpf_validator_agrees_with_stdnum(number):
    # stdnum accepts all-equal digit strings such as 111.111.111-11 (they pass the
    # arithmetic); the Receita never issues them, so afinar rejects them on purpose.
    expected = stdnum_cpf.is_valid(number) and number != number[0] * 11
    assert checksums.is_valid_cpf(number) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.digits, min_size=9, max_size=9))
def test_cpf_check_digits_make_stdnum_valid_numbers(body):
    number = body + checksums.cpf_check_digits(body)
    assert stdnum_cpf.is_valid(number) or int(number) == 0  # stdnum rejects 000.000.000-00


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.digits + string.ascii_uppercase, min_size=12, max_size=12))
def test_alphanumeric_cnpj_check_digits_agree_with_stdnum(body):
    number = body + checksums.cnpj_check_digits(body)
    assert checksums.is_valid_cnpj(number) == stdnum_cnpj.is_valid(number)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.digits + "AB", min_size=14, max_size=14))
def test_cnpj_validator_agrees_with_stdnum(number):
    assert checksums.is_valid_cnpj(number) == stdnum_cnpj.is_valid(number)


@pytest.mark.parametrize(
    ("validator", "number"),
    [
        (checksums.is_valid_cpf, "52998224725"),
        (checksums.is_valid_cpf, "11144477735"),
        (checksums.is_valid_cnpj, "11222333000181"),
        (checksums.is_valid_cnpj, "12ABC34501DE35"),  # Receita Federal's published example
        (checksums.is_valid_cnh, "02650306461"),
        (checksums.is_valid_titulo, "004356870906"),
        (checksums.is_valid_cns, "700000000000005"),
        (checksums.is_valid_luhn, "4111111111111111"),
    ],
)
def test_published_examples_are_valid(validator, number):
    assert validator(number)


def _mutations(number: str):
    for index, char in enumerate(number):
        for replacement in string.digits:
            if replacement != char:
                yield number[:index] + replacement + number[index + 1 :]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.digits, min_size=10, max_size=10))
def test_pis_generated_valid_and_any_single_digit_change_invalid(body):
    number = body + checksums.pis_check_digit(body)
    if number == number[0] * 11:
        return
    assert checksums.is_valid_pis(number)
    # the weights are coprime with 11, so a single-digit change always moves the remainder;
    # only a check digit of 0 is ambiguous, as remainders 0 and 1 both give it
    changed = [m for m in _mutations(number[:10]) if checksums.is_valid_pis(m + number[10])]
    assert not changed if number[10] != "0" else len(changed) <= 10


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.digits, min_size=8, max_size=8), st.integers(1, 28))
def test_titulo_generated_valid(sequence, uf):
    body = f"{sequence}{uf:02d}"
    assert checksums.is_valid_titulo(body + checksums.titulo_check_digits(body))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from("12789"), st.text(alphabet=string.digits, min_size=14, max_size=14))
def test_cns_single_digit_change_is_invalid(first, rest):
    number = first + rest
    if not checksums.is_valid_cns(number):
        return
    # the digit at index 4 weighs 11 (weights run 15..1), so changing it is invisible
    # mod 11 — a known weakness of the CNS rule; every other single change is caught
    for mutated in _mutations(number):
        changed_at = next(i for i, (a, b) in enumerate(zip(mutated, number)) if a != b)
        if changed_at != 4 and mutated[0] in "12789":
            assert not checksums.is_valid_cns(mutated)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.digits, min_size=9, max_size=9))
def test_cnh_generated_valid(body):
    number = body + checksums.cnh_check_digits(body)
    assert checksums.is_valid_cnh(number) or number == number[0] * 11
