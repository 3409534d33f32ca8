"""Serving throughput: `afinar serve` against a plain transformers pipeline behind a minimal FastAPI
server, on loopback, on this machine.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/serve.py            # 2,000 classifications + 100 chats per server, 2 rounds
    HF_HUB_OFFLINE=1 .venv/bin/python bench/serve.py --quick    # 300 + 20, 1 round

Workloads (the same JSON bodies to both servers, httpx.AsyncClient, keep-alive connections):
  classify  2,000 POST /v1/classify, one support ticket each (the `atendimento` template, new
            people), 16 in flight.
  chat      100 POST /v1/chat/completions, one user turn of a template conversation, max_tokens 16,
            temperature 0, 8 in flight.
Both servers run in their own process with the same weights (the registry's merged export of a
minilm-l6 LoRA classifier and a smollm2-135m-instruct LoRA chat model), the same inference dtype
(what `dtype: auto` picks on this machine) and torch threads (1).

- afinar: the real `afinar serve` (bearer-token auth, micro-batching, request logs anonymised by the
  privacy stage and written to SQLite, Prometheus metrics; rate limit off for the load).
- baseline: FastAPI + `transformers.pipeline`, one pipeline call per request in FastAPI's thread
  pool; no auth, no logs, no batching: what a minimal model server looks like.

Reported per server and workload: requests/s, p50/p99 latency, errors (must be 0 for afinar), the
server process's RSS after start-up and after the load, and the load average (the machine is
shared). Rounds alternate the servers; the figures are the median over rounds.
Results: bench/results/serve.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "serve.json"
sys.path.insert(0, str(REPO / "bench"))

CLASSIFY_CONCURRENCY = 16
CHAT_CONCURRENCY = 8
CHAT_MAX_TOKENS = 16


# -- the world: data, two short runs, the registry, merged exports -------------------------------------


def build(workdir: Path, log) -> dict:
    """Prepare, train, register and promote a classifier and a chat model; export both merged.
    Reused when `workdir` already holds them."""
    done = workdir / "world.json"
    if done.exists():
        return json.loads(done.read_text())
    import shutil

    import yaml

    from afinar.config import load_spec
    from afinar.data import prepare
    from afinar.registry import Registry, identity
    from afinar.templates import generate
    from afinar.train import train
    from afinar.workspace import Workspace

    shutil.rmtree(workdir, ignore_errors=True)
    sources = workdir / "sources"
    generate("atendimento", sources, n=600, seed=7)
    quiet = lambda _m: None  # noqa: E731
    specs = {}
    for name, task, base, source, fmt, steps in (
        ("atendimento", "classification", "minilm-l6", "tickets.jsonl", "classification", 30),
        ("assistente", "sft", "smollm2-135m-instruct", "conversas.jsonl", "chat", 2),
    ):
        folder = workdir / name
        (folder / "data").mkdir(parents=True)
        shutil.copy(sources / source, folder / "data" / source)
        spec = {
            "project": name, "task": task, "base_model": base,
            "data": {"sources": [f"data/{source}"], "format": fmt, "split": {"validation": 0.1, "test": 0.1}, "dedup": {"near": None}},
            "privacy": {"default": "pseudonymize", "entities": {"BR_CPF": "replace"}, "fail_on_residual": False},
            "train": {"method": "lora", "max_steps": steps, "batch_size": 8, "max_seq_len": 192, "learning_rate": 1e-3 if task == "classification" else 2e-4, "threads": 1, "replay": {"ratio": 0.0}},
            "evaluate": {"gates": {}},
        }
        (folder / "afinar.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
        specs[name] = load_spec(folder)
    workspace = Workspace.open(workdir / "ws")
    admin = identity.local_user(workspace)
    identity.add_user(workspace, admin, "ana", ["data_scientist"])
    identity.add_user(workspace, admin, "bruno", ["reviewer"])
    ana, bruno = identity.get_user(workspace, "ana"), identity.get_user(workspace, "bruno")
    registry = Registry(workspace)
    exports = {}
    for name, loaded in specs.items():
        dataset = prepare(loaded, workspace, log=quiet)
        run = train(loaded, workspace, dataset_id=dataset.id, log=quiet)
        version = registry.register(run.id, ana)
        registry.submit(version.id, admin, override_reason="benchmark: not evaluated")
        registry.approve(version.id, bruno)
        registry.promote(version.id, bruno, log=quiet)
        exports[name] = str(registry.export(version.id, workdir / "export" / name, admin, kind="merged", log=quiet))
        log(f"{version.id}: trained ({run.steps} steps) and exported")
    token, _ = identity.create_token(workspace, admin, "ana", label="bench")
    workspace.close()
    world = {"token": token, "exports": exports}
    done.write_text(json.dumps(world))
    return world


def workload_texts() -> tuple[list[str], list[str]]:
    """Tickets and user turns from the template with another seed: people the models never saw."""
    import tempfile

    from afinar.templates import generate

    folder = Path(tempfile.mkdtemp())
    tickets, conversations, _ = generate("atendimento", folder, n=400, seed=2024)
    texts = [json.loads(line)["text"] for line in tickets.read_text(encoding="utf-8").splitlines()]
    turns = [json.loads(line)["messages"][0]["content"] for line in conversations.read_text(encoding="utf-8").splitlines()]
    return texts, turns


# -- the baseline server ------------------------------------------------------------------------------------


def baseline_app(exports: dict, dtype: str, threads: int):
    """FastAPI + transformers pipelines: one pipeline call per request, in the thread pool."""
    import torch
    from fastapi import FastAPI
    from transformers import pipeline

    torch.set_num_threads(threads)
    torch_dtype = getattr(torch, dtype)
    classifier = pipeline("text-classification", model=exports["atendimento"], dtype=torch_dtype, device="cpu")
    chat = pipeline("text-generation", model=exports["assistente"], dtype=torch_dtype, device="cpu")
    app = FastAPI()

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.post("/v1/classify")
    def classify(body: dict) -> dict:
        result = classifier(body["input"])[0]
        return {"data": [{"index": 0, "label": result["label"], "score": result["score"]}]}

    @app.post("/v1/chat/completions")
    def chat_completions(body: dict) -> dict:
        out = chat(body["messages"], max_new_tokens=body.get("max_tokens", 16), do_sample=False, return_full_text=False)
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": out[0]["generated_text"]}}]}

    return app


def run_baseline_server(args) -> None:
    import uvicorn

    exports = json.loads(args.exports)
    uvicorn.run(baseline_app(exports, args.dtype, args.threads), host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


# -- load -----------------------------------------------------------------------------------------------


async def load(url: str, path: str, bodies: list[dict], concurrency: int, headers: dict) -> dict:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)

    async def worker(client) -> None:
        while True:
            try:
                body = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.perf_counter()
            try:
                answer = await client.post(url + path, json=body, headers=headers)
                if answer.status_code != 200:
                    errors.append(f"HTTP {answer.status_code}")
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=600, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "requests": len(bodies),
        "concurrency": concurrency,
        "seconds": round(seconds, 2),
        "requests_per_s": round(len(bodies) / seconds, 2),
        "p50_ms": round(1000 * ordered[len(ordered) // 2], 1),
        "p99_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "load_average": round(os.getloadavg()[0], 2),
    }


def rss_gib(pid: int) -> float:
    import psutil

    process = psutil.Process(pid)
    return round(sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]) / 1024**3, 3)


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 600) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(url + "/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("the server did not start")
        time.sleep(0.5)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(kind: str, world: dict, workdir: Path, dtype: str, texts: list[str], turns: list[str], n_classify: int, n_chat: int, log) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    if kind == "afinar":
        import yaml

        # `afinar serve --spec` reads the `serve:` section of a project spec: rate limit off for the load.
        spec = {
            "project": "bench-serve", "task": "classification", "base_model": "minilm-l6",
            "data": {"sources": ["unused.jsonl"], "already_anonymized": True},
            "serve": {"rate_limit": {"per_minute": 0}, "threads": 1, "dtype": dtype, "dashboard": False},
        }
        (workdir / "serve.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
        command = [sys.executable, "-m", "afinar", "--workspace", str(workdir / "ws"), "serve", "--spec", str(workdir / "serve.yaml"), "--port", str(port), "--no-access-log"]
        headers = {"Authorization": f"Bearer {world['token']}"}
        models = {"classify": "atendimento", "chat": "assistente"}
    else:
        command = [sys.executable, __file__, "--baseline-server", "--port", str(port), "--exports", json.dumps(world["exports"]), "--dtype", dtype, "--threads", "1"]
        headers = {}
        models = {"classify": "atendimento", "chat": "assistente"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        started = time.perf_counter()
        wait_healthy(url, process)
        result = {"startup_s": round(time.perf_counter() - started, 1), "rss_after_start_gib": rss_gib(process.pid)}
        classify_bodies = [{"model": models["classify"], "input": texts[i % len(texts)]} for i in range(n_classify)]
        chat_bodies = [
            {"model": models["chat"], "messages": [{"role": "user", "content": turns[i % len(turns)]}], "max_tokens": CHAT_MAX_TOKENS, "temperature": 0}
            for i in range(n_chat)
        ]
        asyncio.run(load(url, "/v1/classify", classify_bodies[:32], CLASSIFY_CONCURRENCY, headers))  # warm-up
        result["classify"] = asyncio.run(load(url, "/v1/classify", classify_bodies, CLASSIFY_CONCURRENCY, headers))
        log(f"{kind} classify: {result['classify']}")
        result["chat"] = asyncio.run(load(url, "/v1/chat/completions", chat_bodies, CHAT_CONCURRENCY, headers))
        log(f"{kind} chat: {result['chat']}")
        result["rss_after_load_gib"] = rss_gib(process.pid)
        return result
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "afinar-bench-serve")
    parser.add_argument("--baseline-server", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--exports", default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--dtype", default="float32", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_server:
        run_baseline_server(args)
        return
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from machine import machine_description

    log = lambda m: print(f"[{time.strftime('%H:%M:%S')}] {m}", flush=True)  # noqa: E731
    n_classify, n_chat = (300, 20) if args.quick else (2000, 100)
    rounds = args.rounds or (1 if args.quick else 2)
    machine = machine_description()
    world = build(args.workdir, log)
    from afinar.evaluate.models import inference_dtype

    import torch

    torch.set_num_threads(1)
    dtype = inference_dtype("auto")
    log(f"inference dtype on this machine: {dtype}")
    texts, turns = workload_texts()
    runs: dict[str, list[dict]] = {"afinar": [], "baseline": []}
    for round_ in range(rounds):
        for kind in ("afinar", "baseline") if round_ % 2 == 0 else ("baseline", "afinar"):
            runs[kind].append(measure(kind, world, args.workdir, dtype, texts, turns, n_classify, n_chat, log))

    def median(kind: str, workload: str, key: str) -> float:
        return round(statistics.median(r[workload][key] for r in runs[kind]), 2)

    summary = {}
    for workload in ("classify", "chat"):
        summary[workload] = {
            kind: {key: median(kind, workload, key) for key in ("requests_per_s", "p50_ms", "p99_ms")} | {"errors": sum(r[workload]["errors"] for r in runs[kind])}
            for kind in runs
        }
        summary[workload]["throughput_ratio"] = round(summary[workload]["afinar"]["requests_per_s"] / summary[workload]["baseline"]["requests_per_s"], 2)
    memory = {kind: {"after_start_gib": statistics.median(r["rss_after_start_gib"] for r in runs[kind]), "after_load_gib": statistics.median(r["rss_after_load_gib"] for r in runs[kind])} for kind in runs}
    result = {
        "machine": machine,
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
        "settings": {
            "classify_requests": n_classify, "classify_concurrency": CLASSIFY_CONCURRENCY, "chat_requests": n_chat, "chat_concurrency": CHAT_CONCURRENCY,
            "chat_max_tokens": CHAT_MAX_TOKENS, "rounds": rounds, "dtype": dtype, "torch_threads": 1, "torch": torch.__version__,
        },
        "summary": summary,
        "memory": memory,
        "runs": runs,
    }
    afinar_errors = summary["classify"]["afinar"]["errors"] + summary["chat"]["afinar"]["errors"]
    if not args.quick:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"summary": summary, "memory": memory}, indent=1))
    if afinar_errors:
        raise SystemExit(f"afinar answered {afinar_errors} request(s) with an error")


if __name__ == "__main__":
    main()
