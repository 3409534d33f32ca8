"""Fixtures of the data-stage tests: a project writer, a workspace, and a fast token counter."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
import yaml

from afinar.config import load_spec
from afinar.data.example import Example

os.environ.setdefault("HF_HUB_OFFLINE", "1")

WORDS = (
    "internet fatura plano cancelar ajuda sinal caindo boleto pagamento atraso cliente pedido entrega produto "
    "troca reembolso senha acesso aplicativo loja atendimento velocidade conta cobrança desconto portabilidade "
    "roteador técnico visita instalação mensalidade contrato multa fidelidade chip linha recarga saldo bônus"
).split()


def portuguese_sentence(rng: random.Random, words: int = 14) -> str:
    return "Olá, " + " ".join(rng.choice(WORDS) for _ in range(words)) + " obrigado pela atenção."


class WordCounter:
    """A TokenCounter of whitespace words (+2 for special tokens): fast and predictable."""

    name = "words"

    def count(self, examples: list[Example]) -> list[int]:
        return [len(e.joined_text().split()) + 2 for e in examples]

    def truncate(self, example: Example, max_tokens: int) -> Example | None:
        if example.kind in ("classification", "text"):
            words = (example.text or "").split()[: max_tokens - 2]
            return example.with_texts([" ".join(words)]) if words else None
        return None


def write_jsonl(path: Path, rows: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def make_project(tmp_path):
    """make_project(data={...}, task=..., files={name: rows}) -> LoadedSpec."""

    def make(data: dict, task: str = "classification", base_model: str = "minilm-l6", extra: dict | None = None):
        spec = {"project": "teste", "task": task, "base_model": base_model, "data": {"already_anonymized": True, **data}}
        spec.update(extra or {})
        (tmp_path / "afinar.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
        return load_spec(tmp_path)

    return make


@pytest.fixture
def workspace(tmp_path):
    from afinar.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def words():
    return WordCounter()
