"""Hardware-aware defaults: precision, threads, batch split and activation checkpointing.

Every `auto` in `train:` is resolved here, once, with the reason; the run prints the plan and
stores it with the run record. Measured rather than assumed where a guess would be wrong:
a CPU that "supports" bf16 may emulate it (slower than fp32; TRL's bf16 default then costs
13x), or run it on AMX tiles (several times faster), so the two matmul speeds are timed.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from afinar.errors import UsageError

BF16_MIN_SPEEDUP = 2.0
MEMORY_SHARE = 0.6  # of the memory available, what the estimate may use
DEFAULT_BATCH = {"classification": 16, "sft": 8}


@dataclass
class HardwarePlan:
    device: str
    dtype: str  # compute precision: float32, or bfloat16 autocast over fp32 weights
    threads: int
    batch_size: int  # examples per optimizer step (all ranks)
    micro_batch_size: int  # examples per forward pass (one rank)
    grad_accumulation: int  # micro-batches per step on each rank
    world_size: int
    gradient_checkpointing: bool
    memory_estimate_gib: float
    memory_available_gib: float
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        head = (
            f"{self.device}, {self.dtype}, {self.threads} thread(s)/process × {self.world_size} process(es); batch "
            f"{self.batch_size} = {self.micro_batch_size} × {self.grad_accumulation} accumulated × {self.world_size}; "
            f"activation checkpointing {'on' if self.gradient_checkpointing else 'off'}"
        )
        return head + "".join(f"\n  - {reason}" for reason in self.reasons)


# The choices that change the arithmetic: a resumed run must repeat them, whatever the load or
# the bf16 timing says now, or its remaining steps compute (slightly) different floats.
RESUMED_CHOICES = ("dtype", "threads", "micro_batch_size", "grad_accumulation", "gradient_checkpointing")


def keep_resumed_choices(plan: HardwarePlan, stored: dict[str, Any]) -> HardwarePlan:
    """`plan` with the interrupted run's dtype, threads and batch split, when it ran on the same
    device with the same batch and number of processes (otherwise `plan`, with the reason)."""
    same = all(stored.get(key) == getattr(plan, key) for key in ("device", "batch_size", "world_size"))
    if not same:
        plan.reasons.append(
            "resumed on a different device, batch size or number of processes: the plan is chosen afresh, "
            "so the remaining steps may differ slightly from an uninterrupted run"
        )
        return plan
    changed = [(key, getattr(plan, key), stored[key]) for key in RESUMED_CHOICES if key in stored and stored[key] != getattr(plan, key)]
    for key, _now, then in changed:
        setattr(plan, key, then)
    plan.reasons.append(
        "resumed: dtype, threads, micro-batch and activation checkpointing kept from the interrupted run, so the "
        "remaining steps compute what an uninterrupted run would"
        + ("".join(f"; {key} {then} kept (would now choose {now})" for key, now, then in changed))
    )
    return plan


def auto_threads(world_size: int = 1) -> tuple[int, str]:
    """Torch threads per process for this machine now, and why: the cores available to this
    process that other work leaves idle, shared by `world_size` processes. OpenMP threads
    that wait on each other at every barrier collapse when the cores are oversubscribed
    (measured here: 2 threads 3.5x slower than 1 with 6 other busy processes).

    Idle cores are measured over half a second from /proc/stat, for the cores this process
    may run on, while it waits: the load average would count this process's own recent work
    (an evaluation right after a training run in the same process saw a load of 2 and took
    one thread). Where /proc/stat is not readable, the load average stands in."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else list(range(os.cpu_count() or 1))
    available = len(cpus)
    measured = _idle_cores(cpus)
    if measured is not None:
        idle = max(1, round(measured))
        how = f"{measured:.1f} of them idle over 0.5 s"
    else:
        busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        idle = max(1, round(available - busy))
        how = f"load average {busy:.1f} (≈{idle} idle)"
    threads = max(1, min(available, idle) // world_size)
    return threads, f"threads {threads}: {available} core(s) available to this process, {how}, shared by {world_size} process(es)"


def _idle_cores(cpus: list[int], seconds: float = 0.5) -> float | None:
    """Sum over `cpus` of the share of `seconds` each spent idle, from /proc/stat; None
    where it cannot be read (not Linux)."""

    def sample() -> dict[int, tuple[int, int]]:
        times = {}
        with open("/proc/stat", encoding="ascii") as stat:
            for line in stat:
                if line.startswith("cpu") and line[3:4].isdigit():
                    name, *fields = line.split()
                    values = [int(v) for v in fields[:8]]
                    times[int(name[3:])] = (values[3] + values[4], sum(values))  # idle + iowait, total
        return times

    try:
        before = sample()
        time.sleep(seconds)
        after = sample()
    except (OSError, ValueError):
        return None
    idle = 0.0
    for cpu in cpus:
        if cpu not in before or cpu not in after:
            return None
        total = after[cpu][1] - before[cpu][1]
        idle += (after[cpu][0] - before[cpu][0]) / total if total > 0 else 1.0
    return idle


def plan_hardware(train_spec, task: str, model_config: dict[str, Any], parameters: int, *, world_size: int = 1) -> HardwarePlan:
    """Resolve dtype, threads, batch split and checkpointing for this machine and model."""
    import torch

    from afinar.models.fit import estimate_training_memory

    reasons: list[str] = []
    device = "cuda" if torch.cuda.is_available() else "cpu"

    if train_spec.dtype != "auto":
        dtype = train_spec.dtype
        reasons.append(f"dtype {dtype}: set in the spec")
    elif device == "cuda":
        dtype = "bfloat16" if torch.cuda.is_bf16_supported() else "float32"
        reasons.append(f"dtype {dtype}: {'the GPU supports bf16' if dtype == 'bfloat16' else 'no bf16 on this GPU'}")
    else:
        speedup = measure_bf16_speedup()
        dtype = "bfloat16" if speedup >= BF16_MIN_SPEEDUP else "float32"
        reasons.append(
            f"dtype {dtype}: bf16 matmul measured {speedup:.1f}x fp32 on this CPU "
            f"({'native bf16 (AMX/AVX512-BF16)' if dtype == 'bfloat16' else 'emulated or slow: fp32 is faster'}; "
            f"threshold {BF16_MIN_SPEEDUP}x); weights, optimizer and loss stay fp32"
        )

    if train_spec.threads != "auto":
        threads = train_spec.threads
        reasons.append(f"threads {threads}: set in the spec")
    else:
        threads, reason = auto_threads(world_size)
        reasons.append(reason)

    if train_spec.batch_size == "auto":
        batch_size = DEFAULT_BATCH[task]
        reasons.append(f"batch size {batch_size}: default for {task}")
    else:
        batch_size = train_spec.batch_size
    if batch_size % world_size:
        raise UsageError(f"train.batch_size ({batch_size}) must be a multiple of the number of processes ({world_size})")
    per_rank = batch_size // world_size

    available_gib = _available_memory_gib(device)
    budget = available_gib * MEMORY_SHARE
    seq = train_spec.max_seq_len
    lora_r = train_spec.lora.r

    def estimate(micro: int) -> float:
        return estimate_training_memory(model_config, parameters, train_spec.method, micro, seq, lora_r).total_gib

    if train_spec.micro_batch_size == "auto":
        micro = per_rank
        while micro > 1 and (per_rank % micro or estimate(micro) > budget):
            micro -= 1
        reasons.append(
            f"micro-batch {micro}: the largest divisor of {per_rank} examples/rank whose estimate "
            f"({estimate(micro):.1f} GiB at {seq} tokens) fits {MEMORY_SHARE:.0%} of {available_gib:.1f} GiB available"
        )
    else:
        micro = train_spec.micro_batch_size
        if per_rank % micro:
            raise UsageError(
                f"train.micro_batch_size ({micro}) must divide the examples each process gets per step "
                f"(batch_size {batch_size} / {world_size} process(es) = {per_rank})"
            )

    memory = estimate(micro)
    if train_spec.gradient_checkpointing == "auto":
        checkpointing = memory > budget
        reasons.append(
            "activation checkpointing on: even micro-batch 1 exceeds the memory budget"
            if checkpointing
            else "activation checkpointing off: not needed for memory (it costs about a third of the speed)"
        )
    else:
        checkpointing = train_spec.gradient_checkpointing
    return HardwarePlan(
        device=device,
        dtype=dtype,
        threads=threads,
        batch_size=batch_size,
        micro_batch_size=micro,
        grad_accumulation=per_rank // micro,
        world_size=world_size,
        gradient_checkpointing=checkpointing,
        memory_estimate_gib=round(memory, 2),
        memory_available_gib=round(available_gib, 1),
        reasons=reasons,
    )


_BF16_SPEEDUP: float | None = None


def measure_bf16_speedup(size: int = 512, repeats: int = 12) -> float:
    """How many times faster a bf16 matmul runs than an fp32 one on this CPU: the best time
    of each, timed alternately so that other work on the machine slows both alike."""
    global _BF16_SPEEDUP
    if _BF16_SPEEDUP is not None:
        return _BF16_SPEEDUP
    import torch

    try:
        pairs = {dtype: (torch.randn(size, size, dtype=dtype), torch.randn(size, size, dtype=dtype))
                 for dtype in (torch.float32, torch.bfloat16)}
        best = {dtype: float("inf") for dtype in pairs}
        for dtype, (a, b) in pairs.items():
            torch.mm(a, b)  # warm-up: first calls pay for kernel selection
        for _ in range(repeats):
            for dtype, (a, b) in pairs.items():
                start = time.perf_counter()
                torch.mm(a, b)
                best[dtype] = min(best[dtype], time.perf_counter() - start)
        _BF16_SPEEDUP = best[torch.float32] / best[torch.bfloat16]
    except RuntimeError:  # no bf16 kernels at all
        _BF16_SPEEDUP = 0.0
    return _BF16_SPEEDUP


def _available_memory_gib(device: str) -> float:
    if device == "cuda":
        import torch

        free, _total = torch.cuda.mem_get_info()
        return free / 1024**3
    try:
        for line in open("/proc/meminfo", encoding="ascii"):
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
