"""`afinar models info`: what a model is and whether it fits this machine, as one dict."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from afinar.models.catalog import CATALOG
from afinar.models.fit import describe_machine, estimate_training_memory, measure_training_throughput
from afinar.models.loading import cached, pull
from afinar.workspace import Workspace


def model_report(
    name: str,
    workspace: Workspace,
    *,
    batch_size: int = 8,
    seq_len: int = 256,
    tokens: int = 1_000_000,
    benchmark: bool = True,
    log=print,
) -> dict[str, Any]:
    """Architecture, size, licence, tokenizer, context, memory per method, measured speed."""
    pulled = cached(name, workspace) or pull(name, workspace, log=log)
    config = json.loads((pulled.path / "config.json").read_text(encoding="utf-8"))
    tokenizer_config = {}
    if (pulled.path / "tokenizer_config.json").exists():
        tokenizer_config = json.loads((pulled.path / "tokenizer_config.json").read_text(encoding="utf-8"))
    has_chat_template = (pulled.path / "chat_template.jinja").exists() or bool(tokenizer_config.get("chat_template"))
    machine = describe_machine(workspace.root / "machine.json")
    fit: dict[str, Any] = {"batch_size": batch_size, "seq_len": seq_len, "dataset_tokens": tokens, "methods": {}}
    for method in ("lora", "full"):
        memory = estimate_training_memory(config, pulled.parameters, method, batch_size, seq_len)
        entry: dict[str, Any] = {"memory": asdict(memory), "fits_in_memory": memory.total_gib < machine.memory_gib * 0.8}
        if benchmark:
            log(f"measuring {method} training steps (batch {batch_size} × {seq_len} tokens)")
            from afinar.models.loading import load_base

            model, _ = load_base(name, workspace, head="causal-lm" if "CausalLM" in pulled.architecture else "encoder", log=log)
            rate = measure_training_throughput(model, method, batch_size, seq_len)
            entry["tokens_per_s"] = round(rate, 1)
            entry["minutes_per_epoch"] = round(tokens / rate / 60, 1)
            flops_per_token = (6 if method == "full" else 4) * pulled.parameters
            entry["mfu"] = round(rate * flops_per_token / (machine.fp32_matmul_gflops * 1e9), 3)
        fit["methods"][method] = entry
    entry = CATALOG.get(name)
    return {
        "name": name,
        "upstream": entry.upstream if entry else pulled.source,
        "description": entry.description if entry else None,
        "architecture": pulled.architecture,
        "model_type": pulled.model_type,
        "parameters": pulled.parameters,
        "licence": pulled.licence,
        "hidden_size": config.get("hidden_size"),
        "layers": config.get("num_hidden_layers"),
        "attention_heads": config.get("num_attention_heads"),
        "vocab_size": config.get("vocab_size"),
        "context_length": config.get("max_position_embeddings"),
        "tokenizer": {
            "class": tokenizer_config.get("tokenizer_class"),
            "lowercases": bool(tokenizer_config.get("do_lower_case", False)),
            "chat_template": has_chat_template,
        },
        "source": {"path": pulled.source, "format": pulled.source_format, "sha256": pulled.source_sha256},
        "cache_path": str(pulled.path),
        "machine": machine.to_json(),
        "fit": fit,
    }


def render_model_report(report: dict[str, Any], console) -> None:
    from rich.table import Table

    console.print(f"[bold]{report['name']}[/]  ({report['upstream']})")
    if report.get("description"):
        console.print(report["description"])
    facts = [
        ("architecture", f"{report['architecture']} ({report['model_type']})"),
        ("parameters", f"{report['parameters'] / 1e6:.1f}M"),
        ("licence", report["licence"]),
        ("layers × hidden", f"{report['layers']} × {report['hidden_size']}, {report['attention_heads']} heads"),
        ("vocabulary", str(report["vocab_size"])),
        ("context length", str(report["context_length"])),
        ("tokenizer", f"{report['tokenizer']['class']}{', lower-cases' if report['tokenizer']['lowercases'] else ''}"
         f"{', chat template' if report['tokenizer']['chat_template'] else ', no chat template'}"),
        ("cache", report["cache_path"]),
    ]
    for key, value in facts:
        console.print(f"  [bold]{key:>16}[/] {value}")
    machine = report["machine"]
    console.print(
        f"\nthis machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB"
        f"{', GPU ' + machine['gpu'] if machine['gpu'] else ', no GPU'}; fp32 matmul peak {machine['fp32_matmul_gflops']} GFLOP/s"
    )
    fit = report["fit"]
    table = Table(title=f"training fit at batch {fit['batch_size']} × {fit['seq_len']} tokens, dataset {fit['dataset_tokens']:,} tokens")
    for column in ("method", "memory (GiB)", "fits", "tokens/s", "MFU", "≈ min/epoch"):
        table.add_column(column, justify="right")
    for method, entry in fit["methods"].items():
        table.add_row(
            method,
            f"{entry['memory']['total_gib']:.2f}",
            "yes" if entry["fits_in_memory"] else "[red]no[/]",
            f"{entry.get('tokens_per_s', '-')}",
            f"{entry['mfu']:.0%}" if "mfu" in entry else "-",
            f"{entry.get('minutes_per_epoch', '-')}",
        )
    console.print(table)
