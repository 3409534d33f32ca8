"""Benchmark: how long `afinar.evaluate` takes on a 135M causal LM with 500 test examples, and
batched generation (left padding, one `generate` per batch) against one-by-one generation.

    python bench/evaluate.py [--examples 500] [--max-new-tokens 32] [--baseline-prompts 48] [--dtype auto]

It trains a 4-step LoRA run of smollm2-135m-instruct on chats of the atendimento example (the
run only has to exist: the timing is the evaluation's), evaluates it on `--examples` held-out
chats (tuned + base generations, reference perplexity, forgetting, memorisation, bootstrap,
fairness, report), then times the generation step alone both ways on the same prompts: batched
on every prompt, one by one on the first `--baseline-prompts` (extrapolated per example, as the
unbatched run of all 500 would take too long on this machine); the generation timings are
repeated `--repeats` times, alternating, and their medians reported. Writes bench/results/evaluate.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--baseline-prompts", type=int, default=48)
    parser.add_argument("--dtype", default="auto", choices=["auto", "float32", "bfloat16"],
                        help="inference precision; auto is measured once and used by both the evaluation and the timings")
    parser.add_argument("--repeats", type=int, default=3, help="timings of the generation step, batched and one by one (medians reported)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("AFINAR_USER", "bench")

    import torch
    import yaml
    from machine import machine_description

    from afinar.config import load_spec
    from afinar.evaluate import evaluate
    from afinar.evaluate.generation import generate_batched, generate_one_by_one, prompt_case
    from afinar.evaluate.models import inference_dtype, load_tuned
    from afinar.train import train
    from afinar.train.examples import examples_from_records
    from afinar.workspace import Workspace

    machine_before = machine_description()
    dtype = inference_dtype(args.dtype)
    records = [json.loads(line) for line in (REPO / "examples/atendimento/data/conversas.jsonl").read_text(encoding="utf-8").splitlines()]
    folder = Path(tempfile.mkdtemp(prefix="afinar-bench-eval-"))
    spec = {
        "project": "bench-eval", "task": "sft", "base_model": "smollm2-135m-instruct",
        "data": {"sources": ["conversas.jsonl"], "format": "chat", "already_anonymized": True, "group_fields": ["region"]},
        "train": {"method": "lora", "max_steps": 4, "batch_size": 8, "max_seq_len": 256, "replay": {"ratio": 0.0}},
        "evaluate": {"max_new_tokens": args.max_new_tokens, "batch_size": args.batch_size, "memorisation_prompts": 32, "dtype": dtype},
    }
    (folder / "afinar.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    loaded = load_spec(folder)
    examples = examples_from_records(records, loaded.spec.data, "conversas.jsonl")
    train_examples, test_examples = examples[: len(examples) - args.examples], examples[len(examples) - args.examples :]
    workspace = Workspace.open(folder / "ws")
    run = train(loaded, workspace, examples={"train": train_examples[:64], "validation": train_examples[64:72]}, log=lambda _m: None)

    started = time.perf_counter()
    evaluation = evaluate(run.id, workspace, loaded=loaded, examples={"train": train_examples, "test": test_examples}, log=lambda m: print("·", m, file=sys.stderr))
    evaluate_seconds = time.perf_counter() - started

    tuned = load_tuned(run, workspace, log=lambda _m: None)
    prompts = [c.prompt_ids for c in (prompt_case(e, tuned.tokenizer, tuned.record["chat_format"], 256) for e in test_examples) if c]
    options = dict(max_new_tokens=args.max_new_tokens, dtype=dtype, device="cpu")
    subset = prompts[: args.baseline_prompts]
    batched_runs, unbatched_runs = [], []
    for _ in range(args.repeats):  # alternated, so that load on the machine hits both alike
        started = time.perf_counter()
        generate_batched(tuned.model, tuned.tokenizer, prompts, batch_size=args.batch_size, **options)
        batched_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        generate_one_by_one(tuned.model, tuned.tokenizer, subset, **options)
        unbatched_runs.append(time.perf_counter() - started)
    batched, unbatched = statistics.median(batched_runs), statistics.median(unbatched_runs)

    result = {
        "benchmark": "evaluate",
        "machine_before": machine_before,
        "machine_after": machine_description(),
        "torch_threads": torch.get_num_threads(),
        "model": "smollm2-135m-instruct (4-step LoRA run, merged)",
        "test_examples": len(test_examples),
        "max_new_tokens": args.max_new_tokens,
        "batch_size": args.batch_size,
        "inference_dtype": dtype,
        "inference_dtype_setting": args.dtype,
        "full_evaluation_seconds": round(evaluate_seconds, 1),
        "full_evaluation_covers": "tuned and base generations and reference perplexity on every test example, forgetting on "
        "200 general texts (base and tuned), memorisation (generations from 32 training prompts, privacy scan), "
        "paired bootstrap (1000 resamples, 4 metrics), fairness, HTML/Markdown report",
        "generation": {
            "prompts": len(prompts),
            "repeats": args.repeats,
            "batched_seconds_runs": [round(x, 1) for x in batched_runs],
            "unbatched_seconds_runs": [round(x, 1) for x in unbatched_runs],
            "batched_seconds": round(batched, 1),
            "batched_seconds_per_example": round(batched / len(prompts), 3),
            "unbatched_prompts_timed": len(subset),
            "unbatched_seconds": round(unbatched, 1),
            "unbatched_seconds_per_example": round(unbatched / len(subset), 3),
            "unbatched_extrapolated_seconds_for_all": round(unbatched / len(subset) * len(prompts), 1),
            "speedup": round((unbatched / len(subset)) / (batched / len(prompts)), 2),
        },
        "evaluation_metrics": {k: v for k, v in evaluation.metrics.items() if v is not None},
    }
    out = REPO / "bench" / "results" / "evaluate.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
