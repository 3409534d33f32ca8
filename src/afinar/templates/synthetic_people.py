"""Synthetic Brazilian people: one consistent set of personal data per customer or patient.

A customer who opens five tickets must have the same name, CPF and phone in all five, the way
real data repeats a person across records (which is why splits must keep a person's records
together). The `*_as_written` methods vary only the surface form: full or first name, CPF with
or without punctuation, phone with or without +55, so the privacy stage meets every variant.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from afinar.templates import brazilian_identifiers as ids
from afinar.templates.brazilian_places import Place, pick_place

if TYPE_CHECKING:
    from faker import Faker

# Ages are computed against a fixed day, never today: Faker's `date_of_birth` depends on the
# clock and would make yesterday's files differ from today's.
REFERENCE_DATE = date(2025, 6, 30)

MONTHS_PT = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho",
    "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
)

_STREET_KINDS = ("Rua", "Rua", "Rua", "Rua", "R.", "Avenida", "Av.", "Travessa", "Alameda", "Estrada")
_STREET_NAMES = (
    "Sete de Setembro", "XV de Novembro", "Marechal Deodoro", "Barão de Mauá", "Dom Pedro II",
    "das Flores", "Santos Dumont", "Tiradentes", "Getúlio Vargas", "Presidente Vargas", "São João",
    "Afonso Pena", "Rio Branco", "Padre Cícero", "das Acácias", "dos Ipês", "Boa Vista",
    "Duque de Caxias", "Floriano Peixoto", "José de Alencar", "Castro Alves", "Princesa Isabel",
    "Treze de Maio", "Primeiro de Maio", "Frei Caneca", "das Palmeiras", "Bento Gonçalves",
    "Joaquim Nabuco", "Rui Barbosa", "Visconde de Pirajá", "Independência", "Brasil",
)
_COMPLEMENTS = (
    "apto 12", "apto 304", "ap 1102 bloco B", "apartamento 51", "casa 2", "casa dos fundos",
    "fundos", "bloco C apto 203", "sala 501", "térreo", "lote 7 quadra 4", "apto 81 torre 2",
)

# Only these surnames take a particle ('Maria da Silva', 'João dos Santos'); 'da Alves' is wrong.
_SURNAME_PARTICLES = {
    "Silva": "da", "Costa": "da", "Cunha": "da", "Rocha": "da", "Luz": "da", "Mata": "da",
    "Paz": "da", "Conceição": "da", "Cruz": "da", "Santos": "dos", "Reis": "dos", "Anjos": "dos",
    "Souza": "de", "Oliveira": "de", "Almeida": "de", "Jesus": "de", "Lima": "de", "Moura": "de",
    "Nascimento": "do", "Carmo": "do", "Prado": "do", "Amaral": "do", "Rosário": "do",
}


@dataclass(frozen=True)
class Person:
    """Everything about one synthetic person that a text may mention."""

    first_name: str
    full_name: str
    sex: str  # "feminino" or "masculino": drives names and Portuguese agreement
    declared_gender: str  # the record's `gender` field: also "nao_informado"
    birth_date: date
    cpf: str  # formatted, valid
    rg: str  # nine digits
    place: Place
    mobile: str  # nine digits, without DDD
    landline: str | None
    email: str
    street: str
    house_number: str
    complement: str | None
    district: str
    cep: str  # eight digits

    @property
    def region(self) -> str:
        return self.place.region

    def age_on(self, day: date) -> int:
        """Completed years on `day`."""
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - before_birthday

    def name_as_written(self, rng: random.Random, *, casual: bool = False) -> str:
        """Full name, first name only, or (in casual text) all lowercase."""
        roll = rng.random()
        if roll < 0.2:
            name = self.first_name
        elif roll < 0.35:
            parts = self.full_name.split()
            name = f"{parts[0]} {parts[-1]}"
        else:
            name = self.full_name
        return name.lower() if casual and rng.random() < 0.35 else name

    def cpf_as_written(self, rng: random.Random) -> str:
        return ids.cpf_as_written(self.cpf, rng)

    def rg_as_written(self, rng: random.Random) -> str:
        return ids.rg_as_written(self.rg, self.place.uf, rng)

    def phone_as_written(self, rng: random.Random) -> str:
        number = self.landline if self.landline and rng.random() < 0.25 else self.mobile
        return ids.phone_as_written(self.place.ddd, number, rng)

    def mobile_as_written(self, rng: random.Random) -> str:
        return ids.phone_as_written(self.place.ddd, self.mobile, rng)

    def cep_as_written(self, rng: random.Random) -> str:
        return ids.cep_as_written(self.cep, rng)

    def address_as_written(self, rng: random.Random, *, with_city: bool | None = None) -> str:
        """Street and number, often the complement, district, city and CEP."""
        parts = [f"{self.street}, {self.house_number}"]
        if self.complement and rng.random() < 0.8:
            parts.append(self.complement)
        if rng.random() < 0.6:
            parts.append(self.district)
        if with_city or (with_city is None and rng.random() < 0.5):
            parts.append(f"{self.place.city} - {self.place.uf}" if rng.random() < 0.6 else f"{self.place.city}/{self.place.uf}")
        if rng.random() < 0.4:
            parts.append(f"CEP {self.cep_as_written(rng)}")
        return ", ".join(parts)

    def birth_date_as_written(self, rng: random.Random) -> str:
        return date_as_written(self.birth_date, rng)


def date_as_written(day: date, rng: random.Random) -> str:
    """'05/03/1985', '5/3/85', '05.03.1985' or '5 de março de 1985'."""
    style = rng.random()
    if style < 0.6:
        return f"{day:%d/%m/%Y}"
    if style < 0.75:
        return f"{day.day}/{day.month}/{day:%y}"
    if style < 0.85:
        return f"{day:%d.%m.%Y}"
    return f"{day.day} de {MONTHS_PT[day.month - 1]} de {day.year}"


def random_day(rng: random.Random, start: date, end: date) -> date:
    """A day between `start` and `end`, both included."""
    return start + timedelta(days=rng.randint(0, (end - start).days))


def pick_declared_gender(sex: str, rng: random.Random, *, unknown_share: float) -> str:
    """The gender a record declares: the person's own, or 'nao_informado' for a share of people."""
    return "nao_informado" if rng.random() < unknown_share else sex


def make_person(
    fake: Faker,
    rng: random.Random,
    *,
    region: str,
    sex: str,
    age_range: tuple[int, int],
    unknown_gender_share: float = 0.08,
) -> Person:
    """One person living in `region`, of `sex`, aged within `age_range` on `REFERENCE_DATE`."""
    first_name = fake.first_name_female() if sex == "feminino" else fake.first_name_male()
    surnames = [fake.last_name() for _ in range(rng.choice((1, 2, 2, 3)))]
    particle = _SURNAME_PARTICLES.get(surnames[-1])
    if particle and rng.random() < 0.5:
        surnames.insert(-1, particle)
    full_name = " ".join([first_name, *surnames])
    age = rng.randint(*age_range)
    birth_date = REFERENCE_DATE - timedelta(days=age * 365 + rng.randint(1, 364))
    place = pick_place(rng, region)
    street_name = (
        rng.choice(_STREET_NAMES)
        if rng.random() < 0.55
        else f"{fake.first_name()} {fake.last_name()}"
    )
    return Person(
        first_name=first_name.split()[0],
        full_name=full_name,
        sex=sex,
        declared_gender=pick_declared_gender(sex, rng, unknown_share=unknown_gender_share),
        birth_date=birth_date,
        cpf=fake.cpf(),
        rg=fake.rg(),
        place=place,
        mobile=ids.mobile_number(rng),
        landline=ids.landline_number(rng) if rng.random() < 0.3 else None,
        email=ids.email_for(first_name, surnames[-1], birth_date.year, rng),
        street=f"{rng.choice(_STREET_KINDS)} {street_name}",
        house_number=str(rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 4999)))),
        complement=rng.choice(_COMPLEMENTS) if rng.random() < 0.5 else None,
        district=fake.bairro(),
        cep=fake.postcode(formatted=False),
    )


def pick_sex(rng: random.Random) -> str:
    """'feminino' or 'masculino', about half each (slightly more women, as in Brazil)."""
    return "feminino" if rng.random() < 0.51 else "masculino"
