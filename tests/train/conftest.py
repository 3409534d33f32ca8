"""Tiny projects for the train stage: Portuguese tickets and chats written to a tmp folder, and
specs with short sequences and few steps so the whole folder runs in a few minutes on 2 cores."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml

INTENTS = {
    "fatura": ["minha fatura veio com valor errado", "cobraram duas vezes na conta deste mês", "quero a segunda via do boleto"],
    "internet": ["a internet caiu de novo desde ontem", "o wifi está muito lento à noite", "estou sem sinal de internet em casa"],
    "cancelamento": ["quero cancelar o meu plano", "como faço para encerrar o contrato", "desejo cancelar a linha móvel"],
}
ANSWERS = {
    "fatura": "Entendo. Vou verificar a sua fatura e corrigir a cobrança em até 48 horas.",
    "internet": "Sinto muito. Reinicie o modem por 30 segundos; se não voltar, abro um chamado técnico.",
    "cancelamento": "Posso ajudar com o cancelamento. Antes, posso oferecer um desconto de 30% por seis meses?",
}


def ticket_records(n: int, seed: int = 0, *, multi_label: bool = False) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        label = rng.choice(sorted(INTENTS))
        text = f"{rng.choice(['olá', 'bom dia', 'boa tarde'])}, {rng.choice(INTENTS[label])}. protocolo {1000 + i}"
        labels: str | list[str] = label
        if multi_label:
            other = rng.choice(sorted(INTENTS))
            text += f"; também: {rng.choice(INTENTS[other])}"
            labels = sorted({label, other})
        records.append({"id": f"t{i}", "text": text, "label": labels})
    return records


def chat_records(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        label = rng.choice(sorted(INTENTS))
        records.append(
            {
                "id": f"c{i}",
                "messages": [
                    {"role": "user", "content": f"{rng.choice(INTENTS[label])} (cliente {i})"},
                    {"role": "assistant", "content": ANSWERS[label]},
                ],
            }
        )
    return records


def write_project(folder: Path, *, task: str, base_model: str, records: list[dict], train: dict, project: str = "teste") -> Path:
    """A project folder with data/records.jsonl and afinar.yaml; returns the spec path."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    with open(folder / "data" / "records.jsonl", "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    spec = {
        "project": project,
        "task": task,
        "base_model": base_model,
        "data": {
            "sources": ["data/records.jsonl"],
            "already_anonymized": True,
            "language": None,
            "dedup": {"exact": False, "near": None},
            "split": {"validation": 0.2, "test": 0.05, "seed": 1, "stratify": task == "classification"},
        },
        "train": {"replay": {"ratio": 0.0}, **train},
    }
    path = folder / "afinar.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def split_examples(loaded, records: list[dict], validation: int) -> dict:
    from afinar.train.examples import examples_from_records

    examples = examples_from_records(records, loaded.spec.data)
    return {"train": examples[validation:], "validation": examples[:validation]}


@pytest.fixture
def project_dir(tmp_path) -> Path:
    return tmp_path / "project"


@pytest.fixture(scope="session")
def model_workspace(tmp_path_factory, shared_model_cache):
    """One workspace whose model cache (the session's) holds the offline models, pulled once."""
    from afinar.workspace import Workspace

    workspace = Workspace.open(tmp_path_factory.mktemp("models-ws"))
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def smollm2_tokenizer(model_workspace):
    from transformers import AutoTokenizer

    from afinar.models import pull

    return AutoTokenizer.from_pretrained(pull("smollm2-135m-instruct", model_workspace, log=lambda _m: None).path)


@pytest.fixture(scope="session")
def gemma_tokenizer(model_workspace):
    from transformers import AutoTokenizer

    from afinar.models import pull

    return AutoTokenizer.from_pretrained(pull("gemma3-270m", model_workspace, log=lambda _m: None).path)
