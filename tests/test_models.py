"""Base models: pull and load all three offline models with the Hub offline, fit estimates."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from afinar.errors import ModelUnavailableError, UsageError
from afinar.models import CATALOG, load_base, pull
from afinar.models.fit import estimate_training_memory

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["minilm-l6", "smollm2-135m-instruct", "gemma3-270m"])
def test_pull_and_forward_pass_offline(workspace, name):
    import torch

    pulled = pull(name, workspace, log=lambda _: None)
    assert (pulled.path / "model.safetensors").exists()
    assert len(pulled.source_sha256) == 64
    assert pulled.licence == CATALOG[name].licence
    record = json.loads((pulled.path / "afinar-model.json").read_text())
    assert record["weights_sha256"] == pulled.weights_sha256
    head = "encoder" if CATALOG[name].kind == "encoder" else "causal-lm"
    model, tokenizer = load_base(name, workspace, head=head, log=lambda _: None)
    batch = tokenizer(["Bom dia, quero cancelar meu plano."], return_tensors="pt")
    with torch.inference_mode():
        out = model(**batch)
    hidden = out.last_hidden_state if head == "encoder" else out.logits
    assert torch.isfinite(hidden).all()
    if head == "causal-lm":
        assert hidden.shape[-1] == model.config.vocab_size
        assert not hasattr(model.config, "quantization_config")
    events = [e for e in __import__("afinar.audit", fromlist=["AuditLog"]).AuditLog(workspace).events(action="model.pulled")]
    assert events and events[-1].subject == f"base_model:{name}"
    assert events[-1].details["source_sha256"] == pulled.source_sha256


def test_parameter_counts_match_published_sizes(workspace):
    sizes = {name: pull(name, workspace, log=lambda _: None).parameters for name in ("minilm-l6", "smollm2-135m-instruct")}
    assert 22_000_000 < sizes["minilm-l6"] < 23_500_000
    assert 134_000_000 < sizes["smollm2-135m-instruct"] < 135_000_000


def test_classification_head_on_the_encoder(workspace):
    model, _ = load_base("minilm-l6", workspace, head="classification", num_labels=5, log=lambda _: None)
    assert model.config.num_labels == 5


def test_local_folder_is_pulled_and_loaded(workspace, tmp_path):
    import shutil

    source = pull("minilm-l6", workspace, log=lambda _: None).path
    local = tmp_path / "meu-modelo"
    shutil.copytree(source, local)
    (local / "afinar-model.json").unlink()
    (local / "README.md").write_text("---\nlicense: mit\n---\n# meu modelo\n")
    pulled = pull(str(local), workspace, log=lambda _: None)
    assert pulled.licence == "mit"
    assert pulled.weights_sha256 != ""
    model, _ = load_base(str(local), workspace, head="encoder", log=lambda _: None)
    assert model.config.hidden_size == 384


def test_unknown_hub_id_offline_says_how_to_provide_it(workspace):
    with pytest.raises(ModelUnavailableError) as info:
        pull("some-org/not-a-real-model", workspace, log=lambda _: None)
    assert "offline" in info.value.message
    assert "--local-dir" in info.value.hint and "afinar models pull DIR" in info.value.hint


def test_not_a_model_folder_is_a_usage_error(workspace, tmp_path):
    (tmp_path / "vazio").mkdir()
    with pytest.raises(UsageError, match="not a model folder"):
        pull(str(tmp_path / "vazio"), workspace, log=lambda _: None)


def test_memory_estimate_orders_methods_and_scales_with_batch():
    config = {"hidden_size": 576, "num_hidden_layers": 30, "num_attention_heads": 9, "vocab_size": 49152, "architectures": ["LlamaForCausalLM"]}
    lora = estimate_training_memory(config, 134_515_008, "lora", 4, 256)
    full = estimate_training_memory(config, 134_515_008, "full", 4, 256)
    bigger = estimate_training_memory(config, 134_515_008, "lora", 8, 256)
    assert full.total_gib > lora.total_gib
    assert full.optimizer_gib == pytest.approx(2 * 4 * 134_515_008 / 1024**3, rel=1e-2)
    assert bigger.activations_gib == pytest.approx(2 * lora.activations_gib, rel=1e-3)


def test_models_info_cli_describes_a_model(workspace):
    result = subprocess.run(
        [sys.executable, "-m", "afinar", "-w", str(workspace.root), "models", "info", "smollm2-135m-instruct",
         "--no-benchmark", "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["architecture"] == "LlamaForCausalLM"
    assert report["context_length"] == 8192
    assert report["tokenizer"]["chat_template"] is True
    assert report["fit"]["methods"]["full"]["memory"]["total_gib"] > report["fit"]["methods"]["lora"]["memory"]["total_gib"]


def test_models_info_cli_measures_this_machine(workspace):
    result = subprocess.run(
        [sys.executable, "-m", "afinar", "-w", str(workspace.root), "models", "info", "minilm-l6",
         "--batch-size", "2", "--seq-len", "32", "--tokens", "100000", "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["tokenizer"]["lowercases"] is True
    assert report["machine"]["fp32_matmul_gflops"] > 0
    for method in ("lora", "full"):
        entry = report["fit"]["methods"][method]
        assert entry["tokens_per_s"] > 0
        assert entry["minutes_per_epoch"] == pytest.approx(100000 / entry["tokens_per_s"] / 60, rel=0.05)
