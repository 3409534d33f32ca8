"""Fixtures of the evaluate tests: tiny real training runs (a few optimizer steps on the offline
models, trained once per session) and the in-memory examples they were trained on."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

LABELS = ("fatura", "sinal", "cancelamento")
PHRASES = {
    "fatura": ["minha fatura veio com valor errado", "cobrança duplicada na conta deste mês", "quero a segunda via do boleto"],
    "sinal": ["estou sem sinal de internet em casa", "a internet cai toda hora", "o 4g não pega no meu bairro"],
    "cancelamento": ["quero cancelar meu plano", "desejo encerrar o contrato", "como faço para cancelar a linha"],
}


def classification_examples(n: int, seed: int, start: int = 0):
    from afinar.data.example import Example, SourceRef

    rng = random.Random(seed)
    examples = []
    for i in range(start, start + n):
        label = LABELS[i % len(LABELS)]
        text = f"{rng.choice(PHRASES[label])}, protocolo {rng.randint(1000, 9999)}"
        groups = {"region": rng.choice(["Norte", "Sul"]), "gender": rng.choice(["feminino", "masculino"])}
        examples.append(Example(kind="classification", record_id=f"c{i}", source=SourceRef("tickets.jsonl", i + 1), text=text, labels=(label,), groups=groups))
    return examples


def chat_examples(n: int, seed: int, start: int = 0):
    from afinar.data.example import Example, Message, SourceRef

    rng = random.Random(seed)
    colours = ["vermelho", "azul", "verde"]
    examples = []
    for i in range(start, start + n):
        colour = colours[i % 3]
        messages = (Message("user", f"Qual é a cor do pedido {i}?"), Message("assistant", f"O pedido {i} é {colour}."))
        examples.append(Example(kind="chat", record_id=f"s{i}", source=SourceRef("chats.jsonl", i + 1), messages=messages, groups={"area": rng.choice(["civil", "trabalhista"])}))
    return examples


def write_spec(folder: Path, spec: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "afinar.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return folder


CLASSIFICATION_SPEC = {
    "project": "eval-cls",
    "task": "classification",
    "base_model": "minilm-l6",
    "data": {"sources": ["tickets.jsonl"], "already_anonymized": True, "group_fields": ["region", "gender"]},
    "train": {"method": "lora", "max_steps": 8, "batch_size": 16, "learning_rate": 2e-3, "threads": 2, "eval_every": 8},
    "evaluate": {
        "bootstrap_resamples": 200, "min_group_size": 5, "forgetting_texts": 16, "batch_size": 64,
        "gates": {"macro_f1": ">=0.5", "fairness_gap": "<=0.5"},
    },
}

SFT_SPEC = {
    "project": "eval-sft",
    "task": "sft",
    "base_model": "smollm2-135m-instruct",
    "data": {"sources": ["chats.jsonl"], "already_anonymized": True, "group_fields": ["area"]},
    "train": {"method": "lora", "max_steps": 4, "batch_size": 8, "learning_rate": 1e-3, "threads": 2, "max_seq_len": 64, "replay": {"ratio": 0.0}},
    "evaluate": {
        "bootstrap_resamples": 100, "min_group_size": 2, "max_new_tokens": 12, "batch_size": 8, "memorisation_prompts": 4,
        "forgetting_texts": 16,
        "gates": {"forgetting": "<=5", "memorised_pii": "==0"},
    },
}


@pytest.fixture(scope="session")
def eval_workspace(tmp_path_factory, shared_model_cache):
    from afinar.workspace import Workspace

    ws = Workspace.open(tmp_path_factory.mktemp("eval-ws"))
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def classification_run(eval_workspace, tmp_path_factory):
    """(loaded spec, run, {"train", "test"} examples) of an 8-step LoRA run on MiniLM."""
    from afinar.config import load_spec
    from afinar.train import train

    loaded = load_spec(write_spec(tmp_path_factory.mktemp("cls-project"), CLASSIFICATION_SPEC))
    examples = {"train": classification_examples(128, seed=1), "validation": classification_examples(16, seed=2, start=1000)}
    run = train(loaded, eval_workspace, examples=examples, log=lambda _m: None)
    return loaded, run, {"train": examples["train"], "test": classification_examples(48, seed=3, start=2000)}


@pytest.fixture(scope="session")
def sft_run(eval_workspace, tmp_path_factory):
    """(loaded spec, run, {"train", "test"} examples) of a 4-step LoRA run on SmolLM2-135M."""
    from afinar.config import load_spec
    from afinar.train import train

    loaded = load_spec(write_spec(tmp_path_factory.mktemp("sft-project"), SFT_SPEC))
    examples = {"train": chat_examples(32, seed=1), "validation": chat_examples(8, seed=2, start=1000)}
    run = train(loaded, eval_workspace, examples=examples, log=lambda _m: None)
    return loaded, run, {"train": examples["train"], "test": chat_examples(8, seed=3, start=2000)}
