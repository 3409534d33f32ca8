"""Benchmark of the data stage, one command:

    .venv/bin/python bench/data_prepare.py [--records 1000000] [--out bench/results/data_prepare.json]

1. `prepare` on N short classification records (JSONL, 4 regions, 3 labels, customer groups,
   ~2% planted near-duplicates) with the real MiniLM tokenizer, in a child process so that its
   peak resident memory (ru_maxrss) is its own; also at N/10 to show how memory grows.
2. Near-duplicate detection on planted pairs: afinar's batched MinHash + LSH against
   datasketch's MinHash + MinHashLSH at the same threshold and number of permutations, on the
   same shingles: throughput (records/s) and recall of the planted pairs.
Results go to bench/results/data_prepare.json with a description of the machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "true")

WORDS = (
    "internet fatura plano cancelar ajuda sinal caindo boleto pagamento atraso cliente pedido entrega produto troca "
    "reembolso senha acesso aplicativo loja atendimento velocidade conta cobrança desconto portabilidade roteador "
    "técnico visita instalação mensalidade contrato multa fidelidade chip linha recarga saldo bônus"
).split()
REGIONS = ("Nordeste", "Sul", "Sudeste", "Norte", "Centro-Oeste")
LABELS = ("cobranca", "tecnico", "cancelamento")


def sentence(rng: random.Random) -> str:
    return "Olá, " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))) + "."


def write_records(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        previous = []
        for i in range(n):
            if previous and rng.random() < 0.02:
                text = rng.choice(previous).replace("Olá,", "Oi,")  # a near-duplicate
            else:
                text = f"{sentence(rng)} Protocolo {i}."
                if len(previous) < 1000:
                    previous.append(text)
                else:
                    previous[rng.randrange(1000)] = text
            out.write(json.dumps({"id": f"t{i}", "text": text, "label": rng.choice(LABELS), "region": rng.choice(REGIONS),
                                  "customer_id": f"c{i // 5}"}, ensure_ascii=False) + "\n")


def _prepare_child(project: str, workspace: str, queue) -> None:
    from afinar.config import load_spec
    from afinar.data import prepare
    from afinar.workspace import Workspace

    started = time.perf_counter()
    version = prepare(load_spec(project), Workspace.open(workspace), log=lambda _: None)
    seconds = time.perf_counter() - started
    queue.put({"seconds": seconds, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
               "splits": version.splits, "dropped": version.dropped})


def bench_prepare(n: int, root: Path) -> dict:
    project = root / f"p{n}"
    (project / "data").mkdir(parents=True)
    write_records(project / "data" / "t.jsonl", n)
    (project / "afinar.yaml").write_text(
        "project: bench\ntask: classification\nbase_model: minilm-l6\n"
        "data:\n  sources: [data/t.jsonl]\n  group_fields: [region]\n  already_anonymized: true\n"
        "  split: {group_by: customer_id}\n  dedup: {exact: true, near: 0.85}\n",
        encoding="utf-8",
    )
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_prepare_child, args=(str(project), str(root / "ws"), queue))
    child.start()
    result = queue.get()
    child.join()
    size = (project / "data" / "t.jsonl").stat().st_size
    return {"records": n, "input_mib": round(size / 2**20, 1), "seconds": round(result["seconds"], 1),
            "records_per_second": round(n / result["seconds"]), "peak_rss_mib": round(result["peak_rss_mib"]),
            "splits": result["splits"], "dropped": result["dropped"]}


def planted_pairs(originals: int, copies: int, threshold: float, shingle: int, seed: int = 1):
    """Texts with `copies` near-duplicates whose true Jaccard similarity is above the threshold."""
    from afinar.data.dedup import normalize_for_dedup

    rng = random.Random(seed)
    texts = [normalize_for_dedup(sentence(rng) + " " + sentence(rng) + f" caso {i}") for i in range(originals)]
    shingles = lambda s: {s[i : i + shingle] for i in range(len(s) - shingle + 1)}  # noqa: E731
    pairs = []
    while len(pairs) < copies:
        source = rng.randrange(originals)
        chars = list(texts[source])
        for _ in range(rng.randint(1, 2)):
            chars[rng.randrange(len(chars))] = rng.choice("xyzw")
        copy = "".join(chars)
        a, b = shingles(texts[source]), shingles(copy)
        if len(a & b) / len(a | b) >= threshold + 0.03:
            pairs.append((source, len(texts)))
            texts.append(copy)
    return texts, pairs


def bench_near_dedup(originals: int, copies: int, threshold: float = 0.85, num_perm: int = 128, shingle: int = 5) -> dict:
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from afinar.data import dedup

    texts, pairs = planted_pairs(originals, copies, threshold, shingle)
    # afinar
    started = time.perf_counter()
    hasher = dedup.MinHasher(num_perm, shingle)
    signatures = hasher.signatures(texts)
    bands = dedup.band_hashes(signatures, *dedup.lsh_params(threshold, num_perm))
    representative, _ = dedup.near_duplicate_clusters(signatures, bands, np.ones(len(texts), bool), threshold)
    ours_seconds = time.perf_counter() - started
    ours_found = sum(representative[copy] == representative[source] for source, copy in pairs)
    ours_flagged = int((representative != np.arange(len(texts))).sum())
    # datasketch, same shingles, same threshold and permutations
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sketches = []
    for i, text in enumerate(texts):
        sketch = MinHash(num_perm=num_perm)
        sketch.update_batch([text[j : j + shingle].encode("utf-8") for j in range(max(1, len(text) - shingle + 1))])
        sketches.append(sketch)
        lsh.insert(i, sketch)
    theirs_found = sum(copy in set(lsh.query(sketches[source])) for source, copy in pairs)
    theirs_seconds = time.perf_counter() - started
    return {
        "records": len(texts),
        "planted_pairs": len(pairs),
        "threshold": threshold,
        "num_perm": num_perm,
        "shingle_size": shingle,
        "afinar": {"seconds": round(ours_seconds, 2), "records_per_second": round(len(texts) / ours_seconds),
                   "recall": round(ours_found / len(pairs), 4), "records_flagged": ours_flagged},
        "datasketch": {"seconds": round(theirs_seconds, 2), "records_per_second": round(len(texts) / theirs_seconds),
                       "recall": round(theirs_found / len(pairs), 4), "note": "MinHash.update_batch + MinHashLSH.insert per record, then query per planted original"},
    }


def machine() -> dict:
    cpu = platform.processor()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory, 1), "python": sys.version.split()[0], "platform": platform.platform()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "data_prepare.json")
    args = parser.parse_args()
    results = {"machine": machine(), "prepare": [], "near_dedup": None}
    with tempfile.TemporaryDirectory(prefix="afinar-bench-") as scratch:
        for n in (args.records // 10, args.records):
            print(f"prepare {n} records …", flush=True)
            results["prepare"].append(bench_prepare(n, Path(scratch)))
            print(json.dumps(results["prepare"][-1]), flush=True)
    print("near-duplicate detection: afinar vs datasketch …", flush=True)
    results["near_dedup"] = bench_near_dedup(20_000, 2_000)
    print(json.dumps(results["near_dedup"]), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
