"""The project spec: every template loads; every bad spec gets the message it must give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from afinar.config import load_spec
from afinar.errors import SpecError

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
project: teste
task: classification
base_model: minilm-l6
data:
  sources: [data.jsonl]
"""


def test_minimal_spec_gets_defaults(tmp_path):
    (tmp_path / "afinar.yaml").write_text(GOOD)
    loaded = load_spec(tmp_path)
    resolved = loaded.resolved()
    assert resolved["train"]["method"] == "lora"
    assert resolved["data"]["split"] == {"validation": 0.1, "test": 0.1, "seed": 42, "stratify": True, "group_by": None}
    assert loaded.resolve("data.jsonl") == tmp_path.resolve() / "data.jsonl"


@pytest.mark.parametrize("template", ["atendimento", "juridico", "saude", "financeiro"])
def test_every_example_spec_is_valid(template):
    loaded = load_spec(REPO / "examples" / template)
    assert loaded.spec.project
    assert loaded.spec.data.sources


# (spec text, line that must appear in the error). Each case breaks one thing.
BAD_SPECS = [
    (GOOD + "trian:\n  epochs: 3\n", "afinar.yaml:6: trian: unknown key 'trian' — did you mean 'train'?"),
    (GOOD + "train:\n  metod: lora\n", "afinar.yaml:7: train.metod: unknown key 'metod' — did you mean 'method'?"),
    (GOOD + "train:\n  method: qlora\n", "afinar.yaml:7: train.method: invalid value 'qlora': expected 'lora' or 'full'"),
    (GOOD + "train:\n  epochs: -1\n", "afinar.yaml:7: train.epochs: Input should be greater than 0"),
    (GOOD + "train:\n  learning_rate: fast\n", "train.learning_rate: Input should be a valid number"),
    (GOOD + "train:\n  batch_size: 0\n", "train.batch_size: invalid value 0: expected 'auto'; or Input should be greater than or equal to 1"),
    (GOOD + "train:\n  lora: {rank: 8}\n", "train.lora.rank: unknown key 'rank'"),
    (GOOD.replace("task: classification", "task: clasification"), "afinar.yaml:2: task: invalid value 'clasification': expected 'classification' or 'sft'"),
    (GOOD.replace("project: teste", "project: Meu Projeto"), "afinar.yaml:1: project: use lower-case letters"),
    (GOOD.replace("base_model: minilm-l6\n", ""), "base_model: required key is missing"),
    (GOOD.replace("  sources: [data.jsonl]", "  sources: []"), "afinar.yaml:5: data.sources: List should have at least 1 item"),
    (GOOD + "  split: {validation: 0.5, test: 0.5}\n", "data.split: validation + test must leave at least 10% of the data for training"),
    (GOOD + "  formato: csv\n", "afinar.yaml:6: data.formato: unknown key 'formato' — did you mean 'format'?"),
    (GOOD + "evaluate:\n  gates: {macro_f1: 'at least 0.8'}\n", "evaluate.gates: gate 'macro_f1': 'at least 0.8' is not a comparison"),
    (GOOD + "governance:\n  reviewer: [ana]\n", "governance.reviewer: unknown key 'reviewer' — did you mean 'reviewers'?"),
    ("project: [unclosed\n", "afinar.yaml:2:1: invalid YAML"),
    ("- just\n- a list\n", "the spec must be a mapping of keys"),
]


@pytest.mark.parametrize(("text", "expected"), BAD_SPECS, ids=[case[1][:40] for case in BAD_SPECS])
def test_bad_spec_message(tmp_path, text, expected):
    (tmp_path / "afinar.yaml").write_text(text)
    with pytest.raises(SpecError) as info:
        load_spec(tmp_path)
    assert expected in str(info.value)
    assert info.value.exit_code == 2


def test_missing_spec_file_says_how_to_create_one(tmp_path):
    with pytest.raises(SpecError, match="no such spec file") as info:
        load_spec(tmp_path / "nope.yaml")
    assert "afinar init" in info.value.hint


def test_cli_reports_spec_errors_without_traceback(tmp_path):
    (tmp_path / "afinar.yaml").write_text(GOOD + "trian: {}\n")
    result = subprocess.run(
        [sys.executable, "-m", "afinar", "config", "validate", "-c", str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "did you mean 'train'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_config_show_prints_resolved_defaults(tmp_path):
    (tmp_path / "afinar.yaml").write_text(GOOD)
    result = subprocess.run(
        [sys.executable, "-m", "afinar", "config", "show", "--json", "-c", str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    import json

    shown = json.loads(result.stdout)
    assert shown["train"]["lora"]["r"] == 8
    assert shown["governance"]["require_distinct_reviewer"] is True


def test_every_field_is_documented():
    from pydantic import BaseModel

    from afinar.config.spec import Spec

    seen, undocumented = set(), []

    def walk(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, field in model.model_fields.items():
            if not field.description:
                undocumented.append(f"{model.__name__}.{name}")
            from afinar.config.loading import _nested_model

            nested = _nested_model(field.annotation)
            if nested:
                walk(nested)

    walk(Spec)
    assert undocumented == []


@pytest.mark.parametrize("template", ["atendimento", "juridico", "saude", "financeiro"])
def test_example_specs_are_what_init_writes(template):
    from importlib.resources import files

    packaged = files("afinar.config").joinpath("templates", f"{template}.yaml").read_text(encoding="utf-8")
    assert (REPO / "examples" / template / "afinar.yaml").read_text(encoding="utf-8") == packaged


def test_privacy_policy_errors_name_the_closest_entity(tmp_path):
    (tmp_path / "afinar.yaml").write_text(GOOD + "privacy:\n  entities: {CPF: replace}\n")
    with pytest.raises(SpecError) as info:
        load_spec(tmp_path)
    assert "afinar.yaml:7: privacy.entities: unknown entity label 'CPF'; did you mean 'BR_CPF'?" in str(info.value)
