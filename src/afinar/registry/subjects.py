"""LGPD data-subject requests (art. 18): which datasets and models hold a person's records, and
forgetting them.

The data stage keeps a keyed-hash index of the identifiers it found while anonymising
(`subject_index`: keyed hash → dataset version, record `file:line`). A request hashes the
value it is given with the same privacy key and looks the hash up; the value itself is never
stored, logged or printed.

`forget` then:
1. rebuilds every matching dataset version that is still current without those records, as a new
   version whose manifest says which version it came from (`derived_from`) and why; the new
   version keeps the old fingerprint, so preparing the same sources again reuses it instead of
   bringing the records back;
2. optionally (`purge`) deletes the split files of the old versions (their manifest stays, so
   lineage can still be read);
3. flags every model version trained on those datasets, directly or through a parent run, as
   `retrain_required` (it is not retired: an admin decides);
4. records the request (`subject_requests`) and audits every step.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from afinar.audit import AuditLog
from afinar.errors import NotFoundError, UsageError
from afinar.registry.identity import User, authorize
from afinar.workspace import Workspace
from afinar.workspace.schema import DatasetRow, ModelVersionRow, SubjectIndexRow, SubjectRequestRow

SPLITS = ("train", "validation", "test")


@dataclass
class SubjectReport:
    """What a subject search found. `record_refs` are `source file:line` references (no content)."""

    labels: list[str]
    datasets: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    model_versions: list[dict[str, Any]] = field(default_factory=list)
    unsearchable_datasets: list[str] = field(default_factory=list)  # indexed under another privacy key

    @property
    def found(self) -> bool:
        return bool(self.datasets)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ForgetReport:
    request_id: str
    search: SubjectReport
    rebuilt: list[dict[str, Any]] = field(default_factory=list)  # {"from", "to", "records_removed"}
    not_rebuilt: list[dict[str, Any]] = field(default_factory=list)  # {"id", "reason"}
    purged: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)  # model versions that must be retrained
    runs_to_retrain: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "search": self.search.to_json()}


# -- keys -------------------------------------------------------------------------------------------------


def candidate_keys(workspace: Workspace, value: str, label: str | None) -> dict[str, str]:
    """{keyed hash: label} for `value`: as `label` when given, else as every identifier type it
    could be (the index stores the type with the hash, so only a real match is reported)."""
    from afinar.data.anonymization import privacy_key
    from afinar.privacy.normalise import normalise_value
    from afinar.privacy.subjects import SUBJECT_LABELS, subject_key

    value = value.strip()
    if not value:
        raise UsageError("give the identifier to search for (a CPF, e-mail, phone, name, …)")
    if label is not None and label not in SUBJECT_LABELS:
        raise UsageError(f"--type {label!r} is not an identifier type the index records; types: {', '.join(sorted(SUBJECT_LABELS))}")
    key = privacy_key(workspace)
    labels = [label] if label else sorted(SUBJECT_LABELS)
    return {subject_key(name, value, key): name for name in labels if normalise_value(name, value)}


def _unsearchable(workspace: Workspace) -> list[str]:
    """Indexed dataset versions whose privacy key differs from the one at hand (searching them needs their key)."""
    from afinar.data import get_dataset
    from afinar.data.anonymization import privacy_key_id
    from afinar.registry.lineage import read_manifest

    current = privacy_key_id(workspace)
    with workspace.session() as session:
        indexed = session.scalars(select(SubjectIndexRow.dataset_id).distinct()).all()
    other = []
    for dataset_id in indexed:
        try:
            path = get_dataset(workspace, dataset_id).path
        except NotFoundError:
            continue  # indexed while a preparation failed before recording the version: nothing to search
        key_id = (read_manifest(path).get("spec") or {}).get("privacy_key_id")
        if key_id and key_id != current:
            other.append(dataset_id)
    return other


# -- search -----------------------------------------------------------------------------------------------


def find_subject(workspace: Workspace, actor: User, value: str, *, label: str | None = None, audit: bool = True) -> SubjectReport:
    """Every dataset version, run and model version built from records about the person `value` identifies."""
    from afinar.data import get_dataset
    from afinar.registry.lineage import runs_from_datasets
    from afinar.registry.versions import list_versions

    authorize(actor, "privacy.subject_request")
    keys = candidate_keys(workspace, value, label)
    with workspace.session() as session:
        rows = session.scalars(select(SubjectIndexRow).where(SubjectIndexRow.key_hash.in_(list(keys)))).all()
    superseded = superseded_datasets(workspace)
    by_dataset: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = by_dataset.setdefault(row.dataset_id, {"refs": {}, "labels": set()})
        entry["refs"][row.record_ref] = row.split
        entry["labels"].add(keys[row.key_hash])
    report = SubjectReport(labels=sorted({keys[row.key_hash] for row in rows}), unsearchable_datasets=_unsearchable(workspace))
    for dataset_id, entry in sorted(by_dataset.items()):
        try:
            dataset = get_dataset(workspace, dataset_id)
        except NotFoundError:
            continue  # see _unsearchable: the version was never recorded
        splits = {name: sum(1 for s in entry["refs"].values() if s == name) for name in SPLITS}
        report.datasets.append(
            {
                "id": dataset_id,
                "project": dataset.project,
                "created_at": dataset.created_at,
                "records": len(entry["refs"]),
                "splits": splits,
                "record_refs": sorted(entry["refs"]),
                "matched_as": sorted(entry["labels"]),
                "superseded_by": superseded.get(dataset_id),
                "files_present": all((dataset.path / f"{name}.parquet").exists() for name in SPLITS),
            }
        )
    runs = runs_from_datasets(workspace, set(by_dataset))
    report.runs = [{"id": r.id, "project": r.project, "status": r.status, "dataset_id": r.dataset_id, "parent_run_id": r.parent_run_id, "created_by": r.created_by} for r in runs]
    for run in runs:
        for version in list_versions(workspace, run_id=run.id):
            report.model_versions.append({"id": version.id, "status": version.status, "run_id": run.id, "retrain_required": version.retrain_required})
    if audit:
        AuditLog(workspace).append(
            "privacy.subject_searched",
            "subject:request",
            {
                "types_searched": sorted(set(keys.values())),
                "matched_as": report.labels,
                "datasets": [d["id"] for d in report.datasets],
                "model_versions": [v["id"] for v in report.model_versions],
                "via": actor.via,
            },
            actor=actor.name,
        )
    return report


def superseded_datasets(workspace: Workspace) -> dict[str, str]:
    """{dataset id: the version rebuilt from it} over every recorded forget request."""
    with workspace.session() as session:
        results = session.scalars(select(SubjectRequestRow.result)).all()
    mapping: dict[str, str] = {}
    for result in results:
        for item in json.loads(result or "{}").get("rebuilt", []):
            mapping[item["from"]] = item["to"]
    return mapping


# -- forget -----------------------------------------------------------------------------------------------


def forget_subject(workspace: Workspace, actor: User, value: str, *, label: str | None = None, purge: bool = False, log=print) -> ForgetReport:
    """Carry out a deletion request for the person `value` identifies (see the module docstring)."""
    audit = AuditLog(workspace)
    search = find_subject(workspace, actor, value, label=label, audit=False)
    keys = candidate_keys(workspace, value, label)
    request_id = "sr-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)
    report = ForgetReport(request_id, search)
    for entry in search.datasets:
        if entry["superseded_by"]:
            report.not_rebuilt.append({"id": entry["id"], "reason": f"already replaced by {entry['superseded_by']}"})
        elif not entry["files_present"]:
            report.not_rebuilt.append({"id": entry["id"], "reason": "its split files are gone (purged): nothing left to rebuild"})
        else:
            new_id, removed = rebuild_without(workspace, entry["id"], set(entry["record_refs"]), request_id, actor)
            report.rebuilt.append({"from": entry["id"], "to": new_id, "records_removed": removed})
            log(f"dataset {entry['id'][:12]} rebuilt without {removed} record(s) as {new_id[:12]}")
            audit.append("data.rebuilt", f"dataset:{new_id}", {"derived_from": entry["id"], "request_id": request_id, "records_removed": removed, "via": actor.via}, actor=actor.name)
        if purge and entry["files_present"]:
            _purge_splits(workspace, entry["id"])
            report.purged.append(entry["id"])
            audit.append("data.purged", f"dataset:{entry['id']}", {"request_id": request_id, "files": [f"{s}.parquet" for s in SPLITS], "via": actor.via}, actor=actor.name)
    report.runs_to_retrain = [run["id"] for run in search.runs]
    datasets = [d["id"] for d in search.datasets]
    for version in search.model_versions:
        _flag_for_retraining(workspace, version["id"], request_id, datasets)
        report.flagged.append(version["id"])
        audit.append("registry.retrain_required", f"model:{version['id']}", {"request_id": request_id, "datasets": datasets, "via": actor.via}, actor=actor.name)
    result = {k: v for k, v in report.to_json().items() if k != "search"} | {"datasets": datasets, "labels": search.labels}
    with workspace.write_session() as session:
        session.add(
            SubjectRequestRow(
                id=request_id, kind="forget", key_hashes=json.dumps(sorted(k for k, lab in keys.items() if lab in search.labels)),
                created_at=datetime.now(UTC), created_by=actor.name, result=json.dumps(result, sort_keys=True),
            )
        )
    audit.append(
        "privacy.subject_forgotten",
        f"subject_request:{request_id}",
        {
            "matched_as": search.labels,
            "datasets": datasets,
            "rebuilt": report.rebuilt,
            "purged": report.purged,
            "model_versions_flagged": report.flagged,
            "runs": report.runs_to_retrain,
            "via": actor.via,
        },
        actor=actor.name,
    )
    return report


def rebuild_without(workspace: Workspace, dataset_id: str, refs: set[str], request_id: str, actor: User) -> tuple[str, int]:
    """A new dataset version: `dataset_id` without the records at `refs` (`file:line`). Returns (new id, records removed)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from afinar.data import get_dataset

    old = get_dataset(workspace, dataset_id)
    manifest = json.loads((old.path / "manifest.json").read_text(encoding="utf-8"))
    build = Path(tempfile.mkdtemp(prefix=".tmp-rebuild-", dir=workspace.root / "tmp"))
    try:
        sizes, removed, label_counts = {}, {}, {}
        for split in SPLITS:
            table = pq.read_table(old.path / f"{split}.parquet")
            references = pc.binary_join_element_wise(table["source_file"], pc.cast(table["source_line"], "string"), ":")
            keep = pc.invert(pc.is_in(references, value_set=_pa_strings(refs)))
            kept = table.filter(keep)
            pq.write_table(kept, build / f"{split}.parquet")
            sizes[split], removed[split] = kept.num_rows, table.num_rows - kept.num_rows
            if old.task == "classification":
                counts: dict[str, int] = {}
                for labels in kept.column("labels").to_pylist():
                    key = "|".join(labels or [])
                    counts[key] = counts.get(key, 0) + 1
                label_counts[split] = dict(sorted(counts.items()))
        total_removed = sum(removed.values())
        derived = {"dataset_id": old.id, "reason": "LGPD data-subject deletion request", "request_id": request_id, "records_removed": total_removed, "removed_by_split": removed}
        manifest["derived_from"] = derived
        manifest["splits"] = sizes
        if label_counts:
            manifest["label_counts_by_split"] = label_counts
        manifest["steps"] = manifest.get("steps", []) + [{"step": "subject_request", "params": {"request_id": request_id, "derived_from": old.id}, "counts": {"removed": total_removed, **{f"removed_{k}": v for k, v in removed.items()}}}]
        (build / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        _copy_reports(old.path, build, derived)
        artifact = workspace.store.put_dir(build, kind="dataset", meta={"project": old.project, "fingerprint": old.fingerprint, "derived_from": old.id})
    finally:
        shutil.rmtree(build, ignore_errors=True)
    with workspace.write_session() as session:
        if session.get(DatasetRow, artifact.sha256) is None:
            session.add(
                DatasetRow(
                    id=artifact.sha256, project=old.project, fingerprint=old.fingerprint, task=old.task, formats=",".join(old.formats),
                    records=sum(sizes.values()), train=sizes["train"], validation=sizes["validation"], test=sizes["test"],
                    dropped=old.dropped + total_removed, worst_finding=old.worst_finding, created_at=datetime.now(UTC), created_by=actor.name,
                )
            )
            rows = session.scalars(select(SubjectIndexRow).where(SubjectIndexRow.dataset_id == old.id)).all()
            copies = [{"key_hash": r.key_hash, "dataset_id": artifact.sha256, "record_ref": r.record_ref, "split": r.split} for r in rows if r.record_ref not in refs]
            if copies:
                session.execute(insert(SubjectIndexRow), copies)
    return artifact.sha256, total_removed


def _pa_strings(values: set[str]):
    import pyarrow as pa

    return pa.array(sorted(values), type=pa.string())


def _copy_reports(source: Path, target: Path, derived: dict[str, Any]) -> None:
    """The original data reports, marked as describing the version this one was rebuilt from."""
    note = f"Rebuilt from dataset {derived['dataset_id']} without {derived['records_removed']} record(s) ({derived['reason']}, {derived['request_id']}); the figures below describe {derived['dataset_id'][:12]}."
    if (source / "report.json").exists():
        report = json.loads((source / "report.json").read_text(encoding="utf-8"))
        report["rebuilt"] = {**derived, "note": note}
        (target / "report.json").write_text(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    if (source / "report.md").exists():
        (target / "report.md").write_text(f"> {note}\n\n" + (source / "report.md").read_text(encoding="utf-8"), encoding="utf-8")
    if (source / "report.html").exists():
        import html as html_lib

        page = (source / "report.html").read_text(encoding="utf-8")
        banner = f'<p style="background:#fff3cd;padding:.5rem">{html_lib.escape(note)}</p>'
        page = page.replace("<body>", "<body>" + banner, 1) if "<body>" in page else banner + page
        (target / "report.html").write_text(page, encoding="utf-8")


def _purge_splits(workspace: Workspace, dataset_id: str) -> None:
    """Delete a dataset version's split files (the records); its manifest and reports stay."""
    path = workspace.store.path(dataset_id)
    for split in SPLITS:
        file = path / f"{split}.parquet"
        if file.exists():
            file.chmod(0o600)
            file.unlink()


def _flag_for_retraining(workspace: Workspace, version_id: str, request_id: str, datasets: list[str]) -> None:
    from afinar.registry.versions import update_notes

    with workspace.write_session() as session:
        row = session.scalars(select(ModelVersionRow).where(ModelVersionRow.id == version_id).with_for_update()).one()
        retrain = json.loads(row.notes or "{}").get("retrain", [])
        retrain.append({"request_id": request_id, "datasets": datasets, "at": datetime.now(UTC).isoformat(timespec="seconds")})
        update_notes(session, row, retrain=retrain)
        row.retrain_required = 1
