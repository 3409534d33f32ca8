"""Fixtures of the registry tests: people with roles, quick recorded runs (rows and small
artifacts, for the life-cycle tables), and one real world built once per session: two datasets
full of personal data prepared by the data stage, a short LoRA run on minilm-l6 with its real
evaluation, and a recorded run on the second dataset (copied into each test that uses it)."""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

PROJECT = "atendimento-telecom"
LABEL_TEXT = {
    "fatura": "minha fatura veio com um valor errado e quero revisar a cobrança deste mês",
    "suporte": "a internet cai toda hora e o sinal do roteador fica fraco à noite",
    "cancelamento": "quero cancelar o contrato e saber quanto fica a multa de fidelidade",
}
# One person planted in several records of the first dataset (and one record of the second).
PLANTED = {"name": "Josefina Albuquerque Trindade", "cpf": "529.982.247-25", "email": "josefina.trindade@exemplo.com.br"}


@dataclass
class People:
    admin: object
    scientist: object
    reviewer: object
    second_reviewer: object
    viewer: object
    tokens: dict


def make_people(workspace) -> People:
    from afinar.registry import identity

    admin = identity.local_user(workspace)  # the OS user: bootstrapped as the workspace's admin
    tokens, users = {}, {}
    for name, role in (("ana.cientista", "data_scientist"), ("bruno.revisor", "reviewer"), ("carla.revisora", "reviewer"), ("vitor.leitor", "viewer")):
        identity.add_user(workspace, admin, name, [role])
        token, _ = identity.create_token(workspace, admin, name, label="tests")
        tokens[name] = token
        users[name] = identity.authenticate(workspace, token)
    return People(admin, users["ana.cientista"], users["bruno.revisor"], users["carla.revisora"], users["vitor.leitor"], tokens)


@pytest.fixture
def people(workspace) -> People:
    return make_people(workspace)


def base_spec(**governance) -> dict:
    return {
        "project": PROJECT,
        "task": "classification",
        "base_model": "minilm-l6",
        "data": {"sources": ["data/tickets.jsonl"], "group_fields": ["region"], "split": {"validation": 0.2, "test": 0.2}, "dedup": {"near": None}},
        "privacy": {"default": "pseudonymize", "entities": {"BR_CPF": "replace", "EMAIL_ADDRESS": "mask"}},
        "train": {"method": "lora", "max_steps": 2, "batch_size": 8},
        "evaluate": {"gates": {"macro_f1": ">=0.5"}},
        "governance": {"reviewers": [], "legal_basis": "LGPD art. 7, IX (legítimo interesse)", "intended_use": "Encaminhar tickets.", "out_of_scope": "Decisões automáticas de crédito.", **governance},
    }


def record_run(workspace, *, author: str = "ana.cientista", passed: bool | None = True, macro_f1: float = 0.9, project: str = PROJECT, dataset_id: str | None = None, test_source: str | None = None, **governance) -> str:
    """A completed run as the train stage records it (row + output artifact), and, unless
    `passed` is None, an evaluation as the evaluate stage records it. No model is trained."""
    from afinar.config import Spec
    from afinar.evaluate.records import record_evaluation
    from afinar.workspace.schema import RunRow

    spec = Spec.model_validate({**base_spec(**governance), "project": project}).model_dump(mode="json")
    run_id = f"run-{uuid.uuid4().hex[:10]}"
    folder = Path(tempfile.mkdtemp())
    (folder / "afinar-run.json").write_text(json.dumps({"run_id": run_id, "labels": ["a", "b"]}), encoding="utf-8")
    output = workspace.store.put_dir(folder, kind="train_output")
    shutil.rmtree(folder)
    with workspace.write_session() as session:
        session.add(
            RunRow(
                id=run_id, project=project, task="classification", method="lora", base_model="minilm-l6", base_weights_sha256="0" * 64,
                dataset_id=dataset_id, parent_run_id=None, status="completed", spec_json=json.dumps(spec), spec_sha256="1" * 64,
                output_sha256=output.sha256, steps=2, created_by=author, created_at=datetime.now(UTC), finished_at=datetime.now(UTC),
            )
        )
    if passed is not None:
        evaluation_id = f"eval-{uuid.uuid4().hex[:10]}"
        result = {
            "schema": "afinar.evaluation/1", "id": evaluation_id, "project": project, "task": "classification",
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "created_by": author,
            "run": {"id": run_id, "dataset_id": dataset_id}, "settings": {"max_test_examples": None, "seed": 0},
            "primary_metric": "macro_f1", "metrics": {"macro_f1": macro_f1}, "comparison": None,
            "test": {"name": "test", "source": test_source or f"dataset {dataset_id} split test", "examples": 40},
            "gates": [{"metric": "macro_f1", "expression": ">=0.5", "value": macro_f1, "passed": passed, "reason": "recorded by the test"}],
            "passed": passed, "seconds": 1.0,
        }
        folder = Path(tempfile.mkdtemp())
        (folder / "evaluation.json").write_text(json.dumps(result), encoding="utf-8")
        artifact = workspace.store.put_dir(folder, kind="evaluation")
        shutil.rmtree(folder)
        record_evaluation(workspace, result, artifact.sha256)
    return run_id


# -- the real world: data stage, train stage and evaluate stage on minilm-l6 --------------------------------


def ticket_rows(seed: int, count: int, planted_at: tuple[int, ...] = ()) -> list[dict]:
    """Support tickets full of personal data (names, CPF, e-mail, phone, address) from Faker's pt_BR
    locale; the records at `planted_at` are about the PLANTED person."""
    from faker import Faker

    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    labels = sorted(LABEL_TEXT)
    attendants = [fake.name() for _ in range(3)]
    rows = []
    for i in range(count):
        label = labels[i % len(labels)]
        if i in planted_at:
            name, cpf, email = PLANTED["name"], PLANTED["cpf"], PLANTED["email"]
        else:
            name, cpf, email = fake.name(), fake.cpf(), fake.email()
        text = (
            f"Olá, aqui é {name}, CPF {cpf}, e-mail {email}, telefone {fake.cellphone_number()}. "
            f"Moro na {fake.street_address()}. {LABEL_TEXT[label].capitalize()}, obrigado."
        )
        rows.append({"id": f"t{seed}-{i}", "text": text, "label": label, "region": rng.choice(["Norte", "Sul"]), "atendente": rng.choice(attendants)})
    return rows


def write_project(folder: Path, project: str, rows: list[dict], **governance) -> Path:
    spec = base_spec(**governance)
    spec["project"] = project
    spec["data"]["group_fields"] = ["region", "atendente"]  # attendants' names: personal data in a group field
    spec["evaluate"] = {"gates": {"macro_f1": ">=0.0"}, "bootstrap_resamples": 200, "forgetting": True}
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "data" / "tickets.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (folder / "afinar.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return folder


@dataclass
class World:
    root: Path
    projects: dict  # name -> project folder
    datasets: dict  # "a", "b" -> dataset id
    runs: dict  # "a": trained on dataset a; "b": recorded on dataset b -> run id
    evaluations: dict  # "a" -> evaluation id
    all_values: list  # every personal-data value written into the sources


def build_world(root: Path) -> World:
    from afinar.config import load_spec
    from afinar.data import prepare
    from afinar.evaluate import evaluate
    from afinar.train import train
    from afinar.workspace import Workspace

    quiet = lambda _message: None  # noqa: E731
    rows_a = ticket_rows(1, 60, planted_at=(3, 17, 31, 44))
    rows_b = ticket_rows(2, 45)
    projects = {"a": write_project(root / "atendimento", PROJECT, rows_a), "b": write_project(root / "varejo", "atendimento-varejo", rows_b)}
    workspace = Workspace.open(root / "ws")
    loaded = {key: load_spec(folder) for key, folder in projects.items()}
    datasets = {key: prepare(spec, workspace, log=quiet).id for key, spec in loaded.items()}
    runs = {"a": train(loaded["a"], workspace, dataset_id=datasets["a"], log=quiet).id}
    evaluations = {"a": evaluate(runs["a"], workspace, log=quiet).id}
    # The second project's run only needs to exist as the train stage records it (no model is used).
    runs["b"] = record_run(workspace, author="tester", passed=None, project="atendimento-varejo", dataset_id=datasets["b"])
    workspace.close()
    values = [PLANTED["name"], PLANTED["cpf"], PLANTED["email"]]
    for row in rows_a + rows_b:
        text = row["text"]
        values += [text.split("aqui é ")[1].split(",")[0], text.split("CPF ")[1].split(",")[0], text.split("e-mail ")[1].split(",")[0], row["atendente"]]
    return World(root, projects, datasets, runs, evaluations, sorted(set(values)))


@pytest.fixture(scope="session")
def world_template(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def world(world_template, tmp_path):
    """A private copy of the world's workspace (artifacts and database), opened."""
    from afinar.workspace import Workspace

    shutil.copytree(world_template.root / "ws", tmp_path / "ws", symlinks=True)
    workspace = Workspace.open(tmp_path / "ws")
    yield world_template, workspace
    workspace.close()


# -- a tiny chat model (Llama architecture, ChatML template) built on the spot, for causal-LM export --------

CHATML = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def tiny_chat_model(folder: Path) -> Path:
    """A 2-layer Llama with a word-level tokenizer and a ChatML template, saved as a local base model."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    words = sorted(set("olá bom dia minha fatura veio errada internet caiu quero cancelar o plano posso ajudar com cancelamento user assistant system".split()))
    specials = ["<unk>", "<pad>", "<s>", "<|im_start|>", "<|im_end|>"]
    vocab = {token: i for i, token in enumerate(specials + words)}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="<unk>", pad_token="<pad>", bos_token="<s>", eos_token="<|im_end|>", additional_special_tokens=["<|im_start|>"]
    )
    fast.chat_template = CHATML
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(vocab), hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=2,
        max_position_embeddings=128, bos_token_id=vocab["<s>"], eos_token_id=vocab["<|im_end|>"], pad_token_id=vocab["<pad>"], tie_word_embeddings=False,
    )
    LlamaForCausalLM(config).save_pretrained(folder, safe_serialization=True)
    fast.save_pretrained(folder)
    return folder
