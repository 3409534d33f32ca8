"""Pull base models into the workspace model cache and load them.

`pull` turns any source (catalog name, local folder or .gguf file, Hugging Face id) into one
cache folder of fp32 safetensors + tokenizer + `afinar-model.json` (source, hashes, licence).
GGUF is dequantised once (30–60 s); afterwards loading takes well under a second.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from afinar.errors import ModelUnavailableError, UsageError
from afinar.models.catalog import CATALOG, CatalogEntry
from afinar.workspace import Workspace
from afinar.workspace.atomic import atomic_directory, atomic_write_text
from afinar.workspace.store import sha256_dir, sha256_file

MODEL_RECORD = "afinar-model.json"
HF_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
# Files of a Hugging Face model folder that loading needs; the rest (ONNX, OpenVINO, …) is skipped.
WANTED = re.compile(
    r"^(config\.json|generation_config\.json|.*\.safetensors|model\.safetensors\.index\.json|pytorch_model.*\.bin|"
    r"tokenizer.*|vocab\.(txt|json)|merges\.txt|special_tokens_map\.json|chat_template\.jinja|sentencepiece.*\.model|"
    r"spiece\.model|added_tokens\.json|preprocessor_config\.json|README\.md|LICENSE.*)$"
)


@dataclass(frozen=True)
class PulledModel:
    """A base model in the cache, with the facts recorded when it was pulled."""

    name: str
    path: Path
    source: str
    source_format: str
    source_sha256: str
    licence: str
    architecture: str
    model_type: str
    parameters: int
    weights_sha256: str
    pulled_at: str

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


def cache_dir_for(name: str, workspace: Workspace) -> Path:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "--", name.strip("/")).strip("-") or "model"
    return workspace.model_cache / slug


def cached(name: str, workspace: Workspace) -> PulledModel | None:
    record = cache_dir_for(name, workspace) / MODEL_RECORD
    if not record.exists():
        return None
    data = json.loads(record.read_text(encoding="utf-8"))
    return PulledModel(**{**data, "path": record.parent})


def pull(name: str, workspace: Workspace, *, force: bool = False, log=print) -> PulledModel:
    """Make `name` available in the model cache (converting GGUF once); returns its record.

    Records the model in the workspace database and the audit log the first time this
    workspace sees it. Safe to call from several processes at once (a file lock per model).
    """
    from filelock import FileLock

    target = cache_dir_for(name, workspace)
    with FileLock(str(target.parent / f".{target.name}.lock"), timeout=1800):
        existing = None if force else cached(name, workspace)
        if existing is None:
            if target.exists():
                shutil.rmtree(target)  # a forced re-pull, or an interrupted one without its record
            existing = _convert_into_cache(name, target, workspace, log)
    _record_in_workspace(existing, workspace)
    return existing


def _convert_into_cache(name: str, target: Path, workspace: Workspace, log) -> PulledModel:
    source, source_format, licence = _locate(name, workspace)
    log(f"pulling {name} from {source} ({source_format})")
    with atomic_directory(target) as staging:
        if source_format == "gguf":
            log("dequantising GGUF to fp32 safetensors (once; this takes 15-60 s)")
            _convert_gguf(source, staging)
            source_sha256 = sha256_file(source)
        else:
            for file in sorted(source.iterdir()):
                if file.is_file() and WANTED.match(file.name):
                    shutil.copy2(file, staging / file.name)
            source_sha256 = sha256_dir(source)[0]
        if not (staging / "config.json").exists():
            raise ModelUnavailableError(f"{source}: no config.json, this is not a Hugging Face model folder")
        config = json.loads((staging / "config.json").read_text(encoding="utf-8"))
        weights_sha256 = sha256_dir(staging)[0]
        record = PulledModel(
            name=name,
            path=target,
            source=str(source),
            source_format=source_format,
            source_sha256=source_sha256,
            licence=licence,
            architecture=(config.get("architectures") or [config.get("model_type", "unknown")])[0],
            model_type=config.get("model_type", "unknown"),
            parameters=count_parameters(staging),
            weights_sha256=weights_sha256,
            pulled_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        data = record.to_json()
        data.pop("path")
        atomic_write_text(staging / MODEL_RECORD, json.dumps(data, indent=2, sort_keys=True) + "\n")
    return record


def _locate(name: str, workspace: Workspace) -> tuple[Path, Literal["gguf", "safetensors"], str]:
    """(source path, format, licence) for a catalog name, a local path or a Hugging Face id."""
    if name in CATALOG:
        entry: CatalogEntry = CATALOG[name]
        return entry.locate(workspace.model_cache), entry.source_format, entry.licence
    path = Path(name).expanduser()
    if path.exists():
        path = path.resolve()
        if path.is_file():
            if path.suffix != ".gguf":
                raise UsageError(f"{path}: a model file must be .gguf; otherwise give the model's folder")
            return path, "gguf", _licence_from_card(path.parent)
        ggufs = sorted(path.glob("*.gguf"))
        if (path / "config.json").exists():
            return path, "safetensors", _licence_from_card(path)
        if len(ggufs) == 1:
            return ggufs[0], "gguf", _licence_from_card(path)
        raise UsageError(f"{path}: no config.json and not exactly one .gguf file; this is not a model folder")
    if HF_ID.match(name):
        return _download_from_hub(name), "safetensors", "see model card"
    raise ModelUnavailableError(
        f"unknown model {name!r}: not in the catalog, not a local folder, not a Hugging Face id",
        hint=f"catalog: {', '.join(CATALOG)}; see `afinar models list`",
    )


def _download_from_hub(repo_id: str) -> Path:
    from huggingface_hub import snapshot_download

    try:
        folder = Path(snapshot_download(repo_id, allow_patterns=["*.json", "*.safetensors", "*.txt", "*.model", "*.jinja", "*.md"]))
    except Exception as exc:  # noqa: BLE001 - offline, unknown repo, gated, network: one message
        raise ModelUnavailableError(
            f"cannot fetch {repo_id!r} from the Hugging Face Hub ({type(exc).__name__}); this machine may be offline",
            hint=f"on a machine with internet run `hf download {repo_id} --local-dir DIR`, copy DIR here, "
            "then use `base_model: DIR` or `afinar models pull DIR`",
        ) from None
    return folder


def _licence_from_card(folder: Path) -> str:
    card = folder / "README.md"
    if card.exists():
        match = re.search(r"^license:\s*(\S+)", card.read_text(encoding="utf-8", errors="replace"), re.MULTILINE)
        if match:
            return match.group(1)
    return "unknown (local model, no card)"


def _convert_gguf(gguf_path: Path, out_dir: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    try:
        tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
        model = AutoModelForCausalLM.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name, dtype=torch.float32)
    except Exception as exc:  # noqa: BLE001
        raise ModelUnavailableError(f"{gguf_path}: cannot load this GGUF with transformers ({type(exc).__name__}: {exc})") from None
    # A GGUF-loaded model refuses save_pretrained while it still carries its quantizer.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)


def count_parameters(folder: Path) -> int:
    """Sum of tensor sizes read from the safetensors headers (no weights are loaded)."""
    total = 0
    for file in folder.glob("*.safetensors"):
        with open(file, "rb") as handle:
            (header_len,) = struct.unpack("<Q", handle.read(8))
            header = json.loads(handle.read(header_len))
        for key, tensor in header.items():
            if key != "__metadata__":
                count = 1
                for dim in tensor["shape"]:
                    count *= dim
                total += count
    return total


def _record_in_workspace(model: PulledModel, workspace: Workspace) -> None:
    from afinar.audit import AuditLog
    from afinar.workspace.schema import BaseModelRow

    with workspace.write_session() as session:
        row = session.get(BaseModelRow, model.name)
        if row is not None and row.weights_sha256 == model.weights_sha256:
            return
        values = dict(
            source=model.source,
            source_sha256=model.source_sha256,
            source_format=model.source_format,
            licence=model.licence,
            architecture=model.architecture,
            parameters=model.parameters,
            cache_path=str(model.path),
            weights_sha256=model.weights_sha256,
            pulled_at=datetime.fromisoformat(model.pulled_at),
        )
        if row is None:
            session.add(BaseModelRow(name=model.name, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
    AuditLog(workspace).append(
        "model.pulled",
        f"base_model:{model.name}",
        {
            "source_format": model.source_format,
            "source_sha256": model.source_sha256,
            "weights_sha256": model.weights_sha256,
            "licence": model.licence,
            "parameters": model.parameters,
        },
    )


def load_base(
    name: str,
    workspace: Workspace,
    *,
    head: Literal["causal-lm", "encoder", "classification"] = "causal-lm",
    num_labels: int | None = None,
    dtype: str = "float32",
    log=print,
):
    """(model, tokenizer) for a base model, pulled into the cache first if needed.

    `head`: `causal-lm` (AutoModelForCausalLM), `encoder` (AutoModel) or `classification`
    (AutoModelForSequenceClassification with `num_labels`).
    """
    import torch
    from transformers import AutoModel, AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    pulled = cached(name, workspace) or pull(name, workspace, log=log)
    torch_dtype = getattr(torch, dtype)
    tokenizer = AutoTokenizer.from_pretrained(pulled.path)
    if head == "causal-lm":
        model = AutoModelForCausalLM.from_pretrained(pulled.path, dtype=torch_dtype)
    elif head == "encoder":
        model = AutoModel.from_pretrained(pulled.path, dtype=torch_dtype)
    else:
        if not num_labels:
            raise ValueError("num_labels is required for a classification head")
        model = AutoModelForSequenceClassification.from_pretrained(pulled.path, num_labels=num_labels, dtype=torch_dtype)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer
