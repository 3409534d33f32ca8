"""The evaluation report: Markdown and a self-contained HTML page (plots inline as PNG data URIs,
matplotlib's Agg backend), written beside `evaluation.json`.

The report holds numbers, label names and group names only: no record text, no generation
(generations may carry personal data; the memorisation section gives counts).
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import Any

from afinar.workspace import Workspace


def loss_curves(workspace: Workspace, run_id: str) -> dict[str, list[tuple[int, float]]]:
    """Training and validation loss by step, from the train stage's `run_metrics`."""
    from afinar.train import run_metrics

    curves: dict[str, list[tuple[int, float]]] = {"train": [], "validation": []}
    for row in run_metrics(workspace, run_id):
        curves.setdefault(row["split"], []).append((row["step"], row["loss"]))
    return curves


def write_reports(folder: Path, result: dict[str, Any], curves: dict[str, Any]) -> None:
    (folder / "report.md").write_text(markdown_report(result), encoding="utf-8")
    (folder / "report.html").write_text(html_report(result, curves), encoding="utf-8")


# -- Markdown ----------------------------------------------------------------------------------------


def _fmt(value: Any, digits: int = 4) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _comparison_rows(test: dict[str, Any]) -> list[list[str]]:
    rows = []
    for name, c in (test.get("comparisons") or {}).items():
        rows.append([name, _fmt(c["tuned"]), _fmt(c["base"]), f"{c['difference']:+.4f}", f"[{c['ci_low']:+.4f}, {c['ci_high']:+.4f}]", _fmt(c["share_tuned_better"], 3)])
    return rows


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def markdown_report(result: dict[str, Any]) -> str:
    run, test = result["run"], result["test"]
    out = [
        f"# Evaluation {result['id']}",
        "",
        f"Project **{result['project']}** ({result['task']}); run `{run['id']}` ({run['method']} on `{run['base_model']}`, "
        f"{run['steps']} steps, dataset `{(run['dataset_id'] or 'in memory')[:12]}`). Test split: {test['examples']} examples. "
        f"Inference {result['inference']['dtype']} on {result['inference']['device']}; {result['seconds']} s.",
        "",
        "## Gates",
        "",
    ]
    if result["gates"]:
        out.append(_table(["metric", "gate", "value", "verdict"], [[g["metric"], g["expression"], _fmt(g["value"]), "pass" if g["passed"] else "**FAIL**"] for g in result["gates"]]))
        out += ["", f"Overall: **{'passed' if result['passed'] else 'FAILED'}**."]
    else:
        out.append("No gates in the spec (`evaluate.gates`).")
    out += ["", "## Metrics on the test split", "", _table(["metric", "tuned"], [[k, _fmt(v)] for k, v in result["metrics"].items()])]
    for s in [test, *result["extra_test_sets"]]:
        if s.get("comparisons"):
            c = result["settings"]
            out += [
                "",
                f"## Tuned vs base — {s['name']} ({s['examples']} examples)",
                "",
                f"Paired bootstrap, {c['bootstrap_resamples']} resamples, seed {c['seed']}, {c['confidence']:.0%} interval of tuned − base.",
                "",
                _table(["metric", "tuned", "base", "difference", "interval", "share of resamples tuned > base"], _comparison_rows(s)),
            ]
    per_class = test["tuned"].get("per_class")
    if per_class:
        out += ["", "## Per class (tuned)", "", _table(["label", "precision", "recall", "F1", "support"], [[label, _fmt(v["precision"]), _fmt(v["recall"]), _fmt(v["f1"]), str(v["support"])] for label, v in per_class.items()])]
    fairness = result.get("fairness")
    if fairness:
        out += ["", "## Fairness", "", f"Primary metric `{fairness['primary_metric']}` per group; gaps over groups with at least {fairness['min_group_size']} test examples. "
                f"fairness_gap {_fmt(fairness['fairness_gap'])}, fairness_ratio {_fmt(fairness['fairness_ratio'])}."]
        for field, data in fairness["by_field"].items():
            metric_names = [k for k in next(iter(data["groups"].values())) if k != "n"] if data["groups"] else []
            out += ["", f"### {field}", "", _table(["group", "n", *metric_names], [[g, str(v["n"]), *(_fmt(v[m]) for m in metric_names)] for g, v in data["groups"].items()])]
            extras = [f"gap {k}: {_fmt(v)}" for k, v in data["gaps"].items()]
            if "demographic_parity_difference" in data:
                extras += [f"demographic parity difference {_fmt(data['demographic_parity_difference'])}", f"equalised odds difference {_fmt(data['equalized_odds_difference'])}"]
            out += ["", "; ".join(extras) or "fewer than two groups large enough to compare"]
    forgetting = result.get("forgetting")
    out += ["", "## Forgetting", ""]
    if forgetting:
        out.append(f"{forgetting['explanation']} Corpus `{forgetting['corpus']}` ({forgetting['texts']} texts). **forgetting = {_fmt(forgetting['forgetting'])}**"
                   + (f" (perplexity base {_fmt(forgetting['base_perplexity'], 2)}, tuned {_fmt(forgetting['tuned_perplexity'], 2)})." if forgetting["method"] == "perplexity" else f" (mean cosine {_fmt(forgetting['mean_cosine'])}, min {_fmt(forgetting['min_cosine'])})."))
    else:
        out.append("Not measured (`evaluate.forgetting: false`).")
    memorisation = result["memorisation"]
    out += ["", "## Memorisation", ""]
    if not memorisation.get("applicable"):
        out.append(f"Not applicable: {memorisation['reason']}")
    elif "skipped" in memorisation:
        out.append(f"Skipped: {memorisation['skipped']}.")
    else:
        out.append(
            f"{memorisation['generations_scanned']} generations scanned ({memorisation['by_prompt_source']}); {memorisation['pii_spans']} personal-data spans found, "
            f"{memorisation['copied_from_prompt']} copied from their prompt; **memorised_pii = {memorisation['memorised_pii']}** distinct values found verbatim in the training data "
            f"(by type: {memorisation['memorised_by_label'] or 'none'}). Values are never stored."
        )
    out += ["", "## Training", "", f"Stopped: {run['stop_reason']}; last train loss {_fmt(run['train_loss'])}, validation loss {_fmt(run['val_loss'])} (best {_fmt(run['best_val_loss'])}).", ""]
    return "\n".join(out)


# -- HTML ----------------------------------------------------------------------------------------------


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def plots(result: dict[str, Any], curves: dict[str, Any]) -> dict[str, str]:
    """Figure title → PNG data URI."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    import numpy as np

    figures: dict[str, str] = {}
    test = result["test"]

    matrix = (test["tuned"].get("confusion_matrix") or {}) if isinstance(test["tuned"].get("confusion_matrix"), dict) else {}
    if matrix:
        values = np.array(matrix["matrix"])
        size = max(4.0, 0.5 * len(matrix["labels"]) + 2)
        fig, ax = plt.subplots(figsize=(size, size))
        ax.imshow(values, cmap="Blues")
        ax.set_xticks(range(len(matrix["labels"])), matrix["labels"], rotation=45, ha="right")
        ax.set_yticks(range(len(matrix["labels"])), matrix["labels"])
        for (i, j), v in np.ndenumerate(values):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > values.max() / 2 else "black", fontsize=8)
        ax.set_xlabel("predicted")
        ax.set_ylabel("true")
        ax.set_title("Confusion matrix (tuned, test split)")
        figures["Confusion matrix"] = _png(fig)

    sets = [s for s in [test, *result["extra_test_sets"]] if s.get("comparisons")]
    if sets:
        names = list(sets[0]["comparisons"])
        fig, axes = plt.subplots(1, len(sets), figsize=(5 * len(sets), 3.5), squeeze=False)
        for ax, s in zip(axes[0], sets, strict=True):
            c = s["comparisons"]
            x = np.arange(len(names))
            ax.bar(x - 0.2, [c[n]["base"] for n in names], 0.4, label="base", color="#999999")
            tuned = [c[n]["tuned"] for n in names]
            errors = np.array([[c[n]["difference"] - c[n]["ci_low"], c[n]["ci_high"] - c[n]["difference"]] for n in names]).T
            ax.bar(x + 0.2, tuned, 0.4, label="tuned", color="#2b6cb0", yerr=errors, capsize=3)
            ax.set_xticks(x, names)
            ax.set_ylim(0, 1.05)
            ax.set_title(f"{s['name']}: base vs tuned (bars: {int(result['settings']['confidence'] * 100)}% CI of the difference)", fontsize=9)
            ax.legend(fontsize=8)
        figures["Base vs tuned"] = _png(fig)

    fairness, fairness_base = result.get("fairness"), test.get("fairness_base")
    if fairness:
        primary = fairness["primary_metric"]
        fields = list(fairness["by_field"])
        fig, axes = plt.subplots(1, len(fields), figsize=(4.5 * len(fields), 3.5), squeeze=False)
        for ax, field in zip(axes[0], fields, strict=True):
            groups = fairness["by_field"][field]["groups"]
            names = list(groups)
            x = np.arange(len(names))
            if fairness_base:
                base_groups = fairness_base["by_field"][field]["groups"]
                ax.bar(x - 0.2, [base_groups[g][primary] or 0 for g in names], 0.4, label="base", color="#999999")
            ax.bar(x + (0.2 if fairness_base else 0), [groups[g][primary] or 0 for g in names], 0.4, label="tuned", color="#2b6cb0")
            ax.set_xticks(x, [f"{g}\n(n={groups[g]['n']})" for g in names], fontsize=7, rotation=30)
            ax.set_title(f"{primary} by {field}", fontsize=9)
            ax.legend(fontsize=8)
        figures["Per group"] = _png(fig)

    if curves.get("train"):
        fig, ax = plt.subplots(figsize=(6, 3.5))
        steps, losses = zip(*curves["train"], strict=True)
        ax.plot(steps, losses, label="train", color="#2b6cb0", linewidth=1)
        if curves.get("validation"):
            steps, losses = zip(*curves["validation"], strict=True)
            ax.plot(steps, losses, "o-", label="validation", color="#c05621")
        ax.set_xlabel("step")
        ax.set_ylabel("loss")
        ax.set_title("Training curves")
        ax.legend()
        figures["Loss curves"] = _png(fig)
    return figures


def html_report(result: dict[str, Any], curves: dict[str, Any]) -> str:
    body = []
    verdict = "passed" if result["passed"] else "FAILED"
    colour = "#276749" if result["passed"] else "#c53030"
    body.append(f"<h1>Evaluation {html.escape(result['id'])}</h1>")
    body.append(f"<p class='verdict' style='color:{colour}'>Gates: <b>{verdict}</b></p>")
    body.append(_md_tables_to_html(markdown_report(result)))
    for title, uri in plots(result, curves).items():
        body.append(f"<h2>{html.escape(title)}</h2><img alt='{html.escape(title)}' src='{uri}'>")
    style = (
        "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1a202c}"
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.25em .6em;text-align:left}"
        "th{background:#edf2f7}img{max-width:100%}code{background:#edf2f7;padding:0 .2em}"
    )
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evaluation {html.escape(result['id'])}</title><style>{style}</style></head><body>{''.join(body)}</body></html>\n"


def _md_tables_to_html(markdown: str) -> str:
    """The Markdown report as HTML: headings, paragraphs and tables (all it uses)."""
    import re

    out, table = [], []

    def inline(text: str) -> str:
        text = html.escape(text)
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        return re.sub(r"`(.+?)`", r"<code>\1</code>", text)

    def flush() -> None:
        if table:
            rows = [r for r in table if not re.fullmatch(r"\|(---\|)+", r)]
            cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
            out.append("<table><tr>" + "".join(f"<th>{inline(c)}</th>" for c in cells[0]) + "</tr>" + "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in r) + "</tr>" for r in cells[1:]) + "</table>")
            table.clear()

    for line in markdown.splitlines()[1:]:  # the title is rendered by the caller
        if line.startswith("|"):
            table.append(line)
            continue
        flush()
        if line.startswith("### "):
            out.append(f"<h3>{inline(line[4:])}</h3>")
        elif line.startswith("## "):
            out.append(f"<h2>{inline(line[3:])}</h2>")
        elif line.strip():
            out.append(f"<p>{inline(line)}</p>")
    flush()
    return "\n".join(out)
