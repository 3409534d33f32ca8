"""A resumed run repeats the interrupted run's arithmetic choices, whatever the load says now."""

from __future__ import annotations

from afinar.train.hardware import HardwarePlan, keep_resumed_choices


def _plan(**changes) -> HardwarePlan:
    values = dict(
        device="cpu", dtype="float32", threads=2, batch_size=8, micro_batch_size=8, grad_accumulation=1, world_size=1,
        gradient_checkpointing=False, memory_estimate_gib=0.5, memory_available_gib=20.0, reasons=[],
    )
    values.update(changes)
    return HardwarePlan(**values)


def test_resume_keeps_threads_dtype_and_batch_split_of_the_interrupted_run():
    stored = _plan(threads=1, dtype="bfloat16", micro_batch_size=4, grad_accumulation=2).to_json()
    plan = keep_resumed_choices(_plan(), stored)
    assert (plan.threads, plan.dtype, plan.micro_batch_size, plan.grad_accumulation) == (1, "bfloat16", 4, 2)
    assert "threads 1 kept (would now choose 2)" in plan.reasons[-1]


def test_resume_on_other_hardware_chooses_afresh_and_says_so():
    stored = _plan(threads=1, world_size=2).to_json()
    plan = keep_resumed_choices(_plan(), stored)
    assert plan.threads == 2 and plan.world_size == 1
    assert "chosen afresh" in plan.reasons[-1]


def test_auto_threads_counts_idle_cores_of_this_process():
    import os

    from afinar.train.hardware import _idle_cores, auto_threads

    cpus = sorted(os.sched_getaffinity(0))
    idle = _idle_cores(cpus, seconds=0.2)
    assert idle is not None and 0.0 <= idle <= len(cpus) + 1e-9
    threads, reason = auto_threads()
    assert 1 <= threads <= len(cpus) and "idle over 0.5 s" in reason
    assert auto_threads(world_size=len(cpus))[0] == 1
