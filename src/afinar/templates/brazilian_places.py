"""Real Brazilian cities grouped by the five IBGE regions, with state and telephone area code.

Faker's pt_BR cities are invented ("da Mata de Ribeiro"); a triage note or a ticket that names
a real city with the right DDD reads as Brazilian text and gives the region a realistic textual
proxy (city names, area codes, regional words) for the fairness checks to find.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

REGIONS: tuple[str, ...] = ("Norte", "Nordeste", "Centro-Oeste", "Sudeste", "Sul")

# Approximate shares of the population (IBGE 2022 census), so group sizes look like a real
# customer base: the Sudeste dominates and the Norte and Centro-Oeste are small groups.
REGION_WEIGHTS: dict[str, float] = {
    "Norte": 0.09,
    "Nordeste": 0.27,
    "Centro-Oeste": 0.08,
    "Sudeste": 0.42,
    "Sul": 0.14,
}


@dataclass(frozen=True)
class Place:
    """A city with its state (UF), area code (DDD) and region."""

    city: str
    uf: str
    ddd: str
    region: str


_CITIES_BY_REGION: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Norte": (
        ("Manaus", "AM", "92"), ("Parintins", "AM", "92"), ("Belém", "PA", "91"),
        ("Ananindeua", "PA", "91"), ("Santarém", "PA", "93"), ("Marabá", "PA", "94"),
        ("Porto Velho", "RO", "69"), ("Ji-Paraná", "RO", "69"), ("Rio Branco", "AC", "68"),
        ("Macapá", "AP", "96"), ("Boa Vista", "RR", "95"), ("Palmas", "TO", "63"),
        ("Araguaína", "TO", "63"),
    ),
    "Nordeste": (
        ("Salvador", "BA", "71"), ("Camaçari", "BA", "71"), ("Feira de Santana", "BA", "75"),
        ("Vitória da Conquista", "BA", "77"), ("Recife", "PE", "81"), ("Olinda", "PE", "81"),
        ("Caruaru", "PE", "81"), ("Petrolina", "PE", "87"), ("Fortaleza", "CE", "85"),
        ("Juazeiro do Norte", "CE", "88"), ("São Luís", "MA", "98"), ("Imperatriz", "MA", "99"),
        ("Teresina", "PI", "86"), ("Natal", "RN", "84"), ("Mossoró", "RN", "84"),
        ("João Pessoa", "PB", "83"), ("Campina Grande", "PB", "83"), ("Maceió", "AL", "82"),
        ("Aracaju", "SE", "79"),
    ),
    "Centro-Oeste": (
        ("Brasília", "DF", "61"), ("Taguatinga", "DF", "61"), ("Goiânia", "GO", "62"),
        ("Aparecida de Goiânia", "GO", "62"), ("Anápolis", "GO", "62"), ("Rio Verde", "GO", "64"),
        ("Campo Grande", "MS", "67"), ("Dourados", "MS", "67"), ("Cuiabá", "MT", "65"),
        ("Várzea Grande", "MT", "65"), ("Rondonópolis", "MT", "66"),
    ),
    "Sudeste": (
        ("São Paulo", "SP", "11"), ("Guarulhos", "SP", "11"), ("Osasco", "SP", "11"),
        ("Santo André", "SP", "11"), ("Campinas", "SP", "19"), ("Santos", "SP", "13"),
        ("Ribeirão Preto", "SP", "16"), ("Sorocaba", "SP", "15"), ("São José dos Campos", "SP", "12"),
        ("Rio de Janeiro", "RJ", "21"), ("Niterói", "RJ", "21"), ("Duque de Caxias", "RJ", "21"),
        ("Nova Iguaçu", "RJ", "21"), ("Petrópolis", "RJ", "24"), ("Belo Horizonte", "MG", "31"),
        ("Contagem", "MG", "31"), ("Uberlândia", "MG", "34"), ("Juiz de Fora", "MG", "32"),
        ("Montes Claros", "MG", "38"), ("Vitória", "ES", "27"), ("Vila Velha", "ES", "27"),
        ("Serra", "ES", "27"),
    ),
    "Sul": (
        ("Porto Alegre", "RS", "51"), ("Caxias do Sul", "RS", "54"), ("Pelotas", "RS", "53"),
        ("Santa Maria", "RS", "55"), ("Curitiba", "PR", "41"), ("Londrina", "PR", "43"),
        ("Maringá", "PR", "44"), ("Ponta Grossa", "PR", "42"), ("Cascavel", "PR", "45"),
        ("Florianópolis", "SC", "48"), ("Joinville", "SC", "47"), ("Blumenau", "SC", "47"),
        ("Chapecó", "SC", "49"),
    ),
}

PLACES_BY_REGION: dict[str, tuple[Place, ...]] = {
    region: tuple(Place(city, uf, ddd, region) for city, uf, ddd in cities)
    for region, cities in _CITIES_BY_REGION.items()
}

# Words people really type that give their region away, used to open informal messages so a
# model can pick the region up from the text, as it would from real customers.
REGIONAL_INTERJECTIONS: dict[str, tuple[str, ...]] = {
    "Norte": ("égua", "égua, mana", "maninho", "mano do céu", "mana"),
    "Nordeste": ("oxe", "oxente", "vixe", "eita", "meu rei", "ô meu filho", "vixe maria", "arre égua"),
    "Centro-Oeste": ("uai", "nó", "ô trem", "moço", "ô sô"),
    "Sudeste": ("mano", "uai", "cara", "pô", "nossa", "pqp"),
    "Sul": ("bah", "bah, tchê", "tchê", "bah guri", "mas bah"),
}


def pick_region(rng: random.Random) -> str:
    """A region drawn with the population weights."""
    return rng.choices(REGIONS, weights=[REGION_WEIGHTS[region] for region in REGIONS])[0]


def pick_place(rng: random.Random, region: str) -> Place:
    """A city of `region`; the capitals and big cities come first in each list and are favoured."""
    places = PLACES_BY_REGION[region]
    weights = [1.0 / (1 + index * 0.25) for index in range(len(places))]
    return rng.choices(places, weights=weights)[0]
