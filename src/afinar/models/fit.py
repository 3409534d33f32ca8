"""Will it fit, and how long will it take? Memory estimates and a micro-benchmark of this machine.

Memory (fp32, AdamW): full fine-tuning keeps weights + gradients + two optimizer moments
(16 bytes per parameter); LoRA keeps the frozen weights (4 bytes per parameter) plus a small
trainable set. Activations follow the usual transformer estimate (per layer and token:
about 34·hidden + 5·heads·seq bytes in 16-bit, doubled for fp32), and the LM head's logits
(batch·seq·vocab floats, kept for the softmax and its gradient).

Speed is measured, not guessed: a few real forward+backward steps of the model on this
machine, at the requested batch and sequence length.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

GIB = 1024**3


@dataclass(frozen=True)
class MachineInfo:
    cpu: str
    cores: int
    threads: int
    memory_gib: float
    gpu: str | None
    fp32_matmul_gflops: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def describe_machine(cache_file: Path | None = None, *, refresh: bool = False) -> MachineInfo:
    """This machine's CPU, memory, GPU and measured fp32 matmul peak (cached in `cache_file`)."""
    if cache_file and cache_file.exists() and not refresh:
        data = json.loads(cache_file.read_text(encoding="utf-8"))
        if data.get("cpu") == _cpu_name() and data.get("cores") == os.cpu_count():
            return MachineInfo(**data)
    import torch

    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    info = MachineInfo(
        cpu=_cpu_name(),
        cores=os.cpu_count() or 1,
        threads=torch.get_num_threads(),
        memory_gib=round(_memory_bytes() / GIB, 1),
        gpu=gpu,
        fp32_matmul_gflops=round(measure_matmul_gflops(), 1),
    )
    if cache_file:
        from afinar.workspace.atomic import atomic_write_text

        atomic_write_text(cache_file, json.dumps(info.to_json(), indent=2) + "\n")
    return info


def measure_matmul_gflops(size: int = 1024, seconds: float = 0.6) -> float:
    """Best sustained fp32 GFLOP/s of square matmuls on the CPU (the MFU denominator)."""
    import torch

    a, b = torch.randn(size, size), torch.randn(size, size)
    torch.mm(a, b)  # warm-up: thread pool, caches
    rates = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(rates) < 3:
        start = time.perf_counter()
        torch.mm(a, b)
        rates.append(2 * size**3 / (time.perf_counter() - start) / 1e9)
    return max(rates)


@dataclass(frozen=True)
class MemoryEstimate:
    method: str
    weights_gib: float
    gradients_gib: float
    optimizer_gib: float
    activations_gib: float
    total_gib: float


def estimate_training_memory(
    config: dict[str, Any], parameters: int, method: Literal["lora", "full"], batch_size: int, seq_len: int, lora_r: int = 16
) -> MemoryEstimate:
    """Peak training memory in GiB for fp32 training with AdamW (see the module docstring)."""
    hidden = config.get("hidden_size") or config.get("d_model") or 768
    layers = config.get("num_hidden_layers") or config.get("n_layer") or 12
    heads = config.get("num_attention_heads") or config.get("n_head") or 12
    vocab = config.get("vocab_size") or 32000
    is_lm = any("CausalLM" in arch for arch in config.get("architectures") or [])
    weights = 4 * parameters
    if method == "full":
        trainable = parameters
    else:
        # all linear layers of each block adapted: ~ (4 attention + 3 MLP) · 2 · r · hidden
        trainable = layers * 7 * 2 * lora_r * hidden
    gradients = 4 * trainable
    optimizer = 8 * trainable
    tokens = batch_size * seq_len
    activations = 2 * layers * tokens * (34 * hidden + 5 * heads * seq_len)
    if is_lm:
        activations += 3 * 4 * tokens * vocab  # logits, softmax, their gradient
    total = weights + gradients + optimizer + activations
    return MemoryEstimate(
        method=method,
        weights_gib=round(weights / GIB, 3),
        gradients_gib=round(gradients / GIB, 3),
        optimizer_gib=round(optimizer / GIB, 3),
        activations_gib=round(activations / GIB, 3),
        total_gib=round(total / GIB, 3),
    )


def measure_training_throughput(model, method: Literal["lora", "full"], batch_size: int, seq_len: int, steps: int = 3) -> float:
    """Tokens per second of real forward+backward+AdamW steps on random tokens (median of `steps`)."""
    import torch

    torch.manual_seed(0)
    is_lm = "CausalLM" in type(model).__name__
    if method == "lora":
        from peft import LoraConfig, get_peft_model

        model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear"))
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=1e-5)
    vocab = model.config.vocab_size
    inputs = torch.randint(0, vocab, (batch_size, seq_len))
    durations = []
    model.train()
    for step in range(steps + 1):
        start = time.perf_counter()
        if is_lm:
            loss = model(input_ids=inputs, labels=inputs).loss
        else:
            loss = model(input_ids=inputs).last_hidden_state.float().pow(2).mean()
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        if step:  # the first step pays for allocations and thread start-up
            durations.append(time.perf_counter() - start)
    return batch_size * seq_len / statistics.median(durations)


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0
