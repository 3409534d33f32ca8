"""What each page shows, gathered from the stages' public records (datasets, runs and their
metrics, evaluations, registry versions, cards and lineage, monitor checks, the audit log) and
shaped for the templates: plain dicts, charts already drawn as SVG.

Record texts never reach a page. Strings that come from the data itself (labels, group values,
file names, anything in an audit event's details) go through `safe`, the registry's
`Withholder`: a string in which the privacy detectors see personal data is replaced by a
numbered placeholder.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from markupsafe import Markup

from afinar.errors import AfinarError
from afinar.registry.identity import User, can
from afinar.registry.lifecycle import Status, allowed_actions
from afinar.web.formatting import Formatter
from afinar.web.plots import Series, bar_chart, hbar_chart, heat_table_class, line_chart
from afinar.workspace import Workspace

Translate = Callable[..., str]
Safe = Callable[[Any], str]
HEX_ID = re.compile(r"^[0-9a-f]{12,64}$")
WITHHELD = re.compile(r"\[withheld #(\d+): looks like [^\]]*\]")
# Actions shown on a model page, in the order of the life cycle; `registry.<action>` says who may.
MODEL_ACTIONS = ("submit", "withdraw", "approve", "reject", "promote", "retire")
NEEDS_REASON = frozenset({"reject"})


# -- overview ------------------------------------------------------------------------------------------


def overview(workspace: Workspace, user: User, safe: Safe, t: Translate) -> dict[str, Any]:
    from afinar.data import list_datasets
    from afinar.registry.versions import list_versions
    from afinar.train import list_runs

    datasets, runs, versions = list_datasets(workspace), list_runs(workspace), list_versions(workspace)
    projects: dict[str, dict[str, Any]] = defaultdict(lambda: {"datasets": 0, "runs": 0, "failed_runs": 0, "versions": [], "production": None})
    for dataset in datasets:
        projects[dataset.project]["datasets"] += 1
    for run in runs:
        projects[run.project]["runs"] += 1
        projects[run.project]["failed_runs"] += run.status == "failed"
    for version in versions:
        entry = projects[version.project]
        entry["versions"].append(version)
        if version.status == Status.PRODUCTION.value:
            entry["production"] = version
    pending = [_review_item(workspace, v, user) for v in versions if v.status == Status.PENDING_REVIEW.value]
    checks = latest_checks(workspace)
    alerts = [
        {"kind": "drift", "level": c["status"], "version": c["version_id"], "at": c["created_at"], "text": t("alert.drift", status=t(f"drift.{c['status']}"))}
        for c in checks.values()
        if c["status"] in ("warn", "alert")
    ]
    alerts += [{"kind": "retrain", "level": "alert", "version": v.id, "at": v.updated_at, "text": t("alert.retrain")} for v in versions if v.retrain_required]
    alerts += [
        {"kind": "run_failed", "level": "warn", "run": r.id, "at": r.finished_at or r.created_at, "text": t("alert.run_failed", error=safe(r.error or "")[:160])}
        for r in runs[:50]
        if r.status == "failed"
    ]
    alerts.sort(key=lambda a: a["at"] or "", reverse=True)
    status_counts = Counter(v.status for v in versions)
    chart = bar_chart(
        [t(f"status.{s.value}") for s in Status],
        [(t("overview.versions"), [float(status_counts.get(s.value, 0)) for s in Status])],
        title=t("overview.chart_status"),
        height=200,
    )
    recent, periodic = [], None
    if can(user, "audit.read"):
        from afinar.audit import AuditLog

        log = AuditLog(workspace)
        recent = [_event_row(e, safe) for e in log.events(limit=8, newest_first=True)]
        # The latest `afinar audit run` (the monitor stage's periodic audit), as it logged itself.
        last_run = log.events(action="audit.run_completed", limit=1, newest_first=True)
        if last_run:
            details = last_run[0].details
            periodic = {"at": last_run[0].time, "status": details.get("status"), "chain_ok": details.get("chain_ok"), "models": details.get("models") or {}}
            if periodic["status"] in ("warn", "alert") or periodic["chain_ok"] is False:
                alerts.append({"kind": "periodic_audit", "level": "alert" if periodic["status"] == "alert" or periodic["chain_ok"] is False else "warn", "at": periodic["at"], "text": t("alert.periodic_audit", status=t(f"drift.{periodic['status']}"))})
                alerts.sort(key=lambda a: a["at"] or "", reverse=True)
    return {
        "projects": sorted(
            ({"name": name, **facts, "latest": facts["versions"][-1] if facts["versions"] else None} for name, facts in projects.items()),
            key=lambda p: p["name"],
        ),
        "pending": pending,
        "alerts": alerts[:20],
        "status_chart": chart,
        "recent_events": recent,
        "periodic": periodic,
        "can_read_audit": can(user, "audit.read"),
        "counts": {"datasets": len(datasets), "runs": len(runs), "versions": len(versions), "pending": len(pending)},
    }


def _review_item(workspace: Workspace, version, user: User) -> dict[str, Any]:
    from afinar.registry.versions import history

    submitted = next((tr for tr in reversed(history(workspace, version.id)) if tr.action == "submit"), None)
    return {
        "version": version,
        "submitted_by": submitted.actor if submitted else None,
        "submitted_at": submitted.at if submitted else None,
        "own": user.name in (version.author, version.created_by, submitted.actor if submitted else None),
        "can_review": can(user, "registry.approve"),
    }


# -- datasets -------------------------------------------------------------------------------------------


def datasets_list(workspace: Workspace) -> dict[str, Any]:
    from afinar.data import list_datasets

    return {"datasets": list_datasets(workspace)}


def dataset_detail(workspace: Workspace, dataset_id: str, safe: Safe, t: Translate) -> dict[str, Any]:
    from afinar.data import get_dataset
    from afinar.registry.lineage import models_from_dataset

    dataset = get_dataset(workspace, dataset_id)
    report_file = dataset.path / "report.json"
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    bias = report.get("bias") or {}
    privacy = report.get("privacy") or dataset.manifest().get("privacy") or {}
    charts: list[tuple[str, Markup]] = []
    charts.append((t("dataset.chart_splits"), bar_chart([t(f"split.{s}") for s in dataset.splits], [(t("dataset.records"), [float(n) for n in dataset.splits.values()])], title=t("dataset.chart_splits"), width=360, height=200)))
    labels = bias.get("label_counts") or {}
    if labels:
        items = sorted(((axis_label(safe(k)), float(v)) for k, v in labels.items()), key=lambda kv: -kv[1])
        charts.append((t("dataset.chart_labels"), hbar_chart(items, title=t("dataset.chart_labels"), x_label=t("dataset.records"))))
    for field, rows in (bias.get("representation") or {}).items():
        items = [(axis_label(safe(r["group"])), float(r["count"])) for r in rows]
        charts.append((t("dataset.chart_groups", field=field), hbar_chart(items, title=t("dataset.chart_groups", field=field), x_label=t("dataset.records"))))
    entities = privacy.get("entities") or {}
    if entities:
        items = sorted(((k, float(v)) for k, v in entities.items()), key=lambda kv: -kv[1])
        charts.append((t("dataset.chart_entities"), hbar_chart(items, title=t("dataset.chart_entities"), x_label=t("dataset.found"))))
    histogram = (report.get("token_lengths") or {}).get("histogram") or {}
    if histogram.get("counts"):
        edges = histogram["edges"]
        points = [((edges[i] + edges[i + 1]) / 2, float(c)) for i, c in enumerate(histogram["counts"])]
        charts.append((t("dataset.chart_lengths"), line_chart([Series(t("dataset.records"), points)], title=t("dataset.chart_lengths"), x_label=t("dataset.tokens"), width=420, height=220, y_min=0)))
    dropped = report.get("dropped") or {}
    gaps = [
        {
            "field": g["field"], "label": safe(g["label"]), "high": safe(g["high_group"]), "low": safe(g["low_group"]),
            "high_share": g["shares"].get(g["high_group"]), "low_share": g["shares"].get(g["low_group"]),
            "gap": g["gap"], "p_value": g.get("p_value"), "significant": g.get("significant"),
        }
        for g in bias.get("largest_gaps") or []
    ]
    try:
        downstream = models_from_dataset(workspace, dataset.id)
    except AfinarError:
        downstream = {"runs": [], "model_versions": []}
    return {
        "dataset": dataset,
        "report": report,
        "inputs": [
            {"file": safe(i.get("file", "")), "sha256": i.get("sha256", ""), "format": i.get("format"), "read": i.get("records_read"), "valid": i.get("records_valid")}
            for i in report.get("inputs") or []
        ],
        "privacy": {
            "mode": privacy.get("mode"),
            "policy": privacy.get("policy") or {},
            "records": privacy.get("records"),
            "changed": privacy.get("records_changed"),
            "entities": sorted(entities.items(), key=lambda kv: -kv[1]),
        },
        "findings": [{"severity": f.get("severity"), "kind": f.get("kind"), "message": safe(f.get("message", ""))} for f in bias.get("findings") or []],
        "gaps": gaps,
        "representation": [
            (field, [{"group": safe(r["group"]), "count": r["count"], "share": r["share"]} for r in rows])
            for field, rows in (bias.get("representation") or {}).items()
        ],
        "sensitive": sorted(((c, e["records"], e["share"]) for c, e in (bias.get("sensitive") or {}).items()), key=lambda x: -x[1]),
        "dropped": [{"step": r["step"], "reason": r["reason"], "count": r["count"]} for r in dropped.get("by_reason") or []],
        "dropped_total": dropped.get("total", dataset.dropped),
        "leakage": report.get("leakage"),
        "tokens": {k: v for k, v in (report.get("token_lengths") or {}).items() if k != "histogram"},
        "charts": [c for c in charts if c[1]],
        "downstream": downstream,
    }


# -- runs -------------------------------------------------------------------------------------------------


def runs_list(workspace: Workspace) -> dict[str, Any]:
    from afinar.train import list_runs

    return {"runs": list_runs(workspace)}


def run_detail(workspace: Workspace, run_id: str, safe: Safe, t: Translate) -> dict[str, Any]:
    from afinar.evaluate import list_evaluations
    from afinar.registry.versions import list_versions
    from afinar.train import get_run, run_metrics

    run = get_run(workspace, run_id)
    metrics = run_metrics(workspace, run.id)
    train_points = [(m["step"], m["loss"]) for m in metrics if m["split"] == "train"]
    val_points = [(m["step"], m["loss"]) for m in metrics if m["split"] == "validation"]
    charts = []
    loss = line_chart(
        [Series(t("run.train_loss"), train_points), Series(t("run.val_loss"), val_points, dashed=True)],
        title=t("run.chart_loss"), x_label=t("run.step"), y_label=t("run.loss"),
    )
    charts.append((t("run.chart_loss"), loss))
    val_extra = sorted({k for m in metrics if m["split"] == "validation" for k, v in m.items() if k not in _METRIC_FIELDS and isinstance(v, (int, float))})
    if val_extra:
        series = [Series(name, [(m["step"], float(m[name])) for m in metrics if m["split"] == "validation" and isinstance(m.get(name), (int, float))]) for name in val_extra]
        charts.append((t("run.chart_val_metrics"), line_chart(series, title=t("run.chart_val_metrics"), x_label=t("run.step"), y_min=0)))
    lr = [(m["step"], m["learning_rate"]) for m in metrics if m["split"] == "train" and m.get("learning_rate") is not None]
    if lr:
        charts.append((t("run.chart_lr"), line_chart([Series(t("run.learning_rate"), lr)], title=t("run.chart_lr"), x_label=t("run.step"), width=420, height=220, y_min=0)))
    speed = [(m["step"], m["tokens_per_s"]) for m in metrics if m["split"] == "train" and m.get("tokens_per_s") is not None]
    if speed:
        charts.append((t("run.chart_speed"), line_chart([Series(t("run.tokens_per_s"), speed)], title=t("run.chart_speed"), x_label=t("run.step"), width=420, height=220, y_min=0)))
    train_spec = run.spec.get("train") or {}
    elapsed = max((m["elapsed_s"] for m in metrics), default=None)
    return {
        "run": run,
        "charts": [c for c in charts if c[1]],
        "hyperparameters": _flatten(train_spec),
        "plan": {k: v for k, v in run.plan.items() if k != "reasons"},
        "plan_reasons": run.plan.get("reasons") or [],
        "elapsed_s": elapsed,
        "error": safe(run.error) if run.error else None,
        "evaluations": list_evaluations(workspace, run_id=run.id),
        "versions": list_versions(workspace, run_id=run.id),
        "metric_rows": len(metrics),
    }


_METRIC_FIELDS = {"split", "step", "epoch", "loss", "learning_rate", "grad_norm", "tokens_per_s", "elapsed_s"}


def _flatten(value: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for key, item in value.items():
        if isinstance(item, dict):
            rows += _flatten(item, f"{prefix}{key}.")
        else:
            rows.append((f"{prefix}{key}", item))
    return rows


# -- models ------------------------------------------------------------------------------------------------


def models_list(workspace: Workspace, status: str | None = None) -> dict[str, Any]:
    from afinar.registry.versions import list_versions

    versions = list_versions(workspace, status=status or None)
    by_name: dict[str, list] = defaultdict(list)
    for version in versions:
        by_name[version.name].append(version)
    return {"models": sorted(by_name.items()), "status_filter": status, "statuses": [s.value for s in Status]}


def model_detail(workspace: Workspace, reference: str, user: User, safe: Safe, t: Translate, fmt: Formatter) -> dict[str, Any]:
    from afinar.registry import Registry

    registry = Registry(workspace)
    version = registry.get(reference)
    transitions = registry.history(version.id)
    submitted_by = next((tr.actor for tr in reversed(transitions) if tr.action == "submit"), None)
    governance = registry.governance_of(version)
    actions = []
    for action in allowed_actions(version.status):
        if action in MODEL_ACTIONS and can(user, f"registry.{action}"):
            warning = None
            if action == "approve" and governance.require_distinct_reviewer and user.name in (version.author, version.created_by, submitted_by):
                warning = t("model.four_eyes_warning")
            elif action in ("approve", "reject") and governance.reviewers and user.name not in governance.reviewers:
                warning = t("model.not_listed_reviewer")
            actions.append({"name": action, "needs_reason": action in NEEDS_REASON, "warning": warning})
    actions.sort(key=lambda a: MODEL_ACTIONS.index(a["name"]))
    from afinar.registry.cards import model_card

    card = model_card(workspace, version, transitions=transitions)
    evaluation = _evaluation_view(workspace, version, safe, t)
    try:
        lineage = registry.lineage(version.id)
    except AfinarError as exc:
        lineage = {"error": exc.message}
    return {
        "version": version,
        "transitions": transitions,
        "submitted_by": submitted_by,
        "governance": governance,
        "actions": actions,
        "can_override_gates": can(user, "registry.override_gates"),
        "can_override_champion": can(user, "registry.override_champion"),
        "card": card,
        "evaluation": evaluation,
        "lineage": lineage,
        "lineage_sources": [safe(s.get("file") or "") for s in ((lineage.get("dataset") or {}).get("sources") or [])] if "error" not in lineage else [],
        "drift": version_drift(version.id, list(reversed(checks)), safe, t, fmt) if (checks := monitor_checks(workspace, version.id)) else None,
    }


def _evaluation_view(workspace: Workspace, version, safe: Safe, t: Translate) -> dict[str, Any] | None:
    from afinar.registry.evaluations import evaluation_of_run, get_evaluation

    try:
        evaluation = get_evaluation(workspace, version.evaluation_id) if version.evaluation_id else evaluation_of_run(workspace, version.run_id)
    except AfinarError:
        return None
    if evaluation is None:
        return None
    result = evaluation.result
    test = result.get("test") or {}
    tuned, base = test.get("tuned") or {}, test.get("base") or {}
    from afinar.evaluate.gates import METRICS

    # Scores in [0, 1] where higher is better, so that the bars read the same way.
    names = [k for k, v in tuned.items() if isinstance(v, (int, float)) and k in METRICS and METRICS[k].higher_is_better]
    bounded = [k for k in names if 0.0 <= float(tuned[k]) <= 1.0 and (not isinstance(base.get(k), (int, float)) or 0.0 <= float(base[k]) <= 1.0)]
    charts = []
    if bounded:
        series = [(t("model.tuned"), [float(tuned[k]) for k in bounded])]
        if base:
            series.append((t("model.base"), [float(base[k]) if isinstance(base.get(k), (int, float)) else None for k in bounded]))
        charts.append((t("model.chart_metrics"), bar_chart(bounded, series, title=t("model.chart_metrics"), y_max=1.0)))
    comparisons = [
        {"metric": name, **c} for name, c in (test.get("comparisons") or {}).items()
    ]
    fairness_rows = []
    fairness = result.get("fairness") or {}
    primary = result.get("primary_metric")
    for field, facts in (fairness.get("by_field") or {}).items():
        groups = facts.get("groups") or {}
        for group, values in groups.items():
            fairness_rows.append({"field": field, "group": safe(group), "n": values.get("n"), "value": values.get(primary), "accuracy": values.get("accuracy")})
        if groups and primary:
            items = [(axis_label(safe(g)), float(v[primary])) for g, v in groups.items() if isinstance(v.get(primary), (int, float))]
            charts.append((t("model.chart_groups", field=field, metric=primary), hbar_chart(items, title=t("model.chart_groups", field=field, metric=primary))))
    per_class = [{"label": safe(label), **values} for label, values in (tuned.get("per_class") or {}).items()]
    confusion = tuned.get("confusion_matrix")
    matrix = None
    if confusion:
        rows = confusion["matrix"]
        high = max((max(r) for r in rows if r), default=0)
        matrix = {
            "labels": [safe(label) for label in confusion["labels"]],
            "rows": [[(value, heat_table_class(value, high)) for value in row] for row in rows],
        }
    return {
        "evaluation": evaluation,
        "metrics": [(k, v) for k, v in (result.get("metrics") or {}).items()],
        "gates": result.get("gates") or [],
        "comparisons": comparisons,
        "charts": [c for c in charts if c[1]],
        "fairness": fairness_rows,
        "fairness_summary": {k: fairness.get(k) for k in ("fairness_gap", "fairness_ratio", "worst_field")},
        "per_class": per_class,
        "confusion": matrix,
        "forgetting": result.get("forgetting"),
        "memorisation": result.get("memorisation") or {},
        "test": {"name": test.get("name"), "examples": test.get("examples")},
        "extra_test_sets": [{"name": safe(s.get("name", "")), "examples": s.get("examples")} for s in result.get("extra_test_sets") or []],
    }


# -- monitoring --------------------------------------------------------------------------------------------


def monitor_checks(workspace: Workspace, version_id: str | None = None) -> list[dict[str, Any]]:
    """The drift checks the monitor stage recorded (`afinar.monitor.records`), newest first."""
    from afinar.monitor.records import list_checks

    return [
        {
            "id": check.id,
            "version_id": check.version_id,
            "created_at": _iso(check.created_at),
            "created_by": check.created_by,
            "status": check.status,
            "samples": check.samples,
            "summary": check.summary if isinstance(check.summary, dict) else {},
        }
        for check in reversed(list_checks(workspace, version_id, limit=500))
    ]


def latest_checks(workspace: Workspace) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for check in monitor_checks(workspace):
        latest.setdefault(check["version_id"], check)
    return latest


def monitoring(workspace: Workspace, safe: Safe, t: Translate, fmt: Formatter) -> dict[str, Any]:
    """Every monitored version's drift (see `version_drift`), and the warnings and alerts of all."""
    checks = monitor_checks(workspace)
    by_version: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for check in reversed(checks):  # oldest first, for the time axis
        by_version[check["version_id"]].append(check)
    versions = [version_drift(version_id, series, safe, t, fmt) for version_id, series in sorted(by_version.items())]
    alerts = [c for c in checks if c["status"] in ("warn", "alert")][:50]
    return {"versions": versions, "alerts": alerts, "total": len(checks)}


def version_drift(version_id: str, checks: list[dict[str, Any]], safe: Safe, t: Translate, fmt: Formatter) -> dict[str, Any]:
    """One version's drift checks (oldest first): the latest verdicts, and one chart per check of
    its effect size over time, with the warn and alert levels it was judged against."""
    times = [_timestamp(c["created_at"]) for c in checks]
    hover = [fmt.when(c["created_at"]) for c in checks]
    # Checks days apart are labelled by their day; checks within a day by their time too.
    spread_days = (times[-1] - times[0]) / 86400 if len(times) > 1 else 0
    ticks = _time_ticks(times, [fmt.day_time(c["created_at"], with_time=spread_days < 2) for c in checks], most=4)
    charts = []
    for name, points in sorted(drift_effects(checks).items()):
        levels = next((row["levels"] for c in reversed(checks) for row in _check_entries(c["summary"]) if row["name"] == name and row["levels"]), {})
        bands = [(float(levels[k]), t(f"drift.{k}")) for k in ("warn", "alert") if isinstance(levels.get(k), (int, float))]
        title = t("monitor.chart_check", check=safe(name), version=version_id)
        chart = line_chart(
            [Series(safe(name), [(times[i], v) for i, v in points], hover=[hover[i] for i, _ in points])],
            title=title, y_label=t("monitor.effect"), x_ticks=ticks, bands=bands, width=400, height=210, y_min=0,
        )
        charts.append((title, chart))
    latest = checks[-1]
    return {
        "version_id": version_id,
        "latest": latest,
        "checks": list(reversed(checks))[:10],
        "charts": [c for c in charts if c[1]],
        "latest_rows": check_rows(latest["summary"], safe),
    }


def drift_effects(checks: list[dict[str, Any]]) -> dict[str, list[tuple[int, float]]]:
    """Per named check, the (index of the drift check, effect size) pairs in the checks' summaries."""
    effects: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, check in enumerate(checks):
        for row in _check_entries(check["summary"]):
            value = row.get("effect")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                effects[row["name"]].append((i, float(value)))
    return dict(effects)


def check_rows(summary: dict[str, Any], safe: Safe) -> list[dict[str, Any]]:
    return [
        {"name": safe(row["name"]), "status": row.get("status"), "effect": row.get("effect"), "p_value": row.get("p_value"), "detail": safe(row.get("detail") or "")}
        for row in _check_entries(summary)
    ]


def _check_entries(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The checks of a recorded drift check: the monitor stage writes `{"checks": [{"name",
    "status", "effect", "p_value", "detail", "extra": {"levels": {"warn", "alert"}}}, …]}`."""
    checks = summary.get("checks") if isinstance(summary, dict) else None
    entries = []
    for value in checks if isinstance(checks, list) else []:
        if isinstance(value, dict) and value.get("name"):
            extra = value.get("extra") if isinstance(value.get("extra"), dict) else {}
            effect = value.get("effect")
            entries.append(
                {
                    "name": str(value["name"]),
                    "status": value.get("status"),
                    "effect": effect if isinstance(effect, (int, float)) and not isinstance(effect, bool) else None,
                    "p_value": value.get("p_value"),
                    "detail": value.get("detail") if isinstance(value.get("detail"), str) else None,
                    "levels": extra.get("levels") if isinstance(extra.get("levels"), dict) else {},
                }
            )
    return entries


# -- audit ---------------------------------------------------------------------------------------------------

AUDIT_PAGE = 50


def audit_page(workspace: Workspace, filters: dict[str, str], page: int, safe: Safe) -> dict[str, Any]:
    from afinar.audit import AuditLog

    log = AuditLog(workspace)
    since = filters.get("since") or None
    events = log.events(
        action=filters.get("action") or None,
        subject=filters.get("subject") or None,
        actor=filters.get("actor") or None,
        since=since,
        limit=AUDIT_PAGE * page + 1,
        newest_first=True,
    )
    shown = events[AUDIT_PAGE * (page - 1) : AUDIT_PAGE * page]
    length, head = log.head()
    return {
        "events": [_event_row(e, safe) for e in shown],
        "has_more": len(events) > AUDIT_PAGE * page,
        "page_number": page,
        "filters": filters,
        "length": length,
        "head": head,
    }


SUBJECT_PAGES = {"model": "/models/", "run": "/runs/", "dataset": "/datasets/"}
SUMMARY_KEYS = ("from", "to", "reason", "message", "action", "error", "passed", "gates_failed", "roles", "evaluation", "project", "token_id")


def _event_row(event, safe: Safe) -> dict[str, Any]:
    details = safe_value(event.details, safe)
    kind, _, name = event.subject.partition(":")
    subject = safe_value(event.subject, safe)
    summary = [
        (key, _short_value(details[key])) for key in SUMMARY_KEYS if key in details and details[key] not in (None, "", [], {})
    ][:3]
    return {
        "seq": event.seq,
        "time": event.time,
        "actor": event.actor,
        "action": event.action,
        "subject": subject,
        "subject_short": subject if len(subject) <= 40 else subject[:36] + "…",
        "link": SUBJECT_PAGES[kind] + name if kind in SUBJECT_PAGES and subject == event.subject else None,
        "summary": summary,
        "details": details,
        "hash": event.hash,
    }


def _short_value(value: Any) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def axis_label(text: str) -> str:
    """A withheld value's placeholder, short enough for a chart axis ('[withheld #2]')."""
    return WITHHELD.sub(lambda m: f"[withheld #{m.group(1)}]", text)


def safe_value(value: Any, safe: Safe) -> Any:
    """`value` with every string leaf that is not an id or hash passed through the withholder."""
    if isinstance(value, dict):
        return {k: safe_value(v, safe) for k, v in value.items()}
    if isinstance(value, list):
        return [safe_value(v, safe) for v in value]
    if isinstance(value, str) and not HEX_ID.match(value):
        return safe(value)
    return value


# -- helpers -------------------------------------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    if isinstance(value, datetime):
        from datetime import UTC

        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat(timespec="seconds")
    return value


def _timestamp(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


def _time_ticks(times: list[float], labels: list[str], *, most: int = 6) -> list[tuple[float, str]]:
    """At most `most` of the checks' times label the axis."""
    step = max(1, -(-len(times) // most))
    return [(times[i], labels[i]) for i in range(0, len(times), step)]

