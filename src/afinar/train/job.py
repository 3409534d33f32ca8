"""What both recipes need around the maths: loading the starting weights, choosing the trainable
ones, the hardware plan, data parallelism, and storing the result. A `TrainJob` is built by
`afinar.train.train` and handed to a recipe."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from afinar.config import LoadedSpec
from afinar.data.example import Example
from afinar.train.adapters import add_lora, count_parameters, save_trained, start_from_parent
from afinar.train.checkpoint import LoopState
from afinar.train.hardware import HardwarePlan, keep_resumed_choices, plan_hardware
from afinar.train.records import TrainRun, update_run
from afinar.train.tracking import MetricsSink
from afinar.workspace import Workspace

RUN_RECORD = "afinar-run.json"


@dataclass
class RecipeResult:
    state: LoopState
    output_sha256: str | None  # None on ranks other than 0
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class TrainJob:
    loaded: LoadedSpec
    workspace: Workspace
    run_id: str
    run_dir: Path
    examples: dict[str, list[Example]]
    base: Any  # afinar.models.PulledModel
    parent: TrainRun | None
    dataset_id: str | None
    resume: bool
    sink: MetricsSink
    rank: int = 0
    world_size: int = 1
    show_progress: bool = False
    log: Callable[[str], None] = print
    plan: HardwarePlan | None = None
    resumed_plan: dict[str, Any] | None = None  # the interrupted run's stored plan, when resuming

    @property
    def spec(self):
        return self.loaded.spec

    @property
    def train_spec(self):
        return self.loaded.spec.train

    @property
    def checkpoint_dir(self) -> Path:
        return self.run_dir / "checkpoints"

    def say(self, message: str) -> None:
        if self.rank == 0:
            self.log(message)

    # -- weights -------------------------------------------------------------------------------

    def load_model(self, head: str, num_labels: int | None = None):
        """(model, tokenizer) to start from: the base model, or a parent run's full weights. fp32
        weights always; bf16 runs use autocast so the optimizer keeps full-precision masters."""
        import torch

        from afinar.models import load_base

        torch.manual_seed(self.train_spec.seed)  # the new classification head and LoRA matrices
        if self.parent is not None and self.parent.method == "full":
            from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer

            folder = self.parent.output_path(self.workspace)
            self.say(f"starting from the weights of run {self.parent.id}")
            tokenizer = AutoTokenizer.from_pretrained(folder)
            if head == "classification":
                model = AutoModelForSequenceClassification.from_pretrained(folder, dtype=torch.float32)
            else:
                model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
            return model, tokenizer
        return load_base(self.spec.base_model, self.workspace, head=head, num_labels=num_labels, log=self.say)

    def choose_trainable(self, model, task: str):
        """LoRA adapters or every weight, or continue the parent run's adapter."""
        import torch

        torch.manual_seed(self.train_spec.seed)
        model_type = getattr(model.config, "model_type", "")
        if self.parent is not None:
            model = start_from_parent(
                model, self.parent.output_path(self.workspace), self.parent.method, self.train_spec.method,
                self.train_spec.lora, task, model_type, self.say,
            )
        elif self.train_spec.method == "lora":
            model = add_lora(model, self.train_spec.lora, task, model_type)
        trainable, total = count_parameters(model)
        self.say(f"{self.train_spec.method}: {trainable / 1e6:.2f}M of {total / 1e6:.1f}M parameters trainable ({trainable / total:.2%})")
        return model

    # -- hardware ------------------------------------------------------------------------------

    def make_plan(self, task: str) -> HardwarePlan:
        import torch

        config = json.loads((self.base.path / "config.json").read_text(encoding="utf-8"))
        plan = plan_hardware(self.train_spec, task, config, self.base.parameters, world_size=self.world_size)
        if self.resume and self.resumed_plan:
            plan = keep_resumed_choices(plan, self.resumed_plan)
        torch.set_num_threads(plan.threads)
        self.plan = plan
        self.say("plan: " + plan.describe())
        if self.rank == 0:
            update_run(self.workspace, self.run_id, plan_json=json.dumps(plan.to_json(), sort_keys=True))
        return plan

    @property
    def device(self) -> str:
        return f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}" if self.plan.device == "cuda" else "cpu"

    def prepare_for_speed(self, model) -> None:
        model.to(self.device)
        if self.plan.gradient_checkpointing:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        if hasattr(model.config, "use_cache"):
            model.config.use_cache = False

    def distribute(self, objective):
        """Wrap the objective in DistributedDataParallel when several processes train together."""
        if self.world_size == 1:
            return objective
        from torch.nn.parallel import DistributedDataParallel

        if self.plan.device == "cuda":
            index = int(os.environ.get("LOCAL_RANK", "0"))
            return DistributedDataParallel(objective, device_ids=[index], output_device=index)
        return DistributedDataParallel(objective)

    # -- output --------------------------------------------------------------------------------

    def save(self, model, tokenizer, state: LoopState, info: dict[str, Any]) -> RecipeResult:
        """Rank 0 stores weights/adapter, tokenizer and `afinar-run.json` as one folder artifact."""
        if self.rank != 0:
            return RecipeResult(state, None, info)
        folder = self.run_dir / "output"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        files = save_trained(model, tokenizer, folder, self.train_spec.method)
        record = {
            "run_id": self.run_id,
            "project": self.spec.project,
            "task": self.spec.task,
            "method": self.train_spec.method,
            "base_model": self.spec.base_model,
            "base_weights_sha256": self.base.weights_sha256,
            "dataset_id": self.dataset_id,
            "parent_run_id": self.parent.id if self.parent else None,
            "spec": self.loaded.resolved(),
            "plan": self.plan.to_json() if self.plan else None,
            "steps": state.step,
            "train_loss": state.train_loss,
            "val_loss": state.val_loss,
            "best_val_loss": state.best_val_loss,
            "best_step": state.best_step,
            "restored_step": state.restored_step,
            "stop_reason": state.stop_reason,
            "validations": state.history,
            **files,
            **info,
        }
        (folder / RUN_RECORD).write_text(json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        artifact = self.workspace.store.put_dir(folder, kind="train_output", meta={"run_id": self.run_id, "project": self.spec.project})
        shutil.rmtree(folder, ignore_errors=True)
        return RecipeResult(state, artifact.sha256, info)
