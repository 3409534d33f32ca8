"""The optimisation loop both recipes share: accumulate, clip, step, validate, stop early,
checkpoint, log. A recipe hands it an *objective* (a module whose forward returns the summed loss
of a micro-batch) and the plan of steps; the loop knows nothing about tokens or labels.

Loss scaling: each micro-batch's summed loss is divided by the number of targets in the whole
optimizer step (all micro-batches, all ranks), so accumulation and data parallelism both give the
gradient of the per-target mean over the step, exactly as one big batch would. DDP averages
gradients over ranks, hence the extra factor `world_size`.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afinar.errors import AfinarError
from afinar.train.batching import Step
from afinar.train.checkpoint import LoopState, latest_checkpoint, load_best, load_checkpoint, save_checkpoint
from afinar.train.hardware import HardwarePlan
from afinar.train.tracking import MetricsSink, progress_bar


class TrainingDiverged(AfinarError):
    """The loss became NaN or infinite."""


@dataclass
class LoopSetup:
    objective: Any  # nn.Module: forward(batch) -> summed loss; DDP-wrapped when distributed
    model: Any  # the model whose trainable parameters are optimised and checkpointed
    steps_of_epoch: Callable[[int], list[Step]]
    make_batch: Callable[[list[int]], Any]
    targets_in: Callable[[list[int]], int]
    evaluate: Callable[[], dict[str, float]] | None  # {"loss": …, other metrics}; None: no validation split
    total_steps: int
    steps_per_epoch: int
    plan: HardwarePlan
    train_spec: Any  # afinar.config.spec.TrainSpec
    checkpoint_dir: Path
    sink: MetricsSink
    rank: int = 0
    world_size: int = 1
    show_progress: bool = False
    log: Callable[[str], None] = print


def run_training_loop(setup: LoopSetup, *, resume: bool = False) -> LoopState:
    import torch

    spec, plan = setup.train_spec, setup.plan
    named = [(name, p) for name, p in setup.model.named_parameters() if p.requires_grad]
    optimizer = make_optimizer(named, spec.learning_rate, spec.weight_decay)
    scheduler = make_scheduler(optimizer, spec.schedule, spec.warmup_ratio, setup.total_steps)
    state = LoopState()
    keep_best = setup.evaluate is not None and spec.early_stopping.restore_best
    best: dict[str, Any] | None = None  # trainable tensors (CPU) of the best validation after step 0
    if resume:
        checkpoint = latest_checkpoint(setup.checkpoint_dir)
        if checkpoint is not None:
            state = load_checkpoint(checkpoint, setup.model, optimizer, scheduler)
            best = load_best(checkpoint) if keep_best else None
            if keep_best and state.best_step == state.step:
                best = _copy_trainable(named)
            setup.log(f"resumed from {checkpoint.name}: step {state.step}/{setup.total_steps}, epoch {state.epoch + 1}")
    eval_every = spec.eval_every or max(1, setup.total_steps // 10)
    checkpoint_every = spec.checkpoint_every or max(1, setup.total_steps // 10)
    autocast = torch.autocast(plan.device, dtype=torch.bfloat16, enabled=plan.dtype == "bfloat16")
    parameters = [p for _, p in named]
    is_main = setup.rank == 0

    if state.step == 0 and setup.evaluate is not None:
        _validate(setup, state, 0.0)  # the base model's validation loss: the curve's starting point
    setup.objective.train()
    with progress_bar(setup.total_steps, state.step, setup.show_progress and is_main) as show:
        while state.step < setup.total_steps and state.stop_reason is None:
            steps = setup.steps_of_epoch(state.epoch)
            for step_plan in steps[state.step_in_epoch :]:
                started = time.perf_counter()
                step_targets = sum(setup.targets_in(micro) for micro in step_plan)
                mine = list(enumerate(step_plan))[setup.rank :: setup.world_size]
                loss_sum, tokens = 0.0, 0
                for index, (micro_index, micro) in enumerate(mine):
                    # Dropout masks depend only on (seed, step, micro-batch): a resumed run, and a
                    # run split over several processes, draw the same ones as a single process.
                    torch.manual_seed(spec.seed * 1_000_003 + state.step * 1009 + micro_index)
                    batch = to_device(setup.make_batch(micro), plan.device)
                    last = index == len(mine) - 1
                    no_sync = setup.objective.no_sync() if setup.world_size > 1 and not last else contextlib.nullcontext()
                    with no_sync:
                        with autocast:
                            micro_loss = setup.objective(batch)
                        (micro_loss * (setup.world_size / step_targets)).backward()
                    loss_sum += float(micro_loss.detach())
                    tokens += batch.tokens
                if setup.world_size > 1:
                    totals = torch.tensor([loss_sum, float(tokens)], dtype=torch.float64)
                    torch.distributed.all_reduce(totals)
                    loss_sum, tokens = float(totals[0]), int(totals[1])
                step_loss = loss_sum / step_targets
                if not math.isfinite(step_loss):
                    raise TrainingDiverged(
                        f"the training loss became {step_loss} at step {state.step + 1} (learning rate "
                        f"{scheduler.get_last_lr()[0]:.2e})",
                        hint="lower train.learning_rate, keep train.max_grad_norm set, or use dtype float32",
                    )
                grad_norm = None
                if spec.max_grad_norm is not None:
                    grad_norm = float(torch.nn.utils.clip_grad_norm_(parameters, spec.max_grad_norm))
                learning_rate = scheduler.get_last_lr()[0]
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)

                seconds = time.perf_counter() - started
                state.step += 1
                state.step_in_epoch += 1
                state.tokens_seen += tokens
                state.elapsed_s += seconds
                state.train_loss = step_loss
                epoch_done = state.step_in_epoch >= len(steps)
                if epoch_done:
                    state.epoch += 1
                    state.step_in_epoch = 0
                fraction = state.step / setup.steps_per_epoch
                if is_main and state.step % spec.log_every == 0:
                    setup.sink.add(
                        {"split": "train", "step": state.step, "epoch": fraction, "loss": step_loss, "learning_rate": learning_rate,
                         "grad_norm": grad_norm, "tokens_per_s": tokens / seconds, "elapsed_s": state.elapsed_s}
                    )
                final = state.step >= setup.total_steps
                if setup.evaluate is not None and (state.step % eval_every == 0 or epoch_done or final):
                    if _validate(setup, state, fraction) and keep_best:
                        best = _copy_trainable(named)
                show(state.step, loss=f"{step_loss:.4f}", speed=f"{tokens / seconds:,.0f}",
                     val=f"{state.val_loss:.4f}" if state.val_loss is not None else None)
                if (state.step % checkpoint_every == 0 or epoch_done) and not final:
                    _checkpoint(setup, state, optimizer, scheduler, best if state.best_step != state.step else None)
                if final or state.stop_reason:
                    break
            else:
                continue  # the epoch ran to its end: next epoch
            break
    if state.stop_reason is None:
        state.stop_reason = "max_steps" if setup.train_spec.max_steps == setup.total_steps else "epochs"
    if keep_best and state.best_step is not None and state.best_step != state.step:
        _restore_best(setup, state, named, best)
    return state


def _copy_trainable(named) -> dict[str, Any]:
    return {name: p.detach().to("cpu", copy=True) for name, p in named}


def _restore_best(setup: LoopSetup, state: LoopState, named, best: dict[str, Any] | None) -> None:
    """Put back the weights of the best validation and measure them once more."""
    import torch

    if best is None:  # resumed from a checkpoint written before best weights were kept
        setup.log(f"the best validation was at step {state.best_step}, but its weights were not kept; the last step's stay")
        return
    with torch.no_grad():
        for name, p in named:
            p.copy_(best[name].to(p.device))
    setup.objective.eval()
    metrics = setup.evaluate()
    setup.objective.train()
    state.restored_step = state.best_step
    state.val_loss = metrics["loss"]
    state.stop_reason += f"; weights of step {state.best_step} restored"
    setup.log(
        f"restored the weights of step {state.best_step} (validation loss {metrics['loss']:.4f}; step {state.step} had "
        f"{state.history[-1]['loss']:.4f}); early_stopping.restore_best: false keeps the last step's"
    )


def to_device(batch, device: str):
    if device == "cpu":
        return batch
    import os

    target = f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}"
    for name, value in vars(batch).items():
        if hasattr(value, "to"):
            setattr(batch, name, value.to(target, non_blocking=True))
    return batch


def _validate(setup: LoopSetup, state: LoopState, epoch: float) -> bool:
    """Validate, update early stopping; True when this is the best trained step so far (step > 0)."""
    import torch

    setup.objective.eval()
    metrics = setup.evaluate()
    setup.objective.train()
    if setup.world_size > 1:  # every rank decides early stopping on rank 0's numbers
        value = torch.tensor([metrics["loss"]], dtype=torch.float64)
        torch.distributed.broadcast(value, 0)
        metrics["loss"] = float(value[0])
    loss = metrics["loss"]
    state.val_loss = loss
    state.history.append({"step": state.step, **metrics})
    early = setup.train_spec.early_stopping
    if state.best_val_loss is None or loss < state.best_val_loss - early.min_delta:
        state.best_val_loss = loss
        state.bad_evals = 0
    else:
        state.bad_evals += 1
        if early.patience is not None and state.bad_evals >= early.patience:
            state.stop_reason = f"early stopping: validation loss did not improve in {state.bad_evals} validations"
    if setup.rank == 0:
        extra = {k: v for k, v in metrics.items() if k != "loss"}
        setup.sink.add({"split": "validation", "step": state.step, "epoch": epoch, "loss": loss, "elapsed_s": state.elapsed_s, "extra": extra})
        setup.sink.flush()
    # the weights worth restoring: the lowest validation loss after training began (step 0 is the
    # untouched base, or a fresh classification head); the first of equal losses wins
    earlier = [h["loss"] for h in state.history[:-1] if h["step"] > 0]
    if state.step > 0 and loss < min(earlier, default=math.inf):
        state.best_step = state.step
        return True
    return False


def _checkpoint(setup: LoopSetup, state: LoopState, optimizer, scheduler, best: dict[str, Any] | None) -> None:
    import torch

    if setup.rank == 0:
        setup.sink.flush()  # first: a resumed run must find every step up to its checkpoint logged
        trainable = {name: p for name, p in setup.model.named_parameters() if p.requires_grad}
        save_checkpoint(setup.checkpoint_dir, state, trainable, optimizer, scheduler, best=best)
    if setup.world_size > 1:
        torch.distributed.barrier()


def make_optimizer(named_parameters: list[tuple[str, Any]], learning_rate: float, weight_decay: float):
    """AdamW over the trainable parameters only; no decay on biases and norm weights."""
    import torch

    decay = [p for name, p in named_parameters if p.ndim >= 2]
    no_decay = [p for name, p in named_parameters if p.ndim < 2]
    groups = [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    return torch.optim.AdamW([g for g in groups if g["params"]], lr=learning_rate, betas=(0.9, 0.999), eps=1e-8)


def make_scheduler(optimizer, schedule: str, warmup_ratio: float, total_steps: int):
    """Linear warm-up over `warmup_ratio` of the steps, then cosine or linear decay to 0, or constant."""
    import torch

    warmup = int(math.ceil(warmup_ratio * total_steps))

    def factor(step: int) -> float:
        if step < warmup:  # the same curves as transformers' get_*_schedule_with_warmup
            return step / max(1, warmup)
        if schedule == "constant":
            return 1.0
        progress = (step - warmup) / max(1, total_steps - warmup)
        if schedule == "linear":
            return max(0.0, 1.0 - progress)
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
