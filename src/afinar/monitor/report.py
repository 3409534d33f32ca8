"""The drift report as a self-contained HTML page: the verdict, a table of the checks, and plots
(matplotlib, Agg backend, inlined as PNG): lengths and labels against the reference, the
traffic day by day over the window, and the effect of each check over past checks."""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import numpy as np

NULL_EFFECT = {"embedding": 0.5}  # the effect when nothing changed (an AUC of 0.5); 0 for the others
COLOURS = {"ok": "#276749", "warn": "#b7791f", "alert": "#c53030", "insufficient_data": "#4a5568", "not_applicable": "#4a5568"}
STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1a202c}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.25em .6em;text-align:left;vertical-align:top}"
    "th{background:#edf2f7}img{max-width:100%}.num{text-align:right;font-variant-numeric:tabular-nums}"
)


def _png(figure) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def plots(report: dict[str, Any], reference_tokens: np.ndarray | None, recent_tokens: np.ndarray | None, history: list[dict[str, Any]]) -> dict[str, str]:
    """Figure title → PNG data URI."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    figures: dict[str, str] = {}
    if reference_tokens is not None and recent_tokens is not None and len(recent_tokens):
        fig, ax = plt.subplots(figsize=(6, 3.2))
        top = float(np.percentile(np.concatenate([reference_tokens, recent_tokens]), 99)) or 1.0
        bins = np.linspace(0, top, 30)
        ax.hist(reference_tokens, bins=bins, density=True, alpha=0.5, label=f"reference (n={len(reference_tokens)})", color="#718096")
        ax.hist(recent_tokens, bins=bins, density=True, alpha=0.5, label=f"recent (n={len(recent_tokens)})", color="#2b6cb0")
        ax.set_xlabel("length (tokens)")
        ax.legend(fontsize=8)
        figures["Length of the texts"] = _png(fig)

    labels = next((c for c in report["checks"] if c["name"] == "labels"), None)
    if labels and labels["extra"].get("reference_shares"):
        names = list(labels["extra"]["reference_shares"])
        x = np.arange(len(names))
        fig, ax = plt.subplots(figsize=(max(5, 0.7 * len(names) + 2), 3.2))
        ax.bar(x - 0.2, [labels["extra"]["reference_shares"][n] for n in names], 0.4, label="reference", color="#718096")
        ax.bar(x + 0.2, [labels["extra"]["recent_shares"][n] for n in names], 0.4, label="recent", color="#2b6cb0")
        ax.set_xticks(x, names, rotation=35, ha="right", fontsize=8)
        ax.set_ylabel("share of predictions")
        ax.legend(fontsize=8)
        figures["Predicted labels"] = _png(fig)

    daily = report.get("daily") or []
    if daily:
        days = [d["day"] for d in daily]
        fig, axes = plt.subplots(1, 3, figsize=(12, 3), squeeze=False)
        axes[0][0].bar(days, [d["requests"] for d in daily], color="#2b6cb0")
        axes[0][0].set_title("requests per day", fontsize=9)
        axes[0][1].plot(days, [d["mean_tokens"] for d in daily], "o-", color="#2b6cb0")
        axes[0][1].set_title("mean length (tokens)", fontsize=9)
        axes[0][2].plot(days, [d["personal_data_share"] for d in daily], "o-", color="#c05621", label="personal data")
        axes[0][2].plot(days, [d["oov_rate"] for d in daily], "o-", color="#2b6cb0", label="tokenizer OOV")
        axes[0][2].set_title("shares per day", fontsize=9)
        axes[0][2].legend(fontsize=7)
        for ax in axes[0]:
            ax.tick_params(axis="x", labelrotation=45, labelsize=7)
        figures["Traffic over the window"] = _png(fig)

    # Each check's effect on one scale: 0 where nothing changed, 1 at its alert level.
    scales = {c["name"]: (NULL_EFFECT.get(c["name"], 0.0), c["extra"]["levels"]["alert"]) for c in report["checks"] if c.get("extra", {}).get("levels")}
    if len(history) >= 2 and scales:
        fig, ax = plt.subplots(figsize=(8, 3.2))
        for name, (null, alert) in sorted(scales.items()):
            points = [(i, (h["effects"][name] - null) / (alert - null)) for i, h in enumerate(history) if h["effects"].get(name) is not None]
            if points:
                ax.plot([p[0] for p in points], [p[1] for p in points], "o-", label=name, linewidth=1)
        ax.axhline(1.0, color="#c53030", linestyle="--", linewidth=1)
        ax.set_xticks(range(len(history)), [h["at"][:16].replace("T", " ") for h in history], rotation=45, ha="right", fontsize=7)
        ax.set_ylabel("effect / alert level")
        ax.legend(fontsize=7, ncol=2)
        figures["Effects over past checks (dashed: alert level)"] = _png(fig)
    return figures


def html_report(report: dict[str, Any], figures: dict[str, str]) -> str:
    status = report["status"]
    rows = []
    for check in report["checks"]:
        levels = check.get("extra", {}).get("levels") or {}
        threshold = f"{levels['warn']:g} / {levels['alert']:g}" if levels else ""
        rows.append(
            "<tr>"
            f"<td>{html.escape(check['name'])}</td>"
            f"<td style='color:{COLOURS.get(check['status'], '#1a202c')}'><b>{html.escape(check['status'])}</b></td>"
            f"<td class='num'>{_fmt(check['effect'])}</td><td class='num'>{threshold}</td><td class='num'>{_fmt(check['p_value'])}</td>"
            f"<td>{html.escape(check['detail'])}</td></tr>"
        )
    window = report["window"]
    feedback = report.get("feedback") or {}
    body = [
        f"<h1>Drift of {html.escape(report['version'])}</h1>",
        f"<p style='color:{COLOURS.get(status, '#1a202c')};font-size:1.3em'>Status: <b>{html.escape(status)}</b></p>",
        f"<p>Recent traffic: {report['samples']} requests from {html.escape(window['since'][:19])} to {html.escape(window['until'][:19])} UTC "
        f"({report.get('withheld', 0)} withheld for residual personal data); reference: {report['reference']['samples']} texts of split "
        f"{html.escape(report['reference']['split'])} of dataset {html.escape(report['reference']['dataset_id'][:12])}. "
        f"Feedback: {feedback.get('labels', 0)} labels, {feedback.get('ratings', 0)} ratings"
        + (f" (mean rating {feedback['mean_rating']:.2f})" if feedback.get("mean_rating") is not None else "") + ".</p>",
        "<table><thead><tr><th>check</th><th>status</th><th>effect</th><th>warn / alert</th><th>p-value</th><th>detail</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        "<p>A check warns (alerts) when its effect reaches the warn (alert) level and its p-value is below the "
        "family-wise level divided by the number of checks (Bonferroni). See docs/monitoring.md.</p>",
    ]
    for title, uri in figures.items():
        body.append(f"<h2>{html.escape(title)}</h2><img alt='{html.escape(title)}' src='{uri}'>")
    title = f"Drift of {html.escape(report['version'])}"
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title><style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n"


def _fmt(value) -> str:
    if value is None:
        return ""
    return f"{value:.4g}" if isinstance(value, float) else str(value)
