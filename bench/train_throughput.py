"""Training throughput: afinar against Hugging Face `Trainer` / TRL `SFTTrainer` on this machine.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/train_throughput.py            # full run, ~15 min
    HF_HUB_OFFLINE=1 .venv/bin/python bench/train_throughput.py --quick    # one repeat, fewer steps

Two workloads, each run by both sides with the same model, data, steps, batch, learning rate
(constant, no warm-up) and seed:
  sft       SmolLM2-135M-Instruct, LoRA r=16 (alpha 32, no dropout) on every linear layer of the
            blocks, chats from examples/atendimento/data/conversas.jsonl, loss on the assistant
            answer only. Baseline: TRL SFTTrainer on prompt/completion conversations (completion-only
            loss), fp32, dynamic padding, no gradient checkpointing: how a competent user runs it here.
  classify  all-MiniLM-L6-v2 full fine-tuning on examples/atendimento/data/tickets.jsonl.
            Baseline: transformers Trainer, fp32, DataCollatorWithPadding, no gradient checkpointing.
Every trial runs in its own process (peak RSS is that process's); medians over `--repeats`.
Throughput counts the real (unpadded) tokens of the examples a run consumes, divided by its
training time (model loading and validation excluded on both sides). Validation loss is computed
the same way for both final models (mean cross-entropy over the validation examples' targets).
MFU = tokens/s × model FLOPs per token (6·N full, 4·N LoRA: no weight gradients for frozen
weights) / this machine's measured fp32 matmul peak (`afinar.models.fit.measure_matmul_gflops`).
Results: bench/results/train_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "train_throughput.json"
CACHE = Path(os.environ.get("AFINAR_MODEL_CACHE") or REPO / ".afinar" / "models")
CONVERSAS = REPO / "examples" / "atendimento" / "data" / "conversas.jsonl"
TICKETS = REPO / "examples" / "atendimento" / "data" / "tickets.jsonl"
VALIDATION = 64

WORKLOADS = {
    "sft": {"model": "smollm2-135m-instruct", "method": "lora", "batch": 8, "lr": 2e-4, "steps": 16, "max_len": 512, "seed": 42},
    "classify": {"model": "minilm-l6", "method": "full", "batch": 32, "lr": 5e-5, "steps": 40, "max_len": 128, "seed": 42},
}


# -- data (identical for both sides) -------------------------------------------------------------


def load_records(workload: str) -> tuple[list[dict], list[dict]]:
    path = CONVERSAS if workload == "sft" else TICKETS
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records[VALIDATION:], records[:VALIDATION]


def workspace():
    from afinar.workspace import Workspace

    os.environ.setdefault("AFINAR_MODEL_CACHE", str(CACHE))
    return Workspace.open(REPO / ".afinar" / "bench-workspace")


def write_spec(folder: Path, workload: str, dtype: str = "auto", packing: bool = False) -> Path:
    import yaml

    cfg = WORKLOADS[workload]
    spec = {
        "project": f"bench-{workload}",
        "task": "sft" if workload == "sft" else "classification",
        "base_model": cfg["model"],
        "data": {"sources": ["unused.jsonl"], "already_anonymized": True},
        "train": {
            "method": cfg["method"], "learning_rate": cfg["lr"], "batch_size": cfg["batch"], "max_seq_len": cfg["max_len"],
            "max_steps": cfg["steps"], "warmup_ratio": 0.0, "schedule": "constant", "seed": cfg["seed"], "dtype": dtype,
            "eval_every": 10_000, "checkpoint_every": 10_000, "max_grad_norm": 1.0, "packing": packing,
            "lora": {"r": 16, "alpha": 32, "dropout": 0.0}, "replay": {"ratio": 0.0}, "early_stopping": {"patience": None},
        },
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "afinar.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    return folder / "afinar.yaml"


# -- the afinar side --------------------------------------------------------------------------------


def run_afinar(workload: str, variant: str) -> dict:
    import tempfile

    from afinar.config import load_spec
    from afinar.train import train
    from afinar.train.examples import examples_from_records

    dtype = "float32" if variant == "fp32" else "auto"
    spec_path = write_spec(Path(tempfile.mkdtemp()), workload, dtype=dtype, packing=variant == "packing")
    loaded = load_spec(spec_path)
    if variant == "full-logits":  # ablation: LM head on every position, as model(labels=…) does
        from afinar.train import lm_loss
        from afinar.train.recipes import sft

        sft.supervised_lm_loss_sum = lambda model, batch, **_: lm_loss.full_lm_loss_sum(model.get_base_model() if hasattr(model, "get_base_model") else model, batch)
    if variant == "no-grouping":  # ablation: random batches, dynamic padding only
        from afinar.train import batching
        from afinar.train.recipes import classify, sft

        grouped = batching.epoch_steps
        ungrouped = lambda *a, **k: grouped(*a, **{**k, "group_by_length": False})  # noqa: E731
        sft.epoch_steps = classify.epoch_steps = ungrouped
    train_records, val_records = load_records(workload)
    examples = {
        "train": examples_from_records(train_records, loaded.spec.data),
        "validation": examples_from_records(val_records, loaded.spec.data),
    }
    ws = workspace()
    run = train(loaded, ws, examples=examples, log=lambda m: print(m, file=sys.stderr))
    from afinar.train import run_metrics

    rows = run_metrics(ws, run.id, "train")
    seconds = rows[-1]["elapsed_s"]  # the sum of the step times (validation excluded)
    tokens = consumed_tokens(workload)
    return {"seconds": seconds, "tokens": tokens, "val_loss": run.val_loss, "train_loss": run.train_loss, "dtype": run.plan["dtype"]}


def consumed_tokens(workload: str) -> int:
    """Real tokens in the examples `steps × batch` consume, at the train set's mean length (both
    sides see the same examples, in different orders)."""
    from transformers import AutoTokenizer

    cfg = WORKLOADS[workload]
    tokenizer = AutoTokenizer.from_pretrained(CACHE / cfg["model"])
    train_records, _ = load_records(workload)
    if workload == "sft":
        texts = [tokenizer.apply_chat_template(r["messages"], tokenize=False) for r in train_records]
        lengths = [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
    else:
        lengths = [len(ids) for ids in tokenizer([r["text"] for r in train_records], truncation=True, max_length=cfg["max_len"])["input_ids"]]
    lengths = [min(n, cfg["max_len"]) for n in lengths]
    return round(statistics.mean(lengths) * cfg["steps"] * cfg["batch"])


# -- the baseline side ------------------------------------------------------------------------------


def run_baseline(workload: str) -> dict:
    import torch

    cfg = WORKLOADS[workload]
    torch.set_num_threads(len(os.sched_getaffinity(0)))
    train_records, val_records = load_records(workload)
    model_dir = str(CACHE / cfg["model"])
    from datasets import Dataset
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    common = dict(
        output_dir=str(REPO / ".afinar" / "bench-baseline"), per_device_train_batch_size=cfg["batch"], gradient_accumulation_steps=1,
        max_steps=cfg["steps"], learning_rate=cfg["lr"], lr_scheduler_type="constant", warmup_steps=0, seed=cfg["seed"],
        bf16=False, fp16=False, gradient_checkpointing=False, logging_steps=1, save_strategy="no", eval_strategy="no",
        report_to=[], use_cpu=True, dataloader_drop_last=True, max_grad_norm=1.0, disable_tqdm=True,
    )
    if workload == "sft":
        from peft import LoraConfig
        from transformers import AutoModelForCausalLM
        from trl import SFTConfig, SFTTrainer

        def as_prompt_completion(record):
            messages = record["messages"]
            last = max(i for i, m in enumerate(messages) if m["role"] == "assistant")
            return {"prompt": messages[:last], "completion": [messages[last]]}

        dataset = Dataset.from_list([as_prompt_completion(r) for r in train_records])
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
        config = SFTConfig(**common, max_length=cfg["max_len"], packing=False, padding_free=False, completion_only_loss=True)
        lora = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0, target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"], task_type="CAUSAL_LM")
        trainer = SFTTrainer(model=model, args=config, train_dataset=dataset, processing_class=tokenizer, peft_config=lora)
    else:
        from transformers import AutoModelForSequenceClassification, DataCollatorWithPadding, Trainer, TrainingArguments

        labels = sorted({r["label"] for r in train_records})
        index = {label: i for i, label in enumerate(labels)}
        encoded = tokenizer([r["text"] for r in train_records], truncation=True, max_length=cfg["max_len"])
        dataset = Dataset.from_dict({**encoded, "labels": [index[r["label"]] for r in train_records]})
        torch.manual_seed(cfg["seed"])
        model = AutoModelForSequenceClassification.from_pretrained(model_dir, num_labels=len(labels), dtype=torch.float32)
        trainer = Trainer(model=model, args=TrainingArguments(**common), train_dataset=dataset, data_collator=DataCollatorWithPadding(tokenizer))
    result = trainer.train()
    seconds = result.metrics["train_runtime"]
    val_loss = validation_loss(workload, trainer.model, tokenizer, val_records, train_records)
    return {"seconds": seconds, "tokens": consumed_tokens(workload), "val_loss": val_loss, "train_loss": result.training_loss, "dtype": "float32"}


def validation_loss(workload: str, model, tokenizer, val_records, train_records) -> float:
    """Mean cross-entropy over the validation targets, computed by afinar's own code for any model."""
    import torch

    from afinar.config import load_spec
    from afinar.train.batching import collate_classification, collate_lm
    from afinar.train.examples import examples_from_records
    from afinar.train.formatting import tokenize_for_lm
    from afinar.train.lm_loss import supervised_lm_loss_sum

    import tempfile

    loaded = load_spec(write_spec(Path(tempfile.mkdtemp()), workload))
    examples = examples_from_records(val_records, loaded.spec.data)
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        if workload == "sft":
            items = [tokenize_for_lm(e, tokenizer, WORKLOADS[workload]["max_len"], "template") for e in examples]
            for start in range(0, len(items), 8):
                batch = collate_lm(items[start : start + 8], tokenizer.pad_token_id, pack=False)
                total += float(supervised_lm_loss_sum(model, batch))
                count += int((batch.targets != -100).sum())
        else:
            labels = sorted({r["label"] for r in train_records})
            ids = tokenizer([e.text for e in examples], truncation=True, max_length=WORKLOADS[workload]["max_len"])["input_ids"]
            targets = [labels.index(e.labels[0]) for e in examples]
            for start in range(0, len(ids), 32):
                batch = collate_classification(ids[start : start + 32], targets[start : start + 32], tokenizer.pad_token_id, multi_label=False)
                logits = model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits.float()
                total += float(torch.nn.functional.cross_entropy(logits, batch.labels, reduction="sum"))
                count += len(targets[start : start + 32])
    return total / count


# -- orchestration -----------------------------------------------------------------------------------


def trial(side: str, workload: str, variant: str = "default") -> dict:
    """Run one trial in a fresh process; return its measurements and peak RSS."""
    command = [sys.executable, __file__, "--worker", side, workload, variant]
    process = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"}, timeout=1800)
    if process.returncode != 0:
        raise SystemExit(f"{side} {workload} {variant} failed:\n{process.stderr[-4000:]}")
    result = json.loads(process.stdout.strip().splitlines()[-1])
    result["load_average"] = os.getloadavg()[0]
    print(f"  {side:8} {workload:8} {variant:11} {result['tokens'] / result['seconds']:8.1f} tok/s  val {result['val_loss']:.4f}  "
          f"peak {result['peak_rss_gib']:.2f} GiB  ({result['dtype']}, load {result['load_average']:.1f})", flush=True)
    return result


def flops_per_token(workload: str) -> float:
    """Model FLOPs per token: 2 per weight of every matmul (linear layers, incl. a tied LM head;
    embedding lookups cost none) forward, as much again for the activation gradients, and once more
    for the weight gradients in full fine-tuning. Attention scores are left out (small at these
    lengths), as in the usual 6·N estimate."""
    import torch
    from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification

    loader = AutoModelForCausalLM if workload == "sft" else AutoModelForSequenceClassification
    model = loader.from_pretrained(CACHE / WORKLOADS[workload]["model"])
    matmul = sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))
    return (4 if WORKLOADS[workload]["method"] == "lora" else 6) * matmul


def measure_bf16_speedup_once(size: int = 1024) -> float:
    """bf16 / fp32 matmul speed on the CPU at `size`² (best of a few each)."""
    import torch

    def best(dtype) -> float:
        a, b = torch.randn(size, size, dtype=dtype), torch.randn(size, size, dtype=dtype)
        torch.mm(a, b)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            torch.mm(a, b)
            times.append(time.perf_counter() - start)
        return min(times)

    return best(torch.float32) / best(torch.bfloat16)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one repeat, no ablations")
    parser.add_argument("--steps", type=int, nargs=2, metavar=("SFT", "CLASSIFY"), help="override the step counts")
    parser.add_argument("--worker", nargs=3, metavar=("SIDE", "WORKLOAD", "VARIANT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.steps:
        WORKLOADS["sft"]["steps"], WORKLOADS["classify"]["steps"] = args.steps
        os.environ["AFINAR_BENCH_STEPS"] = f"{args.steps[0]},{args.steps[1]}"
    elif os.environ.get("AFINAR_BENCH_STEPS"):  # a worker inherits the parent's override
        WORKLOADS["sft"]["steps"], WORKLOADS["classify"]["steps"] = map(int, os.environ["AFINAR_BENCH_STEPS"].split(","))
    if args.worker:
        side, workload, variant = args.worker
        result = run_afinar(workload, variant) if side == "afinar" else run_baseline(workload)
        result["peak_rss_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
        print(json.dumps(result))
        return

    from afinar.models import pull
    from afinar.models.fit import describe_machine, measure_matmul_gflops

    ws = workspace()
    for cfg in WORKLOADS.values():
        pull(cfg["model"], ws, log=lambda m: print(m, file=sys.stderr))
    machine = describe_machine().to_json()
    # The best of several measurements: on a shared machine a single one is often taken while
    # another process holds the cores, which understates the peak (and overstates MFU).
    fp32_peak = max(measure_matmul_gflops(seconds=1.0) for _ in range(3))
    bf16_speedup = max(measure_bf16_speedup_once() for _ in range(3))
    repeats = 1 if args.quick else args.repeats
    print(f"machine: {machine['cpu']}, {machine['cores']} cores; fp32 peak {fp32_peak:.0f} GFLOP/s; bf16 matmul {bf16_speedup:.1f}x; load {os.getloadavg()}")
    report: dict = {"machine": {**machine, "fp32_matmul_gflops": round(fp32_peak, 1), "bf16_matmul_speedup": round(bf16_speedup, 1)},
                    "load_average_start": os.getloadavg(), "repeats": repeats, "workloads": {}}
    for workload, cfg in WORKLOADS.items():
        print(f"{workload}: {cfg}")
        afinar = [trial("afinar", workload) for _ in range(repeats)]
        baseline = [trial("baseline", workload) for _ in range(repeats)]
        ablations = {}
        if not args.quick:
            variants = ["fp32", "no-grouping"] + (["full-logits", "packing"] if workload == "sft" else [])
            ablations = {variant: trial("afinar", workload, variant) for variant in variants}
        rate = statistics.median(r["tokens"] / r["seconds"] for r in afinar)
        base_rate = statistics.median(r["tokens"] / r["seconds"] for r in baseline)
        flops = flops_per_token(workload)
        entry = {
            "config": cfg,
            "afinar_tokens_per_s": round(rate, 1),
            "baseline_tokens_per_s": round(base_rate, 1),
            "speedup": round(rate / base_rate, 2),
            "afinar_val_loss": round(statistics.median(r["val_loss"] for r in afinar), 4),
            "baseline_val_loss": round(statistics.median(r["val_loss"] for r in baseline), 4),
            "afinar_peak_rss_gib": round(statistics.median(r["peak_rss_gib"] for r in afinar), 2),
            "baseline_peak_rss_gib": round(statistics.median(r["peak_rss_gib"] for r in baseline), 2),
            "afinar_dtype": afinar[0]["dtype"],
            "mfu": round(rate * flops / (fp32_peak * 1e9), 3),
            "mfu_vs_bf16_peak": round(rate * flops / (fp32_peak * bf16_speedup * 1e9), 3) if afinar[0]["dtype"] == "bfloat16" else None,
            "baseline_mfu": round(base_rate * flops / (fp32_peak * 1e9), 3),
            "model_flops_per_token": flops,
            "trials": {"afinar": afinar, "baseline": baseline},
            "ablations": {k: {"tokens_per_s": round(v["tokens"] / v["seconds"], 1), "val_loss": round(v["val_loss"], 4), "dtype": v["dtype"],
                              "peak_rss_gib": round(v["peak_rss_gib"], 2)} for k, v in ablations.items()},
        }
        entry["val_loss_gap"] = round(entry["afinar_val_loss"] / entry["baseline_val_loss"] - 1, 4)
        entry["goals_met"] = {"speedup_2x": entry["speedup"] >= 2, "val_loss_within_2pct": abs(entry["val_loss_gap"]) <= 0.02, "mfu_50pct": entry["mfu"] >= 0.5}
        report["workloads"][workload] = entry
        print(json.dumps({k: v for k, v in entry.items() if k not in ("trials", "config")}, indent=1))
    # Headline keys: the SFT workload (the one the issue names first).
    sft = report["workloads"]["sft"]
    report.update({key: sft[key] for key in ("afinar_tokens_per_s", "baseline_tokens_per_s", "speedup", "afinar_val_loss", "baseline_val_loss", "mfu")})
    report["load_average_end"] = os.getloadavg()
    report["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
