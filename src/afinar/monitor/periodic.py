"""`periodic_audit(workspace)`: the regular audit of everything in production (`afinar audit run`,
meant for cron; docs/monitoring.md).

1. Verify the audit log's hash chain.
2. Purge request logs and feedback past their retention.
3. For every version in production: a drift check (recorded like `afinar monitor drift`); its
   performance and per-group fairness on feedback labels; and its governance records: evaluated,
   gates passed (or overridden, and by whom), evaluation not too old, gates the same as the
   project's (the spec it was trained with, or `--spec` when given), no LGPD retraining pending,
   a model card that can be generated from the records, and no server still answering with a
   version of the same model that was retired.
4. Store an HTML and JSON report as an artifact and write `audit.run_completed`.

Status: `alert` when the chain is broken or any model alerts, `warn` for warnings, else `ok`.
"""

from __future__ import annotations

import html
import json
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from afinar.config.spec import MonitorSpec
from afinar.workspace import Workspace

ORDER = {"ok": 0, "insufficient_data": 0, "warn": 1, "alert": 2}


@dataclass
class Finding:
    severity: str  # ok | warn | alert
    topic: str
    message: str


@dataclass
class ModelAudit:
    version: str
    status: str
    drift_status: str
    drift_check: str | None
    findings: list[Finding]
    fairness: dict[str, Any] | None = None


@dataclass
class AuditRun:
    id: str
    created_at: str
    status: str
    chain: dict[str, Any]
    purged: dict[str, int]
    models: list[ModelAudit]
    artifact_sha256: str | None = None
    html: str = field(default="", repr=False)

    @property
    def exit_code(self) -> int:
        """0 ok or warn; 1 a model alerts; 6 the audit chain failed verification (cron mails non-zero)."""
        if not self.chain["ok"]:
            return 6
        return 1 if self.status == "alert" else 0

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("html")
        return out


def periodic_audit(
    workspace: Workspace,
    *,
    settings: MonitorSpec | None = None,
    policy=None,
    until: datetime | None = None,
    log: Callable[[str], None] = print,
) -> AuditRun:
    """Audit the workspace now. `settings`: a `monitor:` section for every model (default: each
    version's own); `policy`: a `Spec` whose gates are the project's current policy."""
    from afinar.audit import AuditLog, current_actor
    from afinar.registry.versions import list_versions
    from afinar.serve.requestlog import purge_expired

    now = datetime.now(UTC)
    audit = AuditLog(workspace)
    verified = audit.verify()
    chain = verified.to_json()
    log(f"audit chain: {'intact' if verified.ok else 'FAILED'} ({verified.length} events)")
    purged = purge_expired(workspace, now)
    log(f"retention: purged {purged['request_logs']} request log rows and {purged['request_feedback']} feedback rows")

    models = []
    for version in list_versions(workspace, status="production"):
        models.append(_audit_version(workspace, version, settings=settings, policy=policy, until=until, now=now, log=log))

    worst = max([m.status for m in models] + ["ok"], key=lambda s: ORDER.get(s, 0))
    status = "alert" if not verified.ok else worst
    run = AuditRun(f"audit-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}", now.isoformat(timespec="seconds"), status, chain, purged, models)
    run.html = html_report(run)
    run.artifact_sha256 = _store(workspace, run)
    audit.append(
        "audit.run_completed",
        "workspace",
        {
            "run_id": run.id, "status": status, "chain_ok": verified.ok, "chain_length": verified.length, "purged": purged,
            "models": {m.version: m.status for m in models}, "artifact_sha256": run.artifact_sha256,
        },
        actor=current_actor(),
    )
    log(f"audit {run.id}: {status} ({len(models)} production model(s))")
    return run


def _audit_version(workspace: Workspace, version, *, settings, policy, until, now: datetime, log) -> ModelAudit:
    from afinar.errors import AfinarError
    from afinar.monitor.drift import drift_report, monitor_settings
    from afinar.train import get_run

    findings: list[Finding] = []
    run = get_run(workspace, version.run_id)
    monitor = monitor_settings(run, settings)
    drift_status, drift_id = "insufficient_data", None
    try:
        drift = drift_report(version.id, workspace, settings=monitor, until=until, log=log)
        drift_status, drift_id = drift.status, drift.id
        for check in drift.summary["checks"]:
            if check["status"] in ("warn", "alert"):
                findings.append(Finding(check["status"], f"drift: {check['name']}", check["detail"]))
        if drift.status == "insufficient_data":
            findings.append(Finding("ok", "drift", f"{drift.samples} recent requests: fewer than monitor.min_samples ({monitor.min_samples}), no verdict"))
    except AfinarError as exc:
        findings.append(Finding("warn", "drift", f"no drift check: {exc.message}"))
    findings += governance_findings(workspace, version, run, policy=policy, max_age_days=monitor.max_evaluation_age_days, now=now)
    fairness = feedback_fairness(workspace, version, run, since=(until or now) - timedelta(days=monitor.window_days))
    if fairness and fairness.get("finding"):
        findings.append(Finding(**fairness.pop("finding")))
    status = max([drift_status if drift_status in ORDER else "ok"] + [f.severity for f in findings], key=lambda s: ORDER.get(s, 0))
    return ModelAudit(version.id, status if status != "insufficient_data" else "ok", drift_status, drift_id, findings, fairness)


def governance_findings(workspace: Workspace, version, run, *, policy, max_age_days: float, now: datetime) -> list[Finding]:
    """What the records say about a production version: evaluation, gates, age, LGPD, card, servers."""
    from afinar.config import Spec
    from afinar.registry.evaluations import evaluation_of_run, get_evaluation

    out: list[Finding] = []
    evaluation = get_evaluation(workspace, version.evaluation_id) if version.evaluation_id else evaluation_of_run(workspace, version.run_id)
    override = version.notes.get("gate_override")
    if evaluation is None:
        severity = "warn" if override else "alert"
        out.append(Finding(severity, "evaluation", "never evaluated" + (f"; gates overridden by {override.get('by')}: {override.get('reason')}" if override else "")))
    else:
        if not evaluation.passed:
            out.append(Finding("warn" if override else "alert", "gates", f"evaluation {evaluation.id} failed gates" + (f"; overridden by {override.get('by')}" if override else "")))
        else:
            out.append(Finding("ok", "gates", f"evaluation {evaluation.id} passed its gates"))
        age = now - _aware(datetime.fromisoformat(evaluation.created_at))
        if age > timedelta(days=max_age_days):
            out.append(Finding("warn", "evaluation", f"evaluation {evaluation.id} is {age.days} days old (monitor.max_evaluation_age_days {max_age_days:g})"))
        evaluated = {g["metric"]: str(g.get("expression")) for g in evaluation.gates}
        trained_with = {k: str(v) for k, v in Spec.model_validate(run.spec).evaluate.gates.items()}
        current = {k: str(v) for k, v in policy.evaluate.gates.items()} if policy is not None and policy.project == run.project else None
        if current is not None and _normal(current) != _normal(evaluated):
            out.append(Finding("warn", "gates", f"evaluated against {evaluated or 'no gates'}, the project's policy now is {current or 'no gates'}: re-evaluate"))
        elif _normal(trained_with) != _normal(evaluated):
            out.append(Finding("warn", "gates", f"evaluated against {evaluated or 'no gates'}, the spec it was trained with says {trained_with or 'no gates'}"))
    if version.retrain_required:
        out.append(Finding("alert", "lgpd", "a data subject's deletion request touched its training data: retrain it (afinar privacy forget)"))
    out.append(_card_finding(workspace, version))
    out += _stale_servers(workspace, version)
    return out


def _normal(gates: dict[str, str]) -> dict[str, tuple[str, float]]:
    from afinar.evaluate.gates import parse_gate

    parsed = {metric: parse_gate(metric, expression) for metric, expression in gates.items()}
    return {metric: (gate.op, gate.threshold) for metric, gate in parsed.items()}


def _card_finding(workspace: Workspace, version) -> Finding:
    from afinar.registry.cards import model_card

    try:
        card = model_card(workspace, version)
    except Exception as exc:  # noqa: BLE001 - any failure to build the card is the finding
        return Finding("alert", "card", f"the model card cannot be generated from the records ({type(exc).__name__})")
    index = (card.front_matter.get("model-index") or [{}])[0]
    if index.get("name") not in (None, version.id):
        return Finding("warn", "card", f"the card names {index.get('name')}, not {version.id}")
    return Finding("ok", "card", "model card generated from the current records")


def _stale_servers(workspace: Workspace, version) -> list[Finding]:
    """Requests answered by a retired version of the same model after its retirement: a server
    that does not read the registry (or an old afinar) is still serving it."""
    from sqlalchemy import func, select

    from afinar.registry.versions import list_versions
    from afinar.workspace.schema import RequestLogRow

    out = []
    for old in list_versions(workspace, name=version.name, status="retired"):
        retired_at = datetime.fromisoformat(old.updated_at)
        with workspace.session() as session:
            count = session.scalar(
                select(func.count()).select_from(RequestLogRow).where(RequestLogRow.version_id == old.id, RequestLogRow.created_at > retired_at + timedelta(seconds=5))
            )
        if count:
            out.append(Finding("warn", "serving", f"{count} request(s) answered by {old.id} after it was retired ({old.updated_at}): a server is serving a stale version"))
    return out


def feedback_fairness(workspace: Workspace, version, run, *, since: datetime) -> dict[str, Any] | None:
    """Accuracy per group (the `groups` clients sent with /v1/classify) on feedback labels, with the
    largest gap among groups big enough (`evaluate.min_group_size`), against the `fairness_gap` gate."""
    import numpy as np

    from afinar.config import Spec
    from afinar.evaluate.fairness import group_metrics
    from afinar.serve.requestlog import read_feedback

    if run.task != "classification":
        return None
    pairs = [(f, logged) for f, logged in read_feedback(workspace, version_id=version.id, since=since) if f.label is not None and logged.predicted_label is not None]
    fields = sorted({name for _, logged in pairs for name, value in logged.groups.items() if value != "[withheld]"})
    if not pairs or not fields:
        return {"feedback_labels": len(pairs), "fields": fields, "fairness_gap": None}
    spec = Spec.model_validate(run.spec)
    correct = np.array([float(f.label == logged.predicted_label) for f, logged in pairs])
    groups = [{name: logged.groups.get(name, "(missing)") for name in fields} for _, logged in pairs]
    result = group_metrics(groups, fields, {"accuracy": lambda index: float(correct[index].mean()) if len(index) else float("nan")}, "accuracy", min_group_size=spec.evaluate.min_group_size)
    summary = {
        "feedback_labels": len(pairs), "fields": fields, "fairness_gap": result["fairness_gap"], "worst_field": result["worst_field"],
        "by_field": {name: {g: v for g, v in data["groups"].items()} for name, data in result["by_field"].items()},
    }
    gate = spec.evaluate.gates.get("fairness_gap")
    if gate and result["fairness_gap"] is not None:
        from afinar.evaluate.gates import parse_gate

        if not parse_gate("fairness_gap", gate).check(result["fairness_gap"]):
            summary["finding"] = {"severity": "warn", "topic": "fairness", "message": f"accuracy gap {result['fairness_gap']:.3f} between groups of {result['worst_field']} on feedback breaks the gate fairness_gap {gate}"}
    return summary


def html_report(run: AuditRun) -> str:
    colours = {"ok": "#276749", "warn": "#b7791f", "alert": "#c53030", "insufficient_data": "#4a5568"}
    chain = run.chain
    body = [
        f"<h1>Audit {html.escape(run.id)}</h1>",
        f"<p style='font-size:1.3em;color:{colours.get(run.status)}'>Status: <b>{html.escape(run.status)}</b></p>",
        f"<p>Audit chain: <b>{'intact' if chain['ok'] else 'FAILED'}</b>, {chain['length']} events"
        + "".join(f"<br>problem: {html.escape(p)}" for p in chain["problems"]) + "".join(f"<br>warning: {html.escape(w)}" for w in chain["warnings"]) + "</p>",
        f"<p>Retention: {run.purged['request_logs']} request log rows and {run.purged['request_feedback']} feedback rows purged.</p>",
    ]
    if not run.models:
        body.append("<p>No model version is in production.</p>")
    for model in run.models:
        body.append(f"<h2>{html.escape(model.version)} <span style='color:{colours.get(model.status)}'>{html.escape(model.status)}</span></h2>")
        body.append(f"<p>Drift: {html.escape(model.drift_status)}" + (f" (check {html.escape(model.drift_check)})" if model.drift_check else "") + "</p>")
        body.append("<table><thead><tr><th>severity</th><th>topic</th><th>finding</th></tr></thead><tbody>")
        for f in model.findings:
            body.append(f"<tr><td style='color:{colours.get(f.severity)}'>{html.escape(f.severity)}</td><td>{html.escape(f.topic)}</td><td>{html.escape(f.message)}</td></tr>")
        body.append("</tbody></table>")
        if model.fairness and model.fairness.get("fairness_gap") is not None:
            body.append(f"<p>Fairness on {model.fairness['feedback_labels']} feedback labels: largest accuracy gap {model.fairness['fairness_gap']:.3f} ({html.escape(str(model.fairness['worst_field']))}).</p>")
    style = "body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #cbd5e0;padding:.25em .6em;text-align:left}th{background:#edf2f7}"
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Audit {html.escape(run.id)}</title><style>{style}</style></head><body>{''.join(body)}</body></html>\n"


def _store(workspace: Workspace, run: AuditRun) -> str:
    with tempfile.TemporaryDirectory(dir=workspace.root / "tmp") as tmp:
        folder = Path(tmp)
        (folder / "report.html").write_text(run.html, encoding="utf-8")
        (folder / "audit.json").write_text(json.dumps(run.to_json(), indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        return workspace.store.put_dir(folder, kind="audit_run", meta={"status": run.status}).sha256


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
