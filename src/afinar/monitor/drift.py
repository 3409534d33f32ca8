"""`drift_report(model, workspace)`: the monitor stage's entry point.

Reads a model version's recent request logs (already anonymised by the serve stage) and its
reference sample (a seeded sample of the train split of the dataset it was trained on), measures
both, runs the checks (`checks.py`), and, unless told not to, stores the verdict (`monitor_checks`
row + HTML/JSON artifact) and writes `monitor.drift_checked` (and `monitor.alert`) to the audit log.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from afinar.config.spec import MonitorSpec
from afinar.errors import NotFoundError, UsageError
from afinar.workspace import Workspace

Log = Callable[[str], None]


@dataclass
class DriftReport:
    id: str
    version: str
    status: str
    samples: int
    created_at: datetime
    summary: dict[str, Any]
    html: str = ""
    artifact_sha256: str | None = None
    audit_events: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "status": self.status, "samples": self.samples, "created_at": self.created_at.isoformat(timespec="seconds"), "artifact_sha256": self.artifact_sha256, **self.summary}


def resolve_version(workspace: Workspace, reference: str):
    """A version by NAME@VERSION; a bare NAME is its production version (else its newest)."""
    from afinar.registry.versions import get_version

    if "@" in reference:
        return get_version(workspace, reference)
    try:
        return get_version(workspace, f"{reference}@production")
    except NotFoundError:
        return get_version(workspace, reference)


def monitor_settings(run, override: MonitorSpec | None) -> MonitorSpec:
    from afinar.config import Spec

    return override or Spec.model_validate(run.spec).monitor


def drift_report(
    reference: str,
    workspace: Workspace,
    *,
    settings: MonitorSpec | None = None,
    until: datetime | None = None,
    since: datetime | None = None,
    record: bool = True,
    actor: str | None = None,
    log: Log = print,
) -> DriftReport:
    """Compare the recent traffic of `reference` (NAME or NAME@VERSION) with its reference data.

    `settings`: the `monitor:` section to use (default: the one the version was trained with).
    The window is `[until − window_days, until)` (`since` overrides its start)."""
    from afinar.audit import AuditLog, current_actor
    from afinar.config import Spec
    from afinar.monitor.checks import Sides, compare, overall_status
    from afinar.monitor.measure import Measurer, reference_sample
    from afinar.monitor.records import list_checks, new_check_id, record_check
    from afinar.serve.requestlog import WITHHELD, read_feedback, read_logs
    from afinar.train import get_run

    version = resolve_version(workspace, reference)
    run = get_run(workspace, version.run_id)
    if not run.dataset_id:
        raise UsageError(f"{version.id} was trained on in-memory examples: it has no reference dataset to compare traffic with")
    spec = Spec.model_validate(run.spec)
    settings = monitor_settings(run, settings)
    now = datetime.now(UTC)
    until = until or now
    since = since or until - timedelta(days=settings.window_days)
    logs = read_logs(workspace, version_id=version.id, since=since, until=until, limit=settings.max_samples)
    usable = [row for row in logs if row.input_text and row.input_text != WITHHELD]
    operator = Counter(row.privacy_operator for row in logs).most_common(1)[0][0] if logs else spec.serve.request_logs.operator
    log(f"{version.id}: {len(logs)} requests between {since:%Y-%m-%d %H:%M} and {until:%Y-%m-%d %H:%M} UTC")

    checks, described_recent, ref = [], None, None
    feedback_pairs, ratings = _feedback(workspace, version.id, since, read_feedback)
    if len(usable) >= settings.min_samples:
        measurer = Measurer(workspace, run, language=spec.data.language, min_letters=spec.data.quality.language_min_chars, operator=operator)
        ref = reference_sample(measurer, run.dataset_id, limit=settings.reference_samples, seed=settings.seed, log=log)
        classifier = run.task == "classification"
        described_recent = measurer.describe([row.input_text for row in usable], labels=[row.predicted_label or "" for row in usable] if classifier else None)
        sides = Sides(
            ref.described, described_recent, ref.personal, np.array([float(row.pii_found > 0) for row in usable]),
            label_vocabulary=measurer.labels if classifier else None,
        )
        checks = compare(sides, settings, feedback=feedback_pairs if classifier else None, evaluated_accuracy=_evaluated_accuracy(workspace, version) if classifier else None)
    status = overall_status(checks, len(usable), settings)

    history = [{"at": c.created_at.isoformat(timespec="seconds"), "status": c.status, "effects": c.effects()} for c in list_checks(workspace, version.id, limit=50)]
    summary = {
        "window": {"since": since.isoformat(timespec="seconds"), "until": until.isoformat(timespec="seconds"), "days": settings.window_days},
        "withheld": len(logs) - len(usable),
        "reference": {"dataset_id": run.dataset_id, "split": "train", "samples": len(ref.described) if ref else 0},
        "checks": [c.to_json() for c in checks],
        "feedback": {"labels": len(feedback_pairs), "ratings": len(ratings), "mean_rating": float(np.mean(ratings)) if ratings else None},
        "daily": _daily(usable, described_recent),
        "settings": settings.model_dump(mode="json"),
    }
    report = DriftReport(new_check_id(), version.id, status, len(usable), now, summary)
    history.append({"at": now.isoformat(timespec="seconds"), "status": status, "effects": {c.name: c.effect for c in checks if c.effect is not None}})
    from afinar.monitor.report import html_report, plots

    figures = plots(report.to_json(), ref.described.tokens if ref else None, described_recent.tokens if described_recent is not None else None, history)
    report.html = html_report(report.to_json(), figures)
    if record:
        report.artifact_sha256 = _store(workspace, report)
        who = actor or current_actor()
        record_check(workspace, check_id=report.id, version_id=version.id, created_at=now, created_by=who, status=status, samples=len(usable), summary={"checks": summary["checks"], "window": summary["window"], "feedback": summary["feedback"]}, artifact_sha256=report.artifact_sha256)
        audit = AuditLog(workspace)
        brief = {c.name: {"status": c.status, "effect": c.to_json()["effect"], "p_value": c.to_json()["p_value"]} for c in checks}
        event = audit.append("monitor.drift_checked", f"model:{version.id}", {"check_id": report.id, "status": status, "samples": len(usable), "checks": brief, "artifact_sha256": report.artifact_sha256}, actor=who)
        report.audit_events.append(event.seq)
        if status == "alert":
            alerting = {name: value for name, value in brief.items() if value["status"] == "alert"}
            report.audit_events.append(audit.append("monitor.alert", f"model:{version.id}", {"check_id": report.id, "checks": alerting}, actor=who).seq)
    log(f"{version.id}: drift {status} ({', '.join(f'{c.name} {c.status}' for c in checks) or 'no checks: too few requests'})")
    return report


def _feedback(workspace: Workspace, version_id: str, since: datetime, read_feedback) -> tuple[list[tuple[str, str]], list[float]]:
    pairs, ratings = [], []
    for feedback, logged in read_feedback(workspace, version_id=version_id, since=since):
        if feedback.label is not None and logged.predicted_label is not None:
            pairs.append((logged.predicted_label, feedback.label))
        if feedback.rating is not None:
            ratings.append(feedback.rating)
    return pairs, ratings


def _evaluated_accuracy(workspace: Workspace, version) -> float | None:
    from afinar.registry.evaluations import evaluation_of_run, get_evaluation

    evaluation = get_evaluation(workspace, version.evaluation_id) if version.evaluation_id else evaluation_of_run(workspace, version.run_id)
    value = evaluation.metrics.get("accuracy") if evaluation is not None else None
    return float(value) if value is not None else None


def _daily(rows, described) -> list[dict[str, Any]]:
    if described is None or not rows:
        return []
    by_day: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_day[row.created_at.strftime("%Y-%m-%d")].append(i)
    out = []
    for day in sorted(by_day):
        index = by_day[day]
        out.append(
            {
                "day": day,
                "requests": len(index),
                "mean_tokens": float(np.mean(described.tokens[index])),
                "oov_rate": float(np.mean(described.oov[index])),
                "personal_data_share": float(np.mean([rows[i].pii_found > 0 for i in index])),
            }
        )
    return out


def _store(workspace: Workspace, report: DriftReport) -> str:
    with tempfile.TemporaryDirectory(dir=workspace.root / "tmp") as tmp:
        folder = Path(tmp)
        (folder / "report.html").write_text(report.html, encoding="utf-8")
        (folder / "drift.json").write_text(json.dumps(report.to_json(), indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        return workspace.store.put_dir(folder, kind="drift_report", meta={"version": report.version, "status": report.status}).sha256
