"""The data report: `report.json` (the facts), `report.md` (a summary) and `report.html`
(self-contained, plots as inline SVG). It shows counts, source references (file:line),
reasons and statistics, and never the text of a record.

Rendering is deterministic (fixed SVG ids, no dates), so the dataset's content hash only
changes when its content does.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

HISTOGRAM_BINS = 30


def report_data(manifest: dict[str, Any], result) -> dict[str, Any]:
    """Everything the report shows, as plain JSON data."""
    kept_lengths = result.keys.tokens[result.kept]
    histogram: dict[str, list] = {"edges": [], "counts": []}
    if len(kept_lengths):
        counts, edges = np.histogram(kept_lengths, bins=min(HISTOGRAM_BINS, max(1, int(kept_lengths.max() - kept_lengths.min() + 1))))
        histogram = {"edges": [float(e) for e in edges], "counts": [int(c) for c in counts]}
    bias = result.bias.to_json() if result.bias else {}
    gap_tests = sorted(bias.get("gap_tests", []), key=lambda t: -t["gap"])[:20]
    return {
        "project": manifest["project"],
        "task": manifest["task"],
        "fingerprint": manifest["fingerprint"],
        "inputs": manifest["inputs"],
        "steps": manifest["steps"],
        "splits": manifest["splits"],
        "label_counts_by_split": manifest["label_counts_by_split"],
        "privacy": manifest["privacy"],
        "token_lengths": manifest["token_lengths"] | {"histogram": histogram},
        "dropped": result.problems.to_json(),
        "near_duplicate_clusters": result.clusters,
        "leakage": result.leakage.to_json() if result.leakage else None,
        "bias": {
            "records": bias.get("records", 0),
            "findings": bias.get("findings", []),
            "representation": bias.get("representation", {}),
            "label_counts": bias.get("label_counts", {}),
            "label_share_by_group": bias.get("label_share_by_group", {}),
            "largest_gaps": gap_tests,
            "sensitive": {
                category: {"records": entry["records"], "share": entry["share"], "by_group": entry["by_group"]}
                for category, entry in bias.get("sensitive", {}).items()
            },
        },
    }


# -- Markdown ------------------------------------------------------------------------------------------


def render_markdown(report: dict[str, Any]) -> str:
    lines = [f"# Data report — {report['project']}", ""]
    splits = report["splits"]
    lines += [
        f"Task: {report['task']}. Splits: {splits['train']} train, {splits['validation']} validation, {splits['test']} test. "
        f"Dropped: {report['dropped']['total']}. Privacy: {report['privacy']['mode']}.",
        "",
        "## Inputs",
        "",
        "| file | sha256 | format | read | valid |",
        "|---|---|---|---:|---:|",
    ]
    for item in report["inputs"]:
        lines.append(f"| {item['file']} | {item['sha256'][:12]} | {item['format']} | {item['records_read']} | {item['records_valid']} |")
    lines += ["", "## Steps", "", "| step | counts |", "|---|---|"]
    for step in report["steps"]:
        counts = ", ".join(f"{k}: {v}" for k, v in step["counts"].items()) or "—"
        lines.append(f"| {step['step']} | {counts} |")
    lines += ["", "## Dropped records by reason", ""]
    if report["dropped"]["by_reason"]:
        lines += ["| step | reason | records |", "|---|---|---:|"]
        lines += [f"| {r['step']} | {r['reason']} | {r['count']} |" for r in report["dropped"]["by_reason"]]
    else:
        lines.append("None.")
    tokens = report["token_lengths"]
    if tokens.get("max") is not None:
        lines += ["", "## Lengths in tokens", "", f"min {tokens['min']}, mean {tokens['mean']}, median {tokens['p50']}, p95 {tokens['p95']}, max {tokens['max']}."]
    bias = report["bias"]
    lines += ["", "## Bias findings", ""]
    if bias["findings"]:
        lines += [f"- **{f['severity']}** {f['message']}" for f in bias["findings"]]
    else:
        lines.append("No finding above the thresholds.")
    leakage = report["leakage"]
    if leakage:
        lines += ["", f"Leakage check: {'ok' if leakage['ok'] else 'FAILED'} (exact pairs across splits {leakage['exact_pairs_across_splits']}, near {leakage['near_pairs_across_splits']}, groups {leakage['groups_across_splits']})."]
    return "\n".join(lines) + "\n"


# -- HTML ------------------------------------------------------------------------------------------------

TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Data report — {{ r.project }}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;line-height:1.4}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.num{text-align:right}.high{color:#b00020;font-weight:bold}.medium{color:#b36b00;font-weight:bold}.low{color:#555}
.plots{display:flex;flex-wrap:wrap;gap:1rem}.plots figure{margin:0}code{font-size:.9em}
</style></head><body>
<h1>Data report — {{ r.project }}</h1>
<p>Task <b>{{ r.task }}</b>; splits <b>{{ r.splits.train }}</b> train, <b>{{ r.splits.validation }}</b> validation,
<b>{{ r.splits.test }}</b> test; <b>{{ r.dropped.total }}</b> records dropped; privacy: <b>{{ r.privacy.mode }}</b>.
Fingerprint <code>{{ r.fingerprint[:16] }}</code>. This report shows no record text.</p>

<h2>Inputs</h2>
<table><tr><th>file</th><th>sha256</th><th>type</th><th>format</th><th>why</th><th class=num>read</th><th class=num>valid</th></tr>
{% for i in r.inputs %}<tr><td>{{ i.file }}</td><td><code>{{ i.sha256[:12] }}</code></td><td>{{ i.type }}{{ ' (gzip)' if i.gzip }}</td>
<td>{{ i.format }}</td><td>{{ i.format_detected }}</td><td class=num>{{ i.records_read }}</td><td class=num>{{ i.records_valid }}</td></tr>{% endfor %}
</table>

<h2>Steps</h2>
<table><tr><th>step</th><th>counts</th></tr>
{% for s in r.steps %}<tr><td>{{ s.step }}</td><td>{% for k, v in s.counts.items() %}{{ k }}: {{ v }}{{ ', ' if not loop.last }}{% endfor %}</td></tr>{% endfor %}
</table>

<div class=plots>{% for title, svg in plots %}<figure>{{ svg | safe }}<figcaption>{{ title }}</figcaption></figure>{% endfor %}</div>

<h2>Bias findings</h2>
{% if r.bias.findings %}<table><tr><th>severity</th><th>kind</th><th>finding</th></tr>
{% for f in r.bias.findings %}<tr><td class="{{ f.severity }}">{{ f.severity }}</td><td>{{ f.kind }}</td><td>{{ f.message }}</td></tr>{% endfor %}
</table>{% else %}<p>No finding above the thresholds.</p>{% endif %}

{% if r.bias.largest_gaps %}<h3>Largest label gaps between groups</h3>
<table><tr><th>field</th><th>label</th><th>highest group</th><th>lowest group</th><th class=num>gap</th><th class=num>chi²</th><th class=num>p</th><th>significant</th></tr>
{% for t in r.bias.largest_gaps %}<tr><td>{{ t.field }}</td><td>{{ t.label }}</td><td>{{ t.high_group }} ({{ '%.0f%%' % (100 * t.shares[t.high_group]) }})</td>
<td>{{ t.low_group }} ({{ '%.0f%%' % (100 * t.shares[t.low_group]) }})</td><td class=num>{{ '%.3f' % t.gap }}</td><td class=num>{{ '%.1f' % t.chi2 }}</td>
<td class=num>{{ '%.2g' % t.p_value }}</td><td>{{ 'yes' if t.significant else 'no' }}</td></tr>{% endfor %}</table>{% endif %}

<h3>Representation</h3>
{% for field, rows in r.bias.representation.items() %}<table><tr><th>{{ field }}</th><th class=num>records</th><th class=num>share</th></tr>
{% for row in rows %}<tr><td>{{ row.group }}</td><td class=num>{{ row.count }}</td><td class=num>{{ '%.1f%%' % (100 * row.share) }}</td></tr>{% endfor %}</table>{% endfor %}

{% if r.bias.sensitive %}<h3>LGPD sensitive categories (art. 5 II): records mentioning terms</h3>
<table><tr><th>category</th><th class=num>records</th><th class=num>share</th></tr>
{% for c, e in r.bias.sensitive.items() %}<tr><td>{{ c }}</td><td class=num>{{ e.records }}</td><td class=num>{{ '%.1f%%' % (100 * e.share) }}</td></tr>{% endfor %}</table>{% endif %}

<h2>Duplicates</h2>
<p>Near-duplicate clusters (largest {{ r.near_duplicate_clusters | length }}): kept record, number dropped, some dropped records.</p>
{% if r.near_duplicate_clusters %}<table><tr><th>kept</th><th class=num>dropped</th><th>dropped records</th></tr>
{% for c in r.near_duplicate_clusters %}<tr><td>{{ c.kept }}</td><td class=num>{{ c.dropped }}</td><td>{{ c.examples | join(', ') }}</td></tr>{% endfor %}</table>{% endif %}
{% if r.leakage %}<p>Leakage check: <b>{{ 'ok' if r.leakage.ok else 'FAILED' }}</b> — exact pairs across splits {{ r.leakage.exact_pairs_across_splits }},
near {{ r.leakage.near_pairs_across_splits }}{{ '' if r.leakage.checked_near else ' (not checked: near dedup off)' }}, groups {{ r.leakage.groups_across_splits }}.</p>{% endif %}

<h2>Dropped records</h2>
{% if r.dropped.by_reason %}<table><tr><th>step</th><th>reason</th><th class=num>records</th></tr>
{% for x in r.dropped.by_reason %}<tr><td>{{ x.step }}</td><td>{{ x.reason }}</td><td class=num>{{ x.count }}</td></tr>{% endfor %}</table>
<details><summary>Records ({{ r.dropped.records | length }}{{ ', list truncated' if r.dropped.records_truncated }})</summary>
<table><tr><th>where</th><th>field</th><th>reason</th><th>detail</th></tr>
{% for p in r.dropped.records %}<tr><td>{{ p.file }}:{{ p.line }}</td><td>{{ p.field }}</td><td>{{ p.reason }}</td><td>{{ p.detail }}</td></tr>{% endfor %}
</table></details>{% else %}<p>None.</p>{% endif %}
</body></html>
"""


def render_html(report: dict[str, Any]) -> str:
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(TEMPLATE).render(r=report, plots=_plots(report))


def _plots(report: dict[str, Any]) -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plots = []
    with matplotlib.rc_context({"svg.hashsalt": "afinar", "svg.fonttype": "none", "figure.figsize": (5, 3), "font.size": 8}):
        histogram = report["token_lengths"]["histogram"]
        if histogram["counts"]:
            figure, axis = plt.subplots()
            edges = histogram["edges"]
            axis.bar(edges[:-1], histogram["counts"], width=np.diff(edges), align="edge", color="#4c72b0")
            axis.set_xlabel("tokens")
            axis.set_ylabel("records")
            plots.append(("Length in tokens (kept records)", _svg(figure, plt)))
        labels = report["bias"]["label_counts"]
        if labels:
            figure, axis = plt.subplots()
            names = sorted(labels, key=lambda k: -labels[k])[:30]
            axis.barh(names[::-1], [labels[k] for k in names[::-1]], color="#55a868")
            axis.set_xlabel("records")
            plots.append(("Labels", _svg(figure, plt)))
        for field, rows in report["bias"]["representation"].items():
            figure, axis = plt.subplots()
            rows = rows[:30]
            axis.barh([r["group"] for r in rows][::-1], [r["count"] for r in rows][::-1], color="#8172b2")
            axis.set_xlabel("records")
            plots.append((f"Records per {field}", _svg(figure, plt)))
        reasons = report["dropped"]["by_reason"]
        if reasons:
            figure, axis = plt.subplots()
            names = [f"{r['step']}: {r['reason']}" for r in reasons][:20]
            axis.barh(names[::-1], [r["count"] for r in reasons][:20][::-1], color="#c44e52")
            axis.set_xlabel("records")
            plots.append(("Dropped records by reason", _svg(figure, plt)))
    return plots


def _svg(figure, plt) -> str:
    buffer = io.StringIO()
    figure.tight_layout()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(figure)
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]
