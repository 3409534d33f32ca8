"""Atomic, resumable checkpoints: trainable weights, optimizer, scheduler, RNG states, data position.

Layout under the run folder:

    checkpoints/step-000120/{trainable.safetensors, optimizer.pt, state.json, rng.pt[, best.safetensors]}
    checkpoints/LATEST            # the name of the newest complete checkpoint

A checkpoint folder is written under a temporary name and renamed when complete, then `LATEST`
is replaced atomically: a `kill -9` at any moment leaves the previous checkpoint usable. Only
trainable tensors are saved (LoRA: the adapters and `modules_to_save`; full: every weight), so
checkpoints of a LoRA run are a few MB. `best.safetensors` holds the trainable tensors of the
best validation so far, when that was an earlier step (`early_stopping.restore_best`).
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from afinar.workspace.atomic import atomic_directory, atomic_write_text

KEEP = 2


@dataclass
class LoopState:
    """Where training stands; everything needed, with the RNG states, to continue exactly."""

    step: int = 0  # optimizer steps done
    epoch: int = 0  # current epoch (0-based)
    step_in_epoch: int = 0  # steps of the current epoch done
    tokens_seen: int = 0
    elapsed_s: float = 0.0
    train_loss: float | None = None  # mean loss of the last logged step
    val_loss: float | None = None
    best_val_loss: float | None = None
    best_step: int | None = None  # the step whose validation gave best_val_loss
    restored_step: int | None = None  # set when the weights of best_step were put back at the end
    bad_evals: int = 0  # validations in a row without improvement
    stop_reason: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # validations so far

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def save_checkpoint(folder: Path, state: LoopState, trainable: dict[str, Any], optimizer, scheduler,
                    best: dict[str, Any] | None = None) -> Path:
    import numpy as np
    import torch
    from safetensors.torch import save_file

    target = folder / f"step-{state.step:06d}"
    if target.exists():
        return target
    with atomic_directory(target) as staging:
        save_file({name: tensor.detach().contiguous().cpu() for name, tensor in trainable.items()}, str(staging / "trainable.safetensors"))
        if best is not None:
            save_file({name: tensor.contiguous() for name, tensor in best.items()}, str(staging / "best.safetensors"))
        torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}, staging / "optimizer.pt")
        torch.save(
            {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()},
            staging / "rng.pt",
        )
        atomic_write_text(staging / "state.json", json.dumps(state.to_json(), indent=2) + "\n")
    atomic_write_text(folder / "LATEST", target.name + "\n")
    for old in sorted(p for p in folder.glob("step-*") if p.is_dir())[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
    return target


def latest_checkpoint(folder: Path) -> Path | None:
    pointer = folder / "LATEST"
    if not pointer.exists():
        return None
    target = folder / pointer.read_text(encoding="utf-8").strip()
    return target if (target / "state.json").exists() else None


def load_best(path: Path) -> dict[str, Any] | None:
    """The best validation's trainable tensors stored with a checkpoint, if any."""
    from safetensors.torch import load_file

    best = path / "best.safetensors"
    return load_file(str(best)) if best.exists() else None


def load_checkpoint(path: Path, model, optimizer, scheduler) -> LoopState:
    """Restore weights, optimizer, scheduler and RNG states in place; return the loop state."""
    import numpy as np
    import torch
    from safetensors.torch import load_file

    tensors = load_file(str(path / "trainable.safetensors"))
    parameters = dict(model.named_parameters())
    missing = [name for name in tensors if name not in parameters]
    if missing:
        from afinar.errors import AfinarError

        raise AfinarError(f"{path}: checkpoint does not match the model ({len(missing)} unknown tensors, e.g. {missing[0]})")
    with torch.no_grad():
        for name, tensor in tensors.items():
            parameters[name].copy_(tensor)
    stored = torch.load(path / "optimizer.pt", weights_only=False)
    optimizer.load_state_dict(stored["optimizer"])
    scheduler.load_state_dict(stored["scheduler"])
    rng = torch.load(path / "rng.pt", weights_only=False)
    random.setstate(rng["python"])
    np.random.set_state(rng["numpy"])
    torch.set_rng_state(rng["torch"])
    return LoopState(**json.loads((path / "state.json").read_text(encoding="utf-8")))
