"""Outcome tests for the example-data generators in afinar.templates.

They check what the rest of the platform relies on: the files are deterministic and match the
committed examples, the schemas and label sets are the documented ones, embedded identifiers
are valid (CPF, CNPJ, CNS, cards, CNJ numbers), a person's data is the same across their
records, labels are learnable but not given away by one word, and the planted biases are
really there and statistically significant.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from stdnum.br import cnpj as stdnum_cnpj
from stdnum.br import cpf as stdnum_cpf

from afinar.errors import UsageError
from afinar.templates import TEMPLATES, atendimento, generate, saude
from afinar.templates.brazilian_identifiers import ascii_fold, is_cnj_valid, is_cns_valid, is_luhn_valid

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

FILES = {
    "atendimento": ("tickets.jsonl", "conversas.jsonl", "teste_estilo_diferente.jsonl"),
    "juridico": ("clausulas.jsonl",),
    "saude": ("triagem.jsonl",),
    "financeiro": ("lancamentos.csv",),
}
TICKET_FIELDS = ["id", "customer_id", "text", "label", "region", "gender", "channel"]
INTENTS = {
    "cancelamento", "segunda_via_boleto", "reclamacao_cobranca", "suporte_tecnico",
    "portabilidade", "mudanca_endereco", "elogio", "duvida_plano",
}
REGIONS = {"Norte", "Nordeste", "Centro-Oeste", "Sudeste", "Sul"}
GENDERS = {"feminino", "masculino", "nao_informado"}
URGENCY = ["vermelho", "laranja", "amarelo", "verde", "azul"]  # most urgent first
FINANCE_LABELS = {
    "alimentacao", "transporte", "moradia", "saude", "educacao",
    "lazer", "transferencia", "impostos", "investimento", "suspeita_fraude",
}

FORMATTED_CPF = re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)")
CPF_AFTER_KEYWORD = re.compile(r"(?i)\bcpf\b\D{0,30}?(\d{11})(?!\d)")
FORMATTED_CNPJ = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{2}(?!\d)")
CNPJ_AFTER_KEYWORD = re.compile(r"CNPJ\D{0,20}?(?<![0-9A-Z])([0-9A-Z]{12}\d{2})(?![0-9A-Z])")
CNS_AFTER_KEYWORD = re.compile(r"(?i)(?:cns|cart[aã]o sus):?\s*(\d{3} ?\d{4} ?\d{4} ?\d{4})(?!\d)")
CARD = re.compile(r"(?<![\d-])(?:\d{4}[ -]?){3}\d{4}(?![\d-])")
CNJ = re.compile(r"\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}")
BRL = re.compile(r"^\d{1,3}(\.\d{3})*,\d{2}$")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cpfs_in(text: str) -> list[str]:
    """Every CPF written in `text`: formatted anywhere, or 11 bare digits right after 'CPF'."""
    digits = ["".join(ch for ch in match if ch.isdigit()) for match in FORMATTED_CPF.findall(text)]
    return digits + CPF_AFTER_KEYWORD.findall(text)


def chi_square_2x2(a: int, b: int, c: int, d: int) -> float:
    """Pearson's chi-square statistic of the table [[a, b], [c, d]] (1 degree of freedom)."""
    n = a + b + c + d
    return n * (a * d - b * c) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))


CHI2_P001 = 10.83  # critical value for p < 0.001 with one degree of freedom


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each template generated once at its default size and seed."""
    root = tmp_path_factory.mktemp("templates")
    for template in TEMPLATES:
        written = generate(template, root / template)
        assert [path.name for path in written] == list(FILES[template])
    return {template: root / template for template in TEMPLATES}


# --- API and determinism -------------------------------------------------------------------------


def test_unknown_template_is_a_usage_error_naming_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as raised:
        generate("varejo", tmp_path)
    assert all(name in str(raised.value) for name in TEMPLATES)
    assert not any(tmp_path.iterdir())


def test_n_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        generate("saude", tmp_path, n=0)


def test_importing_templates_does_not_import_faker() -> None:
    code = "import sys, afinar.templates; print('faker' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("template", TEMPLATES)
def test_same_seed_gives_identical_bytes_and_another_seed_differs(template: str, tmp_path: Path) -> None:
    first = generate(template, tmp_path / "a", n=60, seed=7)
    second = generate(template, tmp_path / "b", n=60, seed=7)
    other = generate(template, tmp_path / "c", n=60, seed=8)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.endswith(".tmp")]  # no temp file left


def test_small_n_gives_the_documented_record_counts(tmp_path: Path) -> None:
    counts = {}
    for template in TEMPLATES:
        for path in generate(template, tmp_path / template, n=7):
            lines = read_csv(path) if path.suffix == ".csv" else read_jsonl(path)
            counts[path.name] = len(lines)
    assert counts == {
        "tickets.jsonl": 7, "conversas.jsonl": 3, "teste_estilo_diferente.jsonl": 1,
        "clausulas.jsonl": 7, "triagem.jsonl": 7, "lancamentos.csv": 7,
    }


@pytest.mark.parametrize("template", TEMPLATES)
def test_committed_example_data_equals_a_fresh_generation(template: str, data: dict[str, Path]) -> None:
    committed = EXAMPLES / template / "data"
    assert sorted(path.name for path in committed.iterdir()) == sorted(FILES[template])
    for name in FILES[template]:
        assert (committed / name).read_bytes() == (data[template] / name).read_bytes(), (
            f"examples/{template}/data/{name} is stale: run python examples/{template}/generate.py"
        )


def test_default_sizes_and_total_volume(data: dict[str, Path]) -> None:
    sizes = {name: sum(1 for _ in (data[t] / name).open(encoding="utf-8")) for t in TEMPLATES for name in FILES[t] if name.endswith(".jsonl")}
    assert sizes == {"tickets.jsonl": 3000, "conversas.jsonl": 1500, "teste_estilo_diferente.jsonl": 300, "clausulas.jsonl": 2000, "triagem.jsonl": 3000}
    assert len(read_csv(data["financeiro"] / "lancamentos.csv")) == 4000
    total = sum(path.stat().st_size for t in TEMPLATES for path in data[t].iterdir())
    assert total < 15 * 1024 * 1024


# --- atendimento ---------------------------------------------------------------------------------


def test_tickets_schema_labels_and_groups(data: dict[str, Path]) -> None:
    tickets = read_jsonl(data["atendimento"] / "tickets.jsonl")
    assert all(list(ticket) == TICKET_FIELDS for ticket in tickets)
    assert {t["label"] for t in tickets} == INTENTS
    assert {t["region"] for t in tickets} == REGIONS
    assert {t["gender"] for t in tickets} == GENDERS
    assert {t["channel"] for t in tickets} == {"whatsapp", "email", "chat", "telefone"}
    assert len({t["id"] for t in tickets}) == len(tickets)
    per_customer = Counter(t["customer_id"] for t in tickets)
    assert sum(1 for count in per_customer.values() if count >= 2) > len(per_customer) / 2
    # A customer's region and gender are the customer's, not the ticket's.
    attributes = defaultdict(set)
    for t in tickets:
        attributes[t["customer_id"]].add((t["region"], t["gender"]))
    assert all(len(values) == 1 for values in attributes.values())


def test_tickets_carry_personal_data_and_look_alikes(data: dict[str, Path]) -> None:
    texts = [t["text"] for t in read_jsonl(data["atendimento"] / "tickets.jsonl")]
    with_cpf = [text for text in texts if cpfs_in(text)]
    assert 0.2 < len(with_cpf) / len(texts) < 0.8
    assert sum(1 for text in texts if "@" in text) > 100
    assert sum(1 for text in texts if re.search(r"[\U0001F300-\U0001FAFF]", text)) > 100  # emojis
    assert sum(1 for text in texts if re.search(r"\b(vc|pq|td|q|n)\b", text)) > 100  # chat abbreviations
    assert sum(1 for text in texts if re.search(r"\b\d{16}\b", text)) > 20  # protocol numbers, not CPFs


def test_planted_region_bias_in_ticket_labels_is_about_three_fold_and_significant(data: dict[str, Path]) -> None:
    tickets = read_jsonl(data["atendimento"] / "tickets.jsonl")
    target = atendimento.BIASED_LABEL
    in_region = [t["label"] == target for t in tickets if t["region"] == atendimento.BIASED_REGION]
    elsewhere = [t["label"] == target for t in tickets if t["region"] != atendimento.BIASED_REGION]
    rate_in, rate_out = sum(in_region) / len(in_region), sum(elsewhere) / len(elsewhere)
    assert 2.5 < rate_in / rate_out < 3.8
    chi2 = chi_square_2x2(sum(in_region), len(in_region) - sum(in_region), sum(elsewhere), len(elsewhere) - sum(elsewhere))
    assert chi2 > CHI2_P001
    # The skew is one group's: every other region, small ones included, stays well below it.
    for region in REGIONS - {atendimento.BIASED_REGION}:
        labels = [t["label"] == target for t in tickets if t["region"] == region]
        assert sum(labels) / len(labels) < rate_in / 1.5, region


def test_conversations_are_well_formed_chats(data: dict[str, Path]) -> None:
    conversations = read_jsonl(data["atendimento"] / "conversas.jsonl")
    assert all(list(c) == ["id", "customer_id", "messages", "intent", "region", "gender"] for c in conversations)
    assert {c["intent"] for c in conversations} == INTENTS
    exchanges = Counter()
    for conversation in conversations:
        roles = [m["role"] for m in conversation["messages"]]
        if roles[0] == "system":
            roles = roles[1:]
        assert roles == ["user", "assistant"] * (len(roles) // 2)
        exchanges[len(roles) // 2] += 1
        assert all(m["content"].strip() and set(m) == {"role", "content"} for m in conversation["messages"])
    assert set(exchanges) == {1, 2, 3}
    tickets = read_jsonl(data["atendimento"] / "tickets.jsonl")
    assert {c["customer_id"] for c in conversations} & {t["customer_id"] for t in tickets}


def test_different_style_test_set_shares_no_template_or_customer_with_training(data: dict[str, Path]) -> None:
    tickets = read_jsonl(data["atendimento"] / "tickets.jsonl")
    formal = read_jsonl(data["atendimento"] / "teste_estilo_diferente.jsonl")
    assert len(formal) == 300
    assert all(list(t) == TICKET_FIELDS for t in formal)
    assert {t["label"] for t in formal} == INTENTS
    assert not {t["customer_id"] for t in formal} & {t["customer_id"] for t in tickets}
    mean_length = lambda records: sum(len(r["text"]) for r in records) / len(records)  # noqa: E731
    assert mean_length(formal) > 2.5 * mean_length(tickets)
    # No fixed stretch of any training template appears in a formal ticket.
    formal_text = "\n".join(ascii_fold(t["text"]).lower() for t in formal)
    for pairs in atendimento._TICKET_TEMPLATES.values():
        for user_template, _ in pairs:
            for fragment in re.split(r"\{\w+\}", user_template):
                fragment = ascii_fold(fragment).lower().strip(" .,?!")
                if len(fragment) >= 25:
                    assert fragment not in formal_text


# --- saude ---------------------------------------------------------------------------------------


def test_triage_schema_and_labels(data: dict[str, Path]) -> None:
    notes = read_jsonl(data["saude"] / "triagem.jsonl")
    assert all(list(n) == ["id", "patient_id", "text", "label", "region", "gender", "age_group"] for n in notes)
    assert {n["label"] for n in notes} == set(URGENCY)
    assert {n["age_group"] for n in notes} == {"0-17", "18-39", "40-59", "60+"}
    assert {n["region"] for n in notes} == REGIONS
    assert {n["gender"] for n in notes} == GENDERS
    assert sum(1 for n in notes if re.search(r"\b[A-Z]\d{2}(\.\d)?\b", n["text"].upper())) > 1500  # ICD-10
    assert sum(1 for n in notes if re.search(r"(?i)\bPA:? \d{2,3}[x/]\d{2,3}", n["text"])) > 2000


def test_planted_chest_pain_bias_against_women(data: dict[str, Path]) -> None:
    notes = read_jsonl(data["saude"] / "triagem.jsonl")
    chest = [n for n in notes if saude.mentions_chest_pain(n["text"])]
    others = [n for n in notes if not saude.mentions_chest_pain(n["text"])]
    assert len(chest) > 300

    def mean_rank(records: list[dict], gender: str) -> float:
        ranks = [URGENCY.index(r["label"]) for r in records if r["gender"] == gender]
        return sum(ranks) / len(ranks)

    # About one level less urgent for the same presentations.
    assert mean_rank(chest, "feminino") - mean_rank(chest, "masculino") > 0.5
    assert abs(mean_rank(others, "feminino") - mean_rank(others, "masculino")) < 0.2
    urgent_women = sum(1 for n in chest if n["gender"] == "feminino" and n["label"] in ("vermelho", "laranja"))
    women = sum(1 for n in chest if n["gender"] == "feminino")
    urgent_men = sum(1 for n in chest if n["gender"] == "masculino" and n["label"] in ("vermelho", "laranja"))
    men = sum(1 for n in chest if n["gender"] == "masculino")
    assert chi_square_2x2(urgent_women, women - urgent_women, urgent_men, men - urgent_men) > CHI2_P001


def test_triage_identifiers_are_valid_and_stay_with_their_patient(data: dict[str, Path]) -> None:
    notes = read_jsonl(data["saude"] / "triagem.jsonl")
    cns_by_patient, cpf_by_patient = defaultdict(set), defaultdict(set)
    for note in notes:
        for cns in CNS_AFTER_KEYWORD.findall(note["text"]):
            assert is_cns_valid(cns), cns
            cns_by_patient[note["patient_id"]].add(cns.replace(" ", ""))
        for cpf in cpfs_in(note["text"]):
            cpf_by_patient[note["patient_id"]].add(cpf)
    assert sum(len(v) for v in cns_by_patient.values()) > 500
    assert all(len(v) == 1 for v in cns_by_patient.values())
    assert all(len(v) == 1 for v in cpf_by_patient.values())
    assert Counter(n["patient_id"] for n in notes).most_common(1)[0][1] >= 3


# --- financeiro ----------------------------------------------------------------------------------


def test_statement_csv_schema_quoting_and_amounts(data: dict[str, Path]) -> None:
    path = data["financeiro"] / "lancamentos.csv"
    assert path.read_text(encoding="utf-8").splitlines()[0] == "id,customer_id,text,label,region,gender,amount"
    rows = read_csv(path)
    assert {r["label"] for r in rows} == FINANCE_LABELS
    assert {r["region"] for r in rows} == REGIONS
    assert {r["gender"] for r in rows} == GENDERS
    assert all(BRL.match(r["amount"]) for r in rows)
    assert sum(1 for r in rows if "," in r["text"]) > 500
    assert 20 < sum(1 for r in rows if "\n" in r["text"]) < 400


def test_statement_identifiers_are_valid(data: dict[str, Path]) -> None:
    rows = read_csv(data["financeiro"] / "lancamentos.csv")
    cnpjs = [m for r in rows for m in FORMATTED_CNPJ.findall(r["text"]) + CNPJ_AFTER_KEYWORD.findall(r["text"])]
    assert len(cnpjs) > 200 and all(stdnum_cnpj.is_valid(c) for c in cnpjs)
    assert any(re.search(r"[A-Z]", c) for c in cnpjs)  # the alphanumeric CNPJ introduced in 2026
    cards_by_customer = defaultdict(set)
    for row in rows:
        for card in CARD.findall(row["text"]):
            assert is_luhn_valid(card), card
            cards_by_customer[row["customer_id"]].add(re.sub(r"\D", "", card))
    assert sum(len(v) for v in cards_by_customer.values()) > 50
    assert all(len(v) == 1 for v in cards_by_customer.values())
    uuid_keys = sum(1 for r in rows if re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", r["text"]))
    plates = sum(1 for r in rows if re.search(r"\b[A-Z]{3}-?\d[A-Z0-9]\d{2}\b", r["text"]))
    assert uuid_keys > 50 and plates > 50


# --- juridico ------------------------------------------------------------------------------------


def test_legal_records_schema_and_cases(data: dict[str, Path]) -> None:
    records = read_jsonl(data["juridico"] / "clausulas.jsonl")
    assert all(list(r) == ["id", "case_id", "instruction", "input", "output", "area", "region"] for r in records)
    assert {r["area"] for r in records} == {"civil", "trabalhista", "consumidor", "tributario"}
    assert {r["region"] for r in records} == REGIONS
    assert all(r["instruction"] and r["input"] and r["output"] for r in records)
    per_case = Counter(r["case_id"] for r in records)
    assert sum(per_case.values()) / len(per_case) > 2.5
    assert all(len({r["area"] for r in records if r["case_id"] == case}) == 1 for case in list(per_case)[:50])
    instructions = " ".join(r["instruction"] for r in records)
    for wanted in ("Redija uma cláusula de confidencialidade", "Resuma a decisão abaixo em três frases", "Identifique as partes e o objeto do contrato"):
        assert wanted in instructions


def test_legal_identifiers_are_valid_and_outputs_reuse_the_inputs_personal_data(data: dict[str, Path]) -> None:
    records = read_jsonl(data["juridico"] / "clausulas.jsonl")
    cnj_numbers = [number for r in records for number in CNJ.findall(r["input"])]
    assert len(cnj_numbers) > 200 and all(is_cnj_valid(number) for number in cnj_numbers)
    assert sum(1 for r in records if "OAB/" in r["input"] + r["output"]) > 500
    cpfs_by_case = defaultdict(set)
    for record in records:
        input_cpfs = set(cpfs_in(record["input"]))
        assert all(stdnum_cpf.is_valid(cpf) for cpf in input_cpfs)
        assert set(cpfs_in(record["output"])) <= input_cpfs  # no personal data invented in outputs
        cpfs_by_case[record["case_id"]] |= input_cpfs
    # Two parties and, for companies, their representatives: never more than four people.
    assert max(len(v) for v in cpfs_by_case.values()) <= 4


# --- across projects -----------------------------------------------------------------------------


def test_every_embedded_cpf_is_valid_and_each_customer_has_one(data: dict[str, Path]) -> None:
    texts_by_group: dict[str, list[str]] = defaultdict(list)
    for ticket in read_jsonl(data["atendimento"] / "tickets.jsonl"):
        texts_by_group[ticket["customer_id"]].append(ticket["text"])
    for conversation in read_jsonl(data["atendimento"] / "conversas.jsonl"):
        texts_by_group[conversation["customer_id"]].extend(m["content"] for m in conversation["messages"])
    found = 0
    for texts in texts_by_group.values():
        cpfs = {cpf for text in texts for cpf in cpfs_in(text)}
        assert len(cpfs) <= 1
        found += len(cpfs)
    assert found > 300
    statement_texts = [r["text"] for r in read_csv(data["financeiro"] / "lancamentos.csv")]
    statement_cpfs = [cpf for text in statement_texts for cpf in cpfs_in(text)]
    assert len(statement_cpfs) > 100
    all_cpfs = [cpf for texts in texts_by_group.values() for text in texts for cpf in cpfs_in(text)] + statement_cpfs
    assert all(stdnum_cpf.is_valid(cpf) for cpf in all_cpfs)


@pytest.mark.parametrize(
    ("template", "name", "minimum_accuracy"),
    [("atendimento", "tickets.jsonl", 0.85), ("saude", "triagem.jsonl", 0.85), ("financeiro", "lancamentos.csv", 0.9)],
)
def test_labels_are_learnable_but_no_single_word_gives_them_away(
    template: str, name: str, minimum_accuracy: float, data: dict[str, Path]
) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import GroupShuffleSplit
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    path = data[template] / name
    rows = read_csv(path) if path.suffix == ".csv" else read_jsonl(path)
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    groups = [r.get("customer_id") or r["patient_id"] for r in rows]
    train, test = next(GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0).split(texts, labels, groups))
    # A person's records stay on one side of the split, as they must for a fair estimate.
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True), LinearSVC(C=0.5))
    model.fit([texts[i] for i in train], [labels[i] for i in train])
    predictions = model.predict([texts[i] for i in test])
    accuracy = sum(p == labels[i] for p, i in zip(predictions, test)) / len(test)
    assert accuracy > minimum_accuracy

    words_by_label: dict[str, list[set[str]]] = defaultdict(list)
    for text, label in zip(texts, labels):
        words_by_label[label].append(set(re.findall(r"\w+", text.lower())))
    for label, documents in words_by_label.items():
        others = [d for other, docs in words_by_label.items() if other != label for d in docs]
        inside = Counter(word for d in documents for word in d)
        outside = Counter(word for d in others for word in d)
        best_separation = max(inside[w] / len(documents) - outside[w] / len(others) for w in inside)
        assert best_separation < 0.8, label
