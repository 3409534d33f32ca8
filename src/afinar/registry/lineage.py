"""Lineage, read from what each stage recorded (never reconstructed):

    model version ─> run (spec hash, author, output artifact) ─> parent runs (incremental)
                  ─> dataset version (manifest: source files and their sha256, privacy policy,
                     key id, derived_from after an LGPD request) ─> base model (weights sha256)
                  ─> evaluation (artifact) ─> code version (recorded at registration)

and the reverse: which runs and model versions came from a dataset version.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from afinar.errors import AfinarError, NotFoundError
from afinar.workspace import Workspace
from afinar.workspace.schema import BaseModelRow

RUN_RECORD = "afinar-run.json"


def code_version() -> dict[str, Any]:
    """afinar's version and, when it runs from a git checkout, the commit (and whether files differ from it)."""
    import afinar

    version: dict[str, Any] = {"afinar": afinar.__version__, "git_commit": None}
    source = Path(afinar.__file__).resolve().parent
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=source, capture_output=True, text=True, timeout=5)
        if commit.returncode == 0:
            version["git_commit"] = commit.stdout.strip()
            dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "."], cwd=source, capture_output=True, text=True, timeout=10)
            version["git_dirty"] = bool(dirty.stdout.strip()) if dirty.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        pass
    return version


def lineage(workspace: Workspace, version, *, verify: bool = False) -> dict[str, Any]:
    """The chain behind a model version, as recorded. `verify`: re-hash every artifact on the way."""
    from afinar.train import get_run

    run = get_run(workspace, version.run_id)
    chain = {
        "model": {
            "id": version.id,
            "status": version.status,
            "registered_at": version.created_at,
            "registered_by": version.created_by,
            "retrain_required": version.retrain_required,
        },
        "run": _run_facts(workspace, run),
        "parent_runs": _parent_chain(workspace, run),
        "dataset": dataset_facts(workspace, run.dataset_id) if run.dataset_id else None,
        "base_model": base_model_facts(workspace, run.base_model, run.base_weights_sha256),
        "evaluation": _evaluation_facts(workspace, version.evaluation_id),
        "code": {
            "registered_with": version.notes.get("code_version"),
            "run_recorded": run_record(workspace, run).get("code_version"),
        },
    }
    if verify:
        chain["verified"] = _verify(workspace, chain)
    return chain


def _run_facts(workspace: Workspace, run) -> dict[str, Any]:
    return {
        "id": run.id,
        "project": run.project,
        "task": run.task,
        "method": run.method,
        "status": run.status,
        "created_by": run.created_by,
        "created_at": run.created_at,
        "finished_at": run.finished_at,
        "steps": run.steps,
        "spec_sha256": run.spec_sha256,
        "output_sha256": run.output_sha256,
        "dataset_id": run.dataset_id,
        "parent_run_id": run.parent_run_id,
    }


def _parent_chain(workspace: Workspace, run) -> list[dict[str, Any]]:
    from afinar.train import get_run

    parents, seen = [], {run.id}
    while run.parent_run_id and run.parent_run_id not in seen:
        run = get_run(workspace, run.parent_run_id)
        seen.add(run.id)
        parents.append(_run_facts(workspace, run))
    return parents


def dataset_facts(workspace: Workspace, dataset_id: str) -> dict[str, Any]:
    """A dataset version's lineage facts, from its row and its stored manifest."""
    from afinar.data import get_dataset

    try:
        dataset = get_dataset(workspace, dataset_id)
    except NotFoundError:
        return {"id": dataset_id, "missing": True}
    manifest = read_manifest(dataset.path)
    privacy = manifest.get("privacy") or {}
    return {
        "id": dataset.id,
        "project": dataset.project,
        "created_at": dataset.created_at,
        "created_by": dataset.created_by,
        "fingerprint": dataset.fingerprint,
        "records": dataset.records,
        "splits": dataset.splits,
        "sources": [
            {"file": item.get("file"), "sha256": item.get("sha256"), "bytes": item.get("bytes"), "records_read": item.get("records_read")}
            for item in manifest.get("inputs", [])
        ],
        "privacy": {
            "mode": privacy.get("mode"),
            "policy": privacy.get("policy"),
            "key_id": (manifest.get("spec") or {}).get("privacy_key_id"),
        },
        "derived_from": manifest.get("derived_from"),
        "files_present": all((dataset.path / name).exists() for name in ("train.parquet", "validation.parquet", "test.parquet")),
    }


def read_manifest(path: Path) -> dict[str, Any]:
    file = path / "manifest.json"
    if not file.exists():
        return {}
    return json.loads(file.read_text(encoding="utf-8"))


def base_model_facts(workspace: Workspace, name: str, weights_sha256: str) -> dict[str, Any]:
    with workspace.session() as session:
        row = session.get(BaseModelRow, name)
    facts: dict[str, Any] = {"name": name, "weights_sha256": weights_sha256}
    if row is not None:
        facts.update(
            source=row.source if not os.path.isabs(row.source) else Path(row.source).name,
            source_format=row.source_format,
            source_sha256=row.source_sha256,
            licence=row.licence,
            architecture=row.architecture,
            parameters=row.parameters,
            cache_weights_sha256=row.weights_sha256,
            cache_matches_run=row.weights_sha256 == weights_sha256,
        )
    from afinar.models import CATALOG

    if name in CATALOG:
        facts["upstream"] = CATALOG[name].upstream
        facts.setdefault("licence", CATALOG[name].licence)
    return facts


def _evaluation_facts(workspace: Workspace, evaluation_id: str | None) -> dict[str, Any] | None:
    if not evaluation_id:
        return None
    from afinar.registry.evaluations import get_evaluation, test_set_of

    try:
        evaluation = get_evaluation(workspace, evaluation_id)
    except AfinarError:
        return {"id": evaluation_id, "missing": True}
    return {
        "id": evaluation.id,
        "artifact_sha256": evaluation.artifact_sha256,
        "passed": evaluation.passed,
        "primary_metric": evaluation.primary_metric,
        "value": evaluation.tuned_value,
        "test_set": test_set_of(evaluation),
        "created_at": evaluation.created_at,
    }


def run_record(workspace: Workspace, run) -> dict[str, Any]:
    if not run.output_sha256:
        return {}
    try:
        path = workspace.store.get(run.output_sha256).path / RUN_RECORD
    except NotFoundError:
        return {}
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _verify(workspace: Workspace, chain: dict[str, Any]) -> dict[str, str]:
    """Re-hash the artifacts of the chain: {sha256: 'ok' | problem}."""
    results: dict[str, str] = {}
    hashes = [chain["run"]["output_sha256"]] + [p["output_sha256"] for p in chain["parent_runs"]]
    if chain["dataset"] and not chain["dataset"].get("missing"):
        hashes.append(chain["dataset"]["id"])
    if chain["evaluation"] and not chain["evaluation"].get("missing"):
        hashes.append(chain["evaluation"]["artifact_sha256"])
    for sha in filter(None, hashes):
        try:
            workspace.store.verify(sha)
            results[sha] = "ok"
        except AfinarError as exc:
            results[sha] = exc.message
    return results


# -- reverse ----------------------------------------------------------------------------------------------


def runs_from_datasets(workspace: Workspace, dataset_ids: set[str]) -> list:
    """Runs trained on any of `dataset_ids`, and every run continued from one of those (an
    incremental run inherits its parent's data through the weights)."""
    from afinar.train import list_runs

    runs = sorted(list_runs(workspace), key=lambda run: run.created_at or "")
    affected: dict[str, Any] = {}
    changed = True
    while changed:
        changed = False
        for run in runs:
            if run.id not in affected and (run.dataset_id in dataset_ids or run.parent_run_id in affected):
                affected[run.id] = run
                changed = True
    return list(affected.values())


def models_from_dataset(workspace: Workspace, dataset_id: str) -> dict[str, Any]:
    """Reverse lineage: the runs and model versions that came from a dataset version."""
    from afinar.data import get_dataset
    from afinar.registry.versions import list_versions

    dataset = get_dataset(workspace, dataset_id)
    runs = runs_from_datasets(workspace, {dataset.id})
    versions = [v for run in runs for v in list_versions(workspace, run_id=run.id)]
    return {
        "dataset": dataset_facts(workspace, dataset.id),
        "runs": [
            {"id": run.id, "status": run.status, "created_by": run.created_by, "direct": run.dataset_id == dataset.id, "parent_run_id": run.parent_run_id}
            for run in runs
        ],
        "model_versions": [{"id": v.id, "status": v.status, "run_id": v.run_id, "retrain_required": v.retrain_required} for v in versions],
    }
