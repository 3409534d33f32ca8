"""Bad hyperparameters, divergence, replay, incremental runs and the run records."""

from __future__ import annotations

import json

import pytest

from afinar.config import load_spec
from afinar.errors import DataError, SpecError, UsageError
from afinar.train import get_run, list_runs, train

from .conftest import split_examples, ticket_records, write_project


@pytest.mark.parametrize(
    ("train_settings", "message"),
    [
        ({"learning_rate": -0.1}, "train.learning_rate: Input should be greater than 0"),
        ({"batch_size": 8, "micro_batch_size": 3}, "batch_size (8) must be a multiple of micro_batch_size (3)"),
        ({"batch_size": 4, "micro_batch_size": 8}, "micro_batch_size (8) must not exceed batch_size (4)"),
        ({"warmup_ratio": 1.5}, "train.warmup_ratio"),
        ({"replay": {"ratio": 1.0}}, "train.replay.ratio"),
        ({"dtype": "float16"}, "train.dtype: invalid value 'float16'"),
        ({"lr": 0.1}, "unknown key 'lr'"),
        ({"early_stopping": {"patience": 0}}, "train.early_stopping.patience"),
    ],
)
def test_bad_hyperparameters_are_clear_spec_errors(tmp_path, train_settings, message):
    spec_path = write_project(tmp_path, task="classification", base_model="minilm-l6", records=ticket_records(4), train=train_settings)
    with pytest.raises(SpecError) as error:
        load_spec(spec_path)
    assert message in str(error.value)
    assert f"{spec_path}:" in str(error.value)  # names the file (and line)


def test_batch_must_split_over_processes(tmp_path):
    from afinar.train.hardware import plan_hardware

    spec = load_spec(write_project(tmp_path, task="classification", base_model="minilm-l6", records=ticket_records(4), train={"batch_size": 5})).spec
    with pytest.raises(UsageError, match=r"batch_size \(5\) must be a multiple of the number of processes \(2\)"):
        plan_hardware(spec.train, "classification", {"hidden_size": 384}, 22_000_000, world_size=2)


def test_nan_loss_stops_with_a_clear_error():
    import torch

    from afinar.train.checkpoint import LoopState  # noqa: F401 - the loop's state type
    from afinar.train.hardware import HardwarePlan
    from afinar.train.loop import LoopSetup, TrainingDiverged, run_training_loop
    from afinar.train.tracking import MetricsSink
    from afinar.config.spec import TrainSpec

    class Exploding(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.weight = torch.nn.Parameter(torch.ones(1))

        def forward(self, batch):
            return self.weight.sum() * float("nan")

    class Batch:
        tokens = 1

    model = Exploding()
    plan = HardwarePlan("cpu", "float32", 1, 1, 1, 1, 1, False, 0.0, 1.0)
    setup = LoopSetup(
        objective=model, model=model, steps_of_epoch=lambda epoch: [[[0]]] * 4, make_batch=lambda indices: Batch(),
        targets_in=len, evaluate=None, total_steps=4, steps_per_epoch=4, plan=plan, train_spec=TrainSpec(),
        checkpoint_dir=None, sink=MetricsSink(None, "x"),
    )
    with pytest.raises(TrainingDiverged, match="loss became nan at step 1") as error:
        run_training_loop(setup)
    assert "learning_rate" in str(error.value)


def test_too_few_examples_for_one_batch(tmp_path, model_workspace):
    records = ticket_records(12)
    loaded = load_spec(write_project(tmp_path, task="classification", base_model="minilm-l6", records=records, train={"batch_size": 16}))
    with pytest.raises(DataError, match="fewer than one batch"):
        train(loaded, model_workspace, examples=split_examples(loaded, records, validation=2), log=lambda _m: None)
    failed = list_runs(model_workspace, "teste", status="failed")
    assert failed and "fewer than one batch" in failed[0].error


def test_replay_mix_and_builtin_corpus():
    from afinar.train.replay import load_replay_texts, replay_examples

    texts = load_replay_texts("builtin:pt-geral", resolve=lambda p: p)
    assert len(texts) > 500 and sum(map(len, texts)) > 150_000
    assert any("usuário" in t for t in texts) and any("\n" in t for t in texts)  # prose and dialogues
    mixed = replay_examples(texts, n_task_examples=90, ratio=0.1, seed=1, corpus="builtin:pt-geral")
    assert len(mixed) == 10 and all(e.kind == "text" for e in mixed)
    assert [e.text for e in mixed] == [e.text for e in replay_examples(texts, 90, 0.1, 1, "builtin:pt-geral")]
    with pytest.raises(UsageError, match="unknown builtin corpus"):
        load_replay_texts("builtin:en", resolve=lambda p: p)


@pytest.mark.slow
def test_incremental_run_continues_the_parent_adapter_and_records_lineage(tmp_path, model_workspace):
    records = ticket_records(80, seed=1)
    settings = {"method": "lora", "learning_rate": 3e-3, "batch_size": 8, "max_seq_len": 48, "max_steps": 6, "eval_every": 6}
    loaded = load_spec(write_project(tmp_path / "a", task="classification", base_model="minilm-l6", records=records, train=settings))
    parent = train(loaded, model_workspace, examples=split_examples(loaded, records, validation=16), log=lambda _m: None)

    newer = ticket_records(80, seed=2)
    loaded = load_spec(write_project(tmp_path / "b", task="classification", base_model="minilm-l6", records=newer, train=settings))
    child = train(loaded, model_workspace, examples=split_examples(loaded, newer, validation=16), from_run=parent.id, log=lambda _m: None)
    fresh = train(loaded, model_workspace, examples=split_examples(loaded, newer, validation=16), log=lambda _m: None)

    assert child.parent_run_id == parent.id and child.base_weights_sha256 == parent.base_weights_sha256
    assert get_run(model_workspace, child.id[:15]).spec["train"]["max_steps"] == 6
    # It starts where the parent ended, so it is better than a fresh run from the start.
    from afinar.train import run_metrics

    start = run_metrics(model_workspace, child.id, "validation")[0]["loss"]
    assert start < run_metrics(model_workspace, fresh.id, "validation")[0]["loss"]
    record = json.loads((child.output_path(model_workspace) / "afinar-run.json").read_text(encoding="utf-8"))
    assert record["parent_run_id"] == parent.id

    relabelled = [{**r, "label": "portabilidade" if i % 4 == 0 else r["label"]} for i, r in enumerate(newer)]
    other = load_spec(write_project(tmp_path / "c", task="classification", base_model="minilm-l6", records=relabelled, train=settings))
    with pytest.raises(DataError, match="labels differ"):
        train(other, model_workspace, examples=split_examples(other, relabelled, 16), from_run=parent.id, log=lambda _m: None)
