"""The registry on real runs: a dataset full of personal data prepared by the data stage, short
LoRA runs on minilm-l6 and their evaluations (conftest.build_world, built once per session).
Model cards, lineage, export, LGPD subject requests, and the command line."""

from __future__ import annotations

import json

import pytest
from .conftest import PLANTED, PROJECT, make_people, record_run

from afinar.audit import AuditLog
from afinar.registry import Registry

SENTENCES = [
    "Olá, minha fatura veio com um valor errado, podem revisar?",
    "A internet cai toda hora e o sinal do roteador está fraco.",
    "Quero cancelar o contrato, quanto fica a multa?",
]


@pytest.fixture
def approved(world):
    """(world, workspace, people, registry, version id of run a, approved)."""
    world_, workspace = world
    people = make_people(workspace)
    registry = Registry(workspace)
    version = registry.register(world_.runs["a"], people.scientist).id
    registry.submit(version, people.scientist)
    registry.approve(version, people.reviewer, reason="métricas revisadas")
    return world_, workspace, people, registry, version


def _variants(value: str) -> list[str]:
    digits = "".join(c for c in value if c.isdigit())
    return [value, value.lower(), value.upper()] + ([digits] if len(digits) >= 8 else [])


def _leaks(text: str, values: list[str]) -> list[str]:
    return [v for value in values for v in _variants(value) if v in text]


# -- model cards ------------------------------------------------------------------------------------------


def test_the_card_holds_no_personal_data_from_a_dataset_full_of_it(approved):
    world, workspace, people, registry, version = approved
    card = registry.card(version)
    for rendering in (card.markdown, card.html, json.dumps(card.to_json(), ensure_ascii=False)):
        assert _leaks(rendering, world.all_values) == []
    # The attendants' names are group values (not anonymised by the data stage): withheld, yet distinct.
    assert "[withheld #1: looks like PERSON]" in card.markdown and "[withheld #2: looks like PERSON]" in card.markdown


def test_the_card_is_built_from_the_records(approved):
    world, workspace, people, registry, version = approved
    from afinar.data import get_dataset
    from afinar.train import get_run

    run = get_run(workspace, world.runs["a"])
    manifest = get_dataset(workspace, run.dataset_id).manifest()
    markdown = registry.card(version).markdown
    front = markdown.split("---\n")[1]
    import yaml

    matter = yaml.safe_load(front)
    assert matter["license"] == "apache-2.0" and matter["base_model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert matter["language"] == ["pt"] and "afinar" in matter["tags"] and "lora" in matter["tags"]
    assert matter["model-index"][0]["name"] == version
    assert {m["type"] for m in matter["model-index"][0]["results"][0]["metrics"]} >= {"macro_f1", "accuracy"}
    for fact in (run.spec_sha256, run.dataset_id, run.base_weights_sha256, run.output_sha256, manifest["inputs"][0]["sha256"]):
        assert fact in markdown
    assert "LGPD art. 7, IX (legítimo interesse)" in markdown  # legal basis from the spec
    assert "pseudonymised (art. 13 §4)" in markdown and "anonymised (art. 12)" in markdown
    assert "| BR_CPF | " in markdown and "| replace | anonymised (art. 12) |" in markdown
    assert "Encaminhar tickets." in markdown and "Decisões automáticas de crédito." in markdown
    assert "| approve | bruno.revisor |" in markdown
    assert "Tuned versus base model" in markdown and "Forgetting (embedding_drift)" in markdown
    assert "afinar 0.1.0" in markdown
    html = registry.card(version).html
    assert html.startswith("<!DOCTYPE html>") and "<table>" in html and run.spec_sha256 in html


# -- lineage ----------------------------------------------------------------------------------------------


def test_lineage_is_read_from_the_records(approved):
    world, workspace, people, registry, version = approved
    from afinar.data import get_dataset
    from afinar.train import get_run

    chain = registry.lineage(version, verify=True)
    run = get_run(workspace, world.runs["a"])
    manifest = get_dataset(workspace, run.dataset_id).manifest()
    assert chain["run"]["id"] == run.id and chain["run"]["spec_sha256"] == run.spec_sha256
    assert chain["dataset"]["id"] == world.datasets["a"]
    assert [s["sha256"] for s in chain["dataset"]["sources"]] == [i["sha256"] for i in manifest["inputs"]]
    assert chain["dataset"]["privacy"]["policy"] == manifest["privacy"]["policy"]
    assert chain["base_model"]["weights_sha256"] == run.base_weights_sha256 and chain["base_model"]["cache_matches_run"]
    assert chain["evaluation"]["id"] == world.evaluations["a"]
    assert chain["code"]["registered_with"]["afinar"] == "0.1.0"
    assert set(chain["verified"].values()) == {"ok"}

    reverse = registry.models_from_dataset(world.datasets["a"][:12])
    assert [r["id"] for r in reverse["runs"]] == [world.runs["a"]]
    assert [v["id"] for v in reverse["model_versions"]] == [version]
    assert registry.models_from_dataset(world.datasets["b"])["model_versions"] == []


def test_lineage_follows_incremental_runs(approved):
    world, workspace, people, registry, version = approved
    from afinar.workspace.schema import RunRow

    child = record_run(workspace, dataset_id=world.datasets["b"])
    with workspace.write_session() as session:
        session.get(RunRow, child).parent_run_id = world.runs["a"]
    continued = registry.register(child, people.scientist, name="continuado").id
    assert registry.lineage(continued)["parent_runs"][0]["id"] == world.runs["a"]
    reverse = registry.models_from_dataset(world.datasets["a"])
    assert {v["id"] for v in reverse["model_versions"]} == {version, continued}


# -- export -----------------------------------------------------------------------------------------------


def _logits(model, tokenizer):
    import torch

    batch = tokenizer(SENTENCES, padding=True, return_tensors="pt")
    with torch.inference_mode():
        return model(**batch).logits.float()


def test_merged_export_loads_with_plain_transformers_and_agrees(approved, tmp_path):
    world, workspace, people, registry, version = approved
    import torch
    from peft import PeftModel
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from afinar.models import load_base
    from afinar.train import get_run

    with pytest.raises(Exception, match="only approved or production"):
        registry.export(registry.register(world.runs["b"], people.scientist).id, tmp_path / "no", people.reviewer)
    out = registry.export(version, tmp_path / "merged", people.reviewer, log=lambda _: None)
    files = {p.name for p in out.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "README.md", "afinar-export.json"} <= files
    assert not any(name.startswith("adapter_") for name in files)

    exported = AutoModelForSequenceClassification.from_pretrained(out, dtype=torch.float32).eval()
    tokenizer = AutoTokenizer.from_pretrained(out)
    run = get_run(workspace, world.runs["a"])
    labels = json.loads((run.output_path(workspace) / "afinar-run.json").read_text())["labels"]
    assert [exported.config.id2label[i] for i in range(len(labels))] == labels

    # afinar's own inference: the base model with the run's adapter applied (not merged).
    base, base_tokenizer = load_base("minilm-l6", workspace, head="classification", num_labels=len(labels), log=lambda _: None)
    as_trained = PeftModel.from_pretrained(base, run.output_path(workspace)).eval()
    expected = _logits(as_trained, base_tokenizer)
    assert torch.allclose(_logits(exported, tokenizer), expected, atol=1e-5), (_logits(exported, tokenizer) - expected).abs().max()
    assert expected.std() > 0  # not a constant model
    assert (out / "README.md").read_text(encoding="utf-8").startswith("---\nlicense: apache-2.0")
    event = AuditLog(workspace).events(action="registry.exported")[-1]
    assert event.actor == "bruno.revisor" and event.details["format"] == "merged"


def test_adapter_export_is_a_peft_adapter(approved, tmp_path):
    world, workspace, people, registry, version = approved
    import torch
    from peft import PeftConfig, PeftModel

    from afinar.models import load_base
    from afinar.train import get_run

    out = registry.export(version, tmp_path / "adapter", people.scientist, kind="adapter")
    config = PeftConfig.from_pretrained(out)
    assert config.base_model_name_or_path == "sentence-transformers/all-MiniLM-L6-v2"
    run = get_run(workspace, world.runs["a"])
    labels = json.loads((out / "afinar-run.json").read_text())["labels"]
    base, tokenizer = load_base("minilm-l6", workspace, head="classification", num_labels=len(labels), log=lambda _: None)
    reloaded = PeftModel.from_pretrained(base, out).eval()
    base2, _ = load_base("minilm-l6", workspace, head="classification", num_labels=len(labels), log=lambda _: None)
    original = PeftModel.from_pretrained(base2, run.output_path(workspace)).eval()
    assert torch.allclose(_logits(reloaded, tokenizer), _logits(original, tokenizer), atol=1e-6)


# -- LGPD subject requests ----------------------------------------------------------------------------------


def test_subject_search_finds_every_dataset_and_model_of_the_planted_person_and_nothing_else(approved):
    world, workspace, people, registry, version = approved
    other = registry.register(world.runs["b"], people.scientist).id
    for value, label in ((PLANTED["cpf"], "BR_CPF"), ("52998224725", None), (PLANTED["email"].upper(), None), (PLANTED["name"], "PERSON")):
        report = registry.find_subject(value, people.admin, label=label)
        assert [d["id"] for d in report.datasets] == [world.datasets["a"]], value
        assert report.datasets[0]["record_refs"] == sorted(f"data/tickets.jsonl:{n}" for n in (4, 18, 32, 45))
        assert [r["id"] for r in report.runs] == [world.runs["a"]]
        assert [v["id"] for v in report.model_versions] == [version]
        assert other not in [v["id"] for v in report.model_versions]
    nobody = registry.find_subject("000.000.001-91", people.admin, label="BR_CPF")
    assert not nobody.found and nobody.model_versions == []
    with pytest.raises(Exception, match="may not privacy.subject_request"):
        registry.find_subject(PLANTED["cpf"], people.reviewer)
    dump = json.dumps([e.to_json() for e in AuditLog(workspace).events()], ensure_ascii=False)
    assert _leaks(dump, [PLANTED["cpf"], PLANTED["email"], PLANTED["name"]]) == []
    assert AuditLog(workspace).events(action="privacy.subject_searched")[-1].actor == people.admin.name


def test_forget_rebuilds_the_datasets_flags_the_models_and_keeps_the_records_out(approved):
    world, workspace, people, registry, version = approved
    import pyarrow.parquet as pq

    from afinar.config import load_spec
    from afinar.data import get_dataset, prepare

    report = registry.forget(PLANTED["email"], people.admin, purge=True, log=lambda _: None)
    assert len(report.rebuilt) == 1 and report.rebuilt[0]["from"] == world.datasets["a"] and report.rebuilt[0]["records_removed"] == 4
    new = get_dataset(workspace, report.rebuilt[0]["to"])
    old = get_dataset(workspace, world.datasets["a"])
    refs = {f"{r['source_file']}:{r['source_line']}" for split in ("train", "validation", "test") for r in pq.read_table(new.path / f"{split}.parquet").to_pylist()}
    assert len(refs) == old.records - 4 and not refs & {f"data/tickets.jsonl:{n}" for n in (4, 18, 32, 45)}
    assert new.manifest()["derived_from"]["dataset_id"] == old.id and new.records == old.records - 4
    assert not (old.path / "train.parquet").exists() and (old.path / "manifest.json").exists()  # purged, lineage kept
    assert registry.get(version).retrain_required and report.flagged == [version]
    assert registry.lineage(version)["dataset"]["files_present"] is False

    again = registry.find_subject(PLANTED["cpf"], people.admin, label="BR_CPF")
    assert [d["id"] for d in again.datasets] == [old.id] and again.datasets[0]["superseded_by"] == new.id
    someone_else = registry.find_subject(world.all_values[0], people.admin)  # still indexed in the rebuilt version
    assert all(d["id"] != old.id or d["superseded_by"] for d in someone_else.datasets)

    # Preparing the same sources again reuses the rebuilt version: the records do not come back.
    assert prepare(load_spec(world.projects["a"]), workspace, log=lambda _: None).id == new.id
    events = AuditLog(workspace).events(action="privacy.subject_forgotten")
    assert events and events[-1].details["rebuilt"][0]["to"] == new.id
    assert [e.action for e in AuditLog(workspace).events(subject=f"model:{version}")][-1] == "registry.retrain_required"
    dump = json.dumps([e.to_json() for e in AuditLog(workspace).events()], ensure_ascii=False)
    assert _leaks(dump, [PLANTED["cpf"], PLANTED["email"], PLANTED["name"]]) == []
    assert AuditLog(workspace).verify().ok


# -- the registry stage of `afinar run` ----------------------------------------------------------------------


def test_the_pipeline_registers_the_run_it_trained(world):
    world_, workspace = world
    from afinar.config import load_spec
    from afinar.pipeline import PENDING_STAGES, STAGES, registry_stage

    assert "registry" in [name for name, _ in STAGES] and "registry" not in PENDING_STAGES
    result = registry_stage(load_spec(world_.projects["a"]), workspace, lambda _: None)
    version = Registry(workspace).get(result.outputs["model_version"])
    assert version.id == f"{PROJECT}@1" and version.status == "candidate" and version.run_id == world_.runs["a"]
    assert version.evaluation_id == world_.evaluations["a"] and version.gates_passed is True
    assert AuditLog(workspace).events(action="registry.registered")[-1].actor == version.created_by


def test_the_champion_is_evaluated_again_on_the_challengers_test_set(approved):
    world, workspace, people, registry, champion = approved
    from afinar.registry.evaluations import evaluation_of_run

    registry.promote(champion, people.reviewer, log=lambda _: None)
    # A challenger measured on another dataset's test split: the numbers cannot be compared as they are.
    challenger_run = record_run(workspace, dataset_id=world.datasets["b"], macro_f1=0.99)
    challenger = registry.register(challenger_run, people.scientist).id
    registry.submit(challenger, people.scientist)
    registry.approve(challenger, people.reviewer)
    promoted = registry.promote(challenger, people.reviewer, log=lambda _: None)
    comparison = promoted.notes["champion_comparison"]
    assert comparison["champion"] == champion and comparison["verdict"] == "better"
    assert f"dataset {world.datasets['b']} split test" in comparison["test_set"] and "evaluated on it again" in comparison["test_set"]
    again = comparison["champion_evaluation"]
    assert again != world.evaluations["a"]
    from afinar.data import get_dataset
    from afinar.evaluate.records import get_evaluation

    again_evaluation = get_evaluation(workspace, again)
    assert again_evaluation.run_id == world.runs["a"]
    assert again_evaluation.result["test"]["examples"] == get_dataset(workspace, world.datasets["b"]).splits["test"]
    assert again_evaluation.metrics["macro_f1"] == comparison["champion_value"]
    assert evaluation_of_run(workspace, world.runs["a"]).id == world.evaluations["a"]  # its own evaluation is unchanged
    assert registry.get(champion).status == "retired"


def test_a_chat_model_exports_merged_with_its_chat_template(workspace, people, tmp_path):
    import torch
    import yaml
    from .conftest import CHATML, tiny_chat_model
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from afinar.config import load_spec
    from afinar.data.example import Example, Message, SourceRef
    from afinar.train import train

    base = tiny_chat_model(tmp_path / "tiny-base")
    (tmp_path / "chat").mkdir()
    spec = {
        "project": "chat-teste", "task": "sft", "base_model": str(base), "data": {"sources": ["chats.jsonl"], "already_anonymized": True},
        "train": {"method": "lora", "max_steps": 3, "batch_size": 4, "max_seq_len": 64, "learning_rate": 0.05, "replay": {"ratio": 0.0}},
    }
    (tmp_path / "chat" / "afinar.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    chats = [
        Example(kind="chat", record_id=str(i), source=SourceRef("chats.jsonl", i + 1), messages=(Message("user", "quero cancelar o plano"), Message("assistant", "posso ajudar com cancelamento")))
        for i in range(8)
    ]
    run = train(load_spec(tmp_path / "chat"), workspace, examples={"train": chats, "validation": chats[:2]}, log=lambda _: None)
    registry = Registry(workspace)
    version = registry.register(run.id, people.scientist).id  # never evaluated: a candidate
    with pytest.raises(Exception, match="registry.export|users.manage"):
        registry.export(version, tmp_path / "no", people.scientist, any_status=True)
    out = registry.export(version, tmp_path / "merged", people.admin, any_status=True, log=lambda _: None)
    assert {"model.safetensors", "config.json", "generation_config.json", "tokenizer.json", "README.md"} <= {p.name for p in out.iterdir()}

    tokenizer = AutoTokenizer.from_pretrained(out)
    messages = [{"role": "user", "content": "quero cancelar o plano"}]
    prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert tokenizer.chat_template == CHATML and prompt.endswith("<|im_start|>assistant\n")
    batch = tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
    exported = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    as_trained = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32), run.output_path(workspace)).eval()
    untuned = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32).eval()
    with torch.inference_mode():
        got, expected, before = (m(**batch).logits for m in (exported, as_trained, untuned))
    assert torch.allclose(got, expected, atol=1e-5), (got - expected).abs().max()
    assert (expected - before).abs().max() > 1e-3  # the adapter changed the model: the comparison means something
    assert yaml.safe_load((out / "README.md").read_text(encoding="utf-8").split("---\n")[1])["pipeline_tag"] == "text-generation"


@pytest.mark.postgres
def test_subject_index_and_forget_on_postgresql(tmp_path, postgres_url):
    """The data stage writes the subject index, and find-subject / forget work, on PostgreSQL."""
    from .conftest import ticket_rows, write_project

    from afinar.config import load_spec
    from afinar.data import prepare
    from afinar.workspace import Workspace

    workspace = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    project = write_project(tmp_path / "atendimento", PROJECT, ticket_rows(1, 60, planted_at=(3, 17, 31, 44)))
    dataset = prepare(load_spec(project), workspace, log=lambda _: None).id
    people = make_people(workspace)
    registry = Registry(workspace)
    version = registry.register(record_run(workspace, dataset_id=dataset), people.scientist).id
    found = registry.find_subject(PLANTED["cpf"], people.admin, label="BR_CPF")
    assert [d["id"] for d in found.datasets] == [dataset] and found.datasets[0]["records"] == 4
    assert [v["id"] for v in found.model_versions] == [version]
    report = registry.forget(PLANTED["name"], people.admin, label="PERSON", log=lambda _: None)
    assert report.rebuilt[0]["records_removed"] == 4 and registry.get(version).retrain_required
    assert registry.find_subject(PLANTED["email"], people.admin).datasets[0]["superseded_by"] == report.rebuilt[0]["to"]
    assert AuditLog(workspace).verify().ok
    workspace.close()
