"""`early_stopping.restore_best`: the loop ends on the weights of its best validation, also across
a resume, and says so."""

from __future__ import annotations

import pytest

from afinar.config.spec import TrainSpec
from afinar.train.checkpoint import latest_checkpoint
from afinar.train.hardware import HardwarePlan
from afinar.train.loop import LoopSetup, run_training_loop
from afinar.train.tracking import MetricsSink


class Interrupted(Exception):
    pass


def _setup(tmp_path, *, restore_best=True, interrupt_at_validation=None):
    """A one-weight model trained upwards from 0 at a constant pace; its validation loss is
    (w - 0.25)², so it falls, bottoms out after a few steps and rises again."""
    import torch

    class Climb(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.weight = torch.nn.Parameter(torch.zeros(1))

        def forward(self, batch):
            return -self.weight.sum()  # the gradient always pushes w up

    class Batch:
        tokens = 1

    model = Climb()
    validations = []

    def evaluate():
        validations.append(1)
        if interrupt_at_validation is not None and len(validations) == interrupt_at_validation:
            raise Interrupted
        return {"loss": float((model.weight.detach()[0] - 0.25) ** 2)}

    spec = TrainSpec(
        learning_rate=0.1, schedule="constant", warmup_ratio=0.0, weight_decay=0.0, max_grad_norm=None, eval_every=1,
        checkpoint_every=1, early_stopping={"patience": 3, "restore_best": restore_best},
    )
    plan = HardwarePlan("cpu", "float32", 1, 1, 1, 1, 1, False, 0.0, 1.0)
    messages: list[str] = []
    setup = LoopSetup(
        objective=model, model=model, steps_of_epoch=lambda epoch: [[[0]]] * 20, make_batch=lambda indices: Batch(),
        targets_in=len, evaluate=evaluate, total_steps=20, steps_per_epoch=20, plan=plan, train_spec=spec,
        checkpoint_dir=tmp_path / "checkpoints", sink=MetricsSink(None, "x"), log=messages.append,
    )
    return setup, model, messages


def test_the_best_validations_weights_come_back_at_the_end(tmp_path):
    setup, model, messages = _setup(tmp_path)
    state = run_training_loop(setup)
    losses = {h["step"]: h["loss"] for h in state.history}
    best = min((step for step in losses if step > 0), key=losses.get)
    assert state.stop_reason.startswith("early stopping") and state.step == best + 3  # patience 3
    assert state.best_step == state.restored_step == best
    assert losses[state.step] > losses[best]  # the last step was worse: restoring mattered
    # the weights are the best step's: validating them again gives its loss
    assert state.val_loss == pytest.approx(losses[best], abs=1e-12)
    assert float((model.weight.detach()[0] - 0.25) ** 2) == pytest.approx(losses[best], abs=1e-12)
    assert f"weights of step {best} restored" in state.stop_reason
    assert any(f"restored the weights of step {best}" in m for m in messages)


def test_restore_best_off_keeps_the_last_step(tmp_path):
    setup, model, _ = _setup(tmp_path, restore_best=False)
    state = run_training_loop(setup)
    assert state.restored_step is None and state.best_step < state.step
    assert state.val_loss == state.history[-1]["loss"]
    assert float((model.weight.detach()[0] - 0.25) ** 2) == pytest.approx(state.val_loss, abs=1e-12)


def test_a_resumed_run_restores_the_same_weights(tmp_path):
    reference, reference_model, _ = _setup(tmp_path / "a")
    expected = run_training_loop(reference)

    # interrupted after the best step has passed (the best weights live in best.safetensors
    # of the checkpoints written after it), then resumed in a fresh process-like setup
    interrupted, _, _ = _setup(tmp_path / "b", interrupt_at_validation=expected.best_step + 3)
    with pytest.raises(Interrupted):
        run_training_loop(interrupted)
    checkpoint = latest_checkpoint(tmp_path / "b" / "checkpoints")
    assert (checkpoint / "best.safetensors").exists()

    resumed, resumed_model, _ = _setup(tmp_path / "b")
    state = run_training_loop(resumed, resume=True)
    assert state.step == expected.step and state.restored_step == expected.restored_step
    assert float(resumed_model.weight.detach()[0]) == float(reference_model.weight.detach()[0])
