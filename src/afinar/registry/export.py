"""Export a model version for use outside afinar.

- `adapter`: the LoRA adapter in PEFT format (adapter_config.json + adapter_model.safetensors),
  with the tokenizer and the model card. `base_model_name_or_path` names the base model's
  Hugging Face id when its weights came from there unchanged; for a base model converted from
  GGUF (or an adapter on top of a parent run's full weights) use the merged export instead.
- `merged`: a plain Hugging Face folder — the adapter merged into the weights it was trained on
  (safetensors), tokenizer with its chat template, generation config, and the model card as
  README.md — that `transformers` (and vLLM/TGI for causal LMs) load as it is. The weights are
  produced by the same loader afinar's evaluation uses (`afinar.evaluate.models.load_tuned`).

Only approved or production versions are exported, unless an admin asks for another status.
MLflow logging of exports is not implemented.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from afinar.audit import AuditLog
from afinar.errors import UsageError
from afinar.registry.identity import User, authorize
from afinar.workspace import Workspace
from afinar.workspace.atomic import atomic_directory
from afinar.workspace.store import sha256_dir

EXPORTABLE = ("approved", "production")
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
EXPORT_RECORD = "afinar-export.json"


def export_version(workspace: Workspace, version, out: Path, actor: User, *, kind: str = "merged", any_status: bool = False, card_markdown: str, lineage: dict[str, Any], log=print) -> Path:
    """Write `version` to the new folder `out` as `kind` ('merged' or 'adapter'); returns `out`."""
    from afinar.train import get_run

    authorize(actor, "registry.export")
    if version.status not in EXPORTABLE:
        if not any_status:
            raise UsageError(
                f"{version.id} is {version.status}; only approved or production versions are exported",
                hint="an admin may export it anyway with --any-status (audited)",
            )
        authorize(actor, "users.manage")  # admins only
    if kind not in ("merged", "adapter"):
        raise UsageError(f"unknown export format {kind!r}; use merged or adapter")
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out}: exists and is not empty; choose a new folder")
    if out.exists():
        out.rmdir()
    run = get_run(workspace, version.run_id)
    with atomic_directory(out) as staging:
        if kind == "adapter":
            _write_adapter(workspace, run, staging)
        else:
            _write_merged(workspace, run, staging, log)
        (staging / "README.md").write_text(card_markdown, encoding="utf-8")
        record = {"version": version.id, "status": version.status, "format": kind, "run_id": run.id, "dataset_id": run.dataset_id, "lineage": lineage}
        (staging / EXPORT_RECORD).write_text(json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    digest, size = sha256_dir(out)
    AuditLog(workspace).append(
        "registry.exported",
        f"model:{version.id}",
        {"format": kind, "status": version.status, "folder_sha256": digest, "bytes": size, "any_status": version.status not in EXPORTABLE, "via": actor.via},
        actor=actor.name,
    )
    return out


def _write_adapter(workspace: Workspace, run, folder: Path) -> None:
    if run.method != "lora":
        raise UsageError(f"run {run.id} fine-tuned every weight (method full): there is no adapter; export it merged")
    source = run.output_path(workspace)
    for file in sorted(source.iterdir()):
        if file.is_file() and file.name != "README.md":
            shutil.copy2(file, folder / file.name)
            (folder / file.name).chmod(0o644)
    missing = [name for name in ADAPTER_FILES if not (folder / name).exists()]
    if missing:
        raise UsageError(f"run {run.id}'s output has no {', '.join(missing)}: it is not a PEFT adapter")
    config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = _portable_base(workspace, run) or config.get("base_model_name_or_path")
    (folder / "adapter_config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _portable_base(workspace: Workspace, run) -> str | None:
    """The Hugging Face id of the weights the adapter applies to, when that id holds exactly them."""
    from afinar.models import CATALOG, cached

    if run.parent_run_id:
        return None
    base = cached(run.base_model, workspace)
    entry = CATALOG.get(run.base_model)
    if base is None or base.source_format != "safetensors":
        return None
    return entry.upstream if entry else (run.base_model if "/" in run.base_model and not Path(run.base_model).exists() else None)


def _write_merged(workspace: Workspace, run, folder: Path, log) -> None:
    from afinar.evaluate.models import load_tuned

    loaded = load_tuned(run, workspace, log=log)
    model, tokenizer = loaded.model, loaded.tokenizer
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    if getattr(model, "generation_config", None) is not None and run.task == "sft":
        model.generation_config.save_pretrained(folder)
    log(f"merged {run.method} weights of run {run.id} written ({sum(f.stat().st_size for f in folder.iterdir()) / 1e6:.1f} MB)")
