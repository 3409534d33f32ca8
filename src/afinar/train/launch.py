"""`afinar train --nproc N`: N data-parallel processes started by `accelerate launch`.

On a CPU the processes join a gloo process group (`DistributedType.MULTI_CPU`) and split the
cores between them; on a machine with GPUs the same command runs one process per GPU over NCCL.
Each process runs `python -m afinar.train.launch …`, which calls `afinar.train.train` as one rank:
every rank computes its share of each optimizer step, DDP averages the gradients, and rank 0
alone writes checkpoints, metrics, the run record and the audit events.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys

from afinar.config import LoadedSpec
from afinar.errors import AfinarError
from afinar.workspace import Workspace


def launch_ranks(loaded: LoadedSpec, workspace: Workspace, *, nproc: int, dataset_id: str | None, resume: bool, from_run: str | None, log):
    import torch

    from afinar.models import pull
    from afinar.train.records import get_run, new_run_id
    from afinar.train.stage import _run_to_resume

    pull(loaded.spec.base_model, workspace, log=log)  # once, before the ranks look for it in the cache
    run_id = _run_to_resume(workspace, loaded, None).id if resume else new_run_id()
    gpus = torch.cuda.device_count()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    command = [
        sys.executable, "-m", "accelerate.commands.launch",
        "--multi_gpu", "--num_processes", str(nproc), "--num_machines", "1",
        "--mixed_precision", "no", "--dynamo_backend", "no",
        "--num_cpu_threads_per_process", str(max(1, cores // nproc)),
        "--main_process_port", str(_free_port()),
        "-m", "afinar.train.launch",
        "--spec", str(loaded.path), "--workspace", str(workspace.root), "--run-id", run_id,
    ]
    if dataset_id:
        command += ["--dataset", dataset_id]
    if from_run:
        command += ["--from", from_run]
    if loaded.spec.train.max_steps:
        command += ["--max-steps", str(loaded.spec.train.max_steps)]
    if resume:
        command.append("--resume")
    log(f"launching {nproc} processes with accelerate ({'GPUs: ' + str(gpus) if gpus else 'CPU, gloo'}) for run {run_id}")
    completed = subprocess.run(command, env={**os.environ, "ACCELERATE_USE_CPU": "false" if gpus else "true"}, check=False)
    if completed.returncode != 0:
        raise AfinarError(f"distributed training failed (accelerate launch exited with {completed.returncode}); see the messages above")
    return get_run(workspace, run_id)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main(argv: list[str] | None = None) -> None:
    """One rank of a distributed run (started by `launch_ranks`, not by people)."""
    from afinar.runtime import apply_runtime_defaults

    apply_runtime_defaults()
    parser = argparse.ArgumentParser(prog="afinar.train.launch")
    parser.add_argument("--spec", required=True)
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--dataset")
    parser.add_argument("--from", dest="from_run")
    parser.add_argument("--max-steps", type=int)
    parser.add_argument("--resume", action="store_true")
    args = parser.parse_args(argv)

    from afinar.config import load_spec
    from afinar.train.stage import train

    def log(message: str) -> None:
        print(f"· {message}", file=sys.stderr, flush=True)

    workspace = Workspace.open(args.workspace)
    try:
        train(
            load_spec(args.spec), workspace, dataset_id=args.dataset, resume=args.resume, from_run=args.from_run,
            max_steps=args.max_steps, run_id=args.run_id, log=log,
        )
    except AfinarError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
