"""Model cards, generated from the recorded artifacts (never typed by hand).

`model_card(workspace, version)` gathers the facts — the run and its spec, the base model and
its licence, the dataset manifest (sources with hashes, privacy policy and counts), the
evaluation (`evaluation.json`), the version's review history — into one structure of sections,
rendered as Markdown in Hugging Face's card format (YAML front matter: license, base_model,
language, tags, model-index) and as a self-contained HTML page.

No record text ever reaches a card: it shows counts, hashes, settings and metrics. Strings that
come from the data itself (labels, group values, file names) are scanned by the privacy
detectors and withheld when they look like personal data.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import yaml

from afinar.config import Spec
from afinar.registry.lineage import base_model_facts, read_manifest, run_record
from afinar.workspace import Workspace

SMALL_TEST_SET = 100
SPDX_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")

Block = tuple  # ("p", text) | ("kv", [(key, value)]) | ("table", headers, rows) | ("list", items)


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class ModelCard:
    """A card: `front_matter` (Hugging Face metadata), `sections`, and both renderings."""

    version_id: str
    front_matter: dict[str, Any]
    title: str
    summary: str
    sections: list[Section]

    @property
    def markdown(self) -> str:
        return render_markdown(self)

    @property
    def html(self) -> str:
        return render_html(self)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version_id,
            "front_matter": self.front_matter,
            "title": self.title,
            "summary": self.summary,
            "sections": [{"title": s.title, "blocks": [list(b) for b in s.blocks]} for s in self.sections],
        }


# -- gathering ------------------------------------------------------------------------------------------


def model_card(workspace: Workspace, version, *, transitions=None) -> ModelCard:
    from afinar.data import get_dataset
    from afinar.errors import AfinarError
    from afinar.models import CATALOG
    from afinar.registry.evaluations import get_evaluation
    from afinar.registry.versions import history
    from afinar.train import get_run

    safe = Withholder()
    run = get_run(workspace, version.run_id)
    spec = Spec.model_validate(run.spec)
    governance = spec.governance
    base = base_model_facts(workspace, run.base_model, run.base_weights_sha256)
    catalog = CATALOG.get(run.base_model)
    dataset = manifest = None
    if run.dataset_id:
        try:
            dataset = get_dataset(workspace, run.dataset_id)
            manifest = read_manifest(dataset.path)
        except AfinarError:
            dataset = None
    evaluation = None
    if version.evaluation_id:
        try:
            evaluation = get_evaluation(workspace, version.evaluation_id)
        except AfinarError:
            evaluation = None
    record = run_record(workspace, run)
    transitions = transitions if transitions is not None else history(workspace, version.id)
    licence = governance.licence or base.get("licence") or "unknown"

    sections = [
        _details(version, run, spec, base, catalog, licence, record, transitions, safe),
        _uses(governance),
        _training_data(run, spec, dataset, manifest, safe),
        _evaluation(version, evaluation, safe),
        _limitations(version, run, spec, dataset, manifest, evaluation, catalog, safe),
        _reproduce(version, run, spec, base),
    ]
    front_matter = _front_matter(version, run, base, licence, evaluation, record)
    summary = (
        f"{spec.description + ' ' if spec.description else ''}A {run.task} model fine-tuned by afinar from "
        f"{base.get('upstream') or run.base_model} ({_method(run, spec)}) on Brazilian-Portuguese domain data. "
        f"Status in the registry: **{version.status}**."
    )
    return ModelCard(version.id, front_matter, f"{version.name} — version {version.version}", summary, sections)


def _details(version, run, spec, base, catalog, licence, record, transitions, safe: Withholder) -> Section:
    reviews = [(t.action, t.actor, t.at, t.reason) for t in transitions if t.action in ("submit", "approve", "reject", "promote", "retire", "replace")]
    section = Section("Model details")
    section.blocks.append(
        (
            "kv",
            [
                ("Model", f"{version.id} (project {version.project})"),
                ("Task", run.task + (f"; labels: {', '.join(safe(label) for label in record.get('labels') or [])}" if record.get("labels") else "")),
                ("Fine-tuning", _method(run, spec)),
                ("Base model", f"{run.base_model}" + (f" = {base['upstream']}" if base.get("upstream") else "")),
                ("Base model architecture", f"{base.get('architecture', 'unknown')}, {base.get('parameters', 0) / 1e6:.1f}M parameters" if base.get("parameters") else base.get("architecture", "unknown")),
                ("Base model licence", base.get("licence", "unknown")),
                ("Base model weights sha256", run.base_weights_sha256),
                ("Licence of this model", licence + ("" if spec.governance.licence else " (the base model's; set governance.licence to change it)")),
                ("Trained by", f"{run.created_by}, run {run.id} ({run.steps} steps, finished {run.finished_at or 'unknown'})"),
                ("Registered by", f"{version.created_by} on {version.created_at}"),
                ("Output artifact sha256", run.output_sha256 or "none"),
            ],
        )
    )
    if reviews:
        section.blocks.append(("table", ["review step", "by", "at", "reason"], [[a, who, at, reason or ""] for a, who, at, reason in reviews]))
    return section


def _uses(governance) -> Section:
    section = Section("Uses")
    section.blocks.append(("kv", [("Intended use", governance.intended_use or "not declared (governance.intended_use)"), ("Out of scope", governance.out_of_scope or "not declared (governance.out_of_scope)")]))
    return section


def _training_data(run, spec, dataset, manifest, safe: Withholder) -> Section:
    from afinar.privacy.operators import operator_classification

    section = Section("Training data")
    if dataset is None:
        section.blocks.append(("p", "The run was trained on in-memory examples, not on a recorded dataset version: its training data cannot be described."))
        return section
    section.blocks.append(
        (
            "kv",
            [
                ("Dataset version", dataset.id),
                ("Prepared", f"{dataset.created_at} by {dataset.created_by}"),
                ("Records", f"{dataset.records} ({dataset.splits['train']} train, {dataset.splits['validation']} validation, {dataset.splits['test']} test); {dataset.dropped} dropped while curating"),
                ("Formats", ", ".join(dataset.formats) or "unknown"),
            ],
        )
    )
    inputs = manifest.get("inputs", [])
    if inputs:
        section.blocks.append(
            ("table", ["source file", "sha256", "bytes", "records read", "valid", "format"], [[safe(i.get("file", "")), i.get("sha256", ""), i.get("bytes", ""), i.get("records_read", ""), i.get("records_valid", ""), i.get("format", "")] for i in inputs])
        )
    derived = manifest.get("derived_from")
    if derived:
        section.blocks.append(("p", f"This dataset version was rebuilt from {derived.get('dataset_id')} without {derived.get('records_removed')} record(s) after an LGPD data-subject request ({derived.get('request_id')})."))
    privacy = manifest.get("privacy") or {}
    classes = operator_classification()
    if privacy.get("mode") == "declared_anonymized":
        section.blocks.append(("p", "Privacy: the project declared its sources free of personal data (`data.already_anonymized: true`); afinar did not anonymise them."))
    elif privacy.get("mode") == "anonymized":
        policy = privacy.get("policy") or {}
        found = privacy.get("entities") or {}
        labels = sorted(set(found) | set(policy.get("entities", {})))
        rows = []
        for label in labels:
            operator = policy.get("entities", {}).get(label, policy.get("default"))
            rows.append([label, found.get(label, 0), operator, _lgpd_term(classes.get(operator, "unknown"))])
        section.blocks.append(("p", f"Privacy: every text was scanned for Brazilian personal data and transformed before training; {privacy.get('records_changed', 0)} of {privacy.get('records', 0)} records were changed. Other entity types get `{policy.get('default')}` ({_lgpd_term(classes.get(policy.get('default'), 'unknown'))})."))
        if rows:
            section.blocks.append(("table", ["entity type", "found", "operator", "under LGPD"], rows))
        used = {classes.get(policy.get("entities", {}).get(label, policy.get("default")), "unknown") for label in found} or {classes.get(policy.get("default"), "unknown")}
        if used == {"anonymisation"}:
            verdict = "All personal data found was anonymised (LGPD art. 12): the training data is no longer personal data, as far as the detectors found it."
        elif "none" in used:
            verdict = "Some personal data was kept as it is (operator `keep`): the training data contains personal data."
        else:
            verdict = "Some personal data was pseudonymised (LGPD art. 13 §4: reversible or linkable with the workspace's privacy key): the training data is still personal data, and LGPD applies to it and to this model."
        section.blocks.append(("p", verdict))
    section.blocks.append(("kv", [("Legal basis (LGPD)", spec.governance.legal_basis or "not declared (governance.legal_basis)")]))
    findings = _bias_findings(dataset)
    section.blocks.append(("p", f"Dataset bias audit: worst finding {dataset.worst_finding or 'none'}" + (f"; {len(findings)} finding(s):" if findings else ".")))
    if findings:
        section.blocks.append(("list", [f"[{f.get('severity')}] {safe(f.get('message', ''))}" for f in findings[:10]]))
    label_counts = (manifest.get("label_counts_by_split") or {}).get("train")
    if label_counts:
        section.blocks.append(("table", ["label", "train records"], [[safe(label), count] for label, count in sorted(label_counts.items())]))
    return section


def _bias_findings(dataset) -> list[dict[str, Any]]:
    import json

    report = dataset.path / "report.json"
    if not report.exists():
        return []
    findings = json.loads(report.read_text(encoding="utf-8")).get("bias", {}).get("findings", [])
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(findings, key=lambda f: order.get(f.get("severity"), 3))


def _evaluation(version, evaluation, safe: Withholder) -> Section:
    section = Section("Evaluation")
    if evaluation is None:
        section.blocks.append(("p", "This version has no evaluation: it was registered before `afinar eval` was run on its run."))
        return section
    result = evaluation.result
    test = result.get("test") or {}
    section.blocks.append(
        (
            "kv",
            [
                ("Evaluation", f"{evaluation.id} ({evaluation.created_at}), artifact {evaluation.artifact_sha256}"),
                ("Test set", f"{safe(test.get('source', 'unknown'))}: {test.get('examples', '?')} examples never seen in training"),
                ("Primary metric", f"{result.get('primary_metric')} = {_num(evaluation.tuned_value)}"),
            ],
        )
    )
    comparisons = test.get("comparisons") or {}
    if comparisons:
        rows = [[name, _num(c.get("tuned")), _num(c.get("base")), _num(c.get("difference"), signed=True), f"[{_num(c.get('ci_low'), signed=True)}, {_num(c.get('ci_high'), signed=True)}]"] for name, c in comparisons.items()]
        section.blocks.append(("p", "Tuned versus base model on the same test split (paired bootstrap confidence interval of the difference):"))
        section.blocks.append(("table", ["metric", "tuned", "base", "difference", f"{int(100 * next(iter(comparisons.values())).get('confidence', 0.95))}% CI"], rows))
    metrics = {k: v for k, v in (result.get("metrics") or {}).items() if v is not None}
    if metrics:
        section.blocks.append(("table", ["metric", "value"], [[k, _num(v)] for k, v in sorted(metrics.items())]))
    forgetting = result.get("forgetting")
    if forgetting:
        section.blocks.append(("p", f"Forgetting ({forgetting.get('method')}): {_num(forgetting.get('forgetting'))}. {forgetting.get('explanation', '')}"))
    groups = _group_rows(result, safe)
    if groups:
        section.blocks.append(("p", "Results per group of the test split (groups smaller than the evaluation's minimum size are shown but not compared):"))
        section.blocks.append(("table", ["field", "group", "examples", result.get("primary_metric", "metric"), "accuracy"], groups))
    gates = result.get("gates") or []
    if gates:
        section.blocks.append(("table", ["gate", "required", "value", "passed"], [[g.get("metric"), g.get("expression"), _num(g.get("value")), "yes" if g.get("passed") else "NO"] for g in gates]))
    else:
        section.blocks.append(("p", "The project declares no evaluation gates."))
    override = version.notes.get("gate_override")
    if override:
        section.blocks.append(("p", f"Gates were overridden at submission by {override.get('by')} ({override.get('at')}): {override.get('reason')}"))
    champion = version.notes.get("champion_comparison")
    if champion and champion.get("verdict") != "no_champion":
        section.blocks.append(("p", f"Compared with the production version {champion.get('champion')} before promotion: {champion.get('verdict')} — {champion.get('reason')}. Test set: {champion.get('test_set')}."))
    memorisation = result.get("memorisation") or {}
    if memorisation.get("applicable"):
        section.blocks.append(("p", f"Memorisation check: {memorisation.get('memorised_pii', 0)} distinct personal-data value(s) from the training data appeared verbatim in generations."))
    return section


def _group_rows(result: dict[str, Any], safe: Withholder) -> list[list[Any]]:
    primary = result.get("primary_metric")
    fairness = result.get("fairness") or {}
    rows = []
    for field_name, entry in (fairness.get("by_field") or {}).items():
        for group, values in (entry.get("groups") or {}).items():
            rows.append([safe(field_name), safe(group), values.get("n"), _num(values.get(primary)), _num(values.get("accuracy"))])
    return rows


def _limitations(version, run, spec, dataset, manifest, evaluation, catalog, safe: Withholder) -> Section:
    items = list(spec.governance.limitations)
    if catalog is not None:
        items.append(f"Base model: {catalog.description}")
    if evaluation is None:
        items.append("Not evaluated: nothing is known about its quality.")
    else:
        result = evaluation.result
        failed = [g for g in result.get("gates") or [] if not g.get("passed")]
        if failed:
            items.append("Failed evaluation gates: " + "; ".join(f"{g.get('metric')} {g.get('expression')} (value {_num(g.get('value'))})" for g in failed) + ".")
        examples = (result.get("test") or {}).get("examples") or 0
        if examples < SMALL_TEST_SET:
            items.append(f"The test split has only {examples} examples: the metrics are uncertain (see the confidence intervals).")
        comparison = result.get("comparison") or {}
        if comparison.get("difference") is not None and comparison["difference"] < 0:
            items.append(f"The tuned model scores lower than the base model on {comparison.get('metric')} ({_num(comparison['difference'], signed=True)}).")
        elif comparison.get("ci_low") is not None and comparison["ci_low"] <= 0:
            items.append(f"The improvement over the base model on {comparison.get('metric')} is not statistically significant (confidence interval reaches {_num(comparison['ci_low'], signed=True)}).")
        fairness = result.get("fairness") or {}
        small = [f"{safe(field_name)}={safe(group)}" for field_name, entry in (fairness.get("by_field") or {}).items() for group in (entry.get("groups") or {}) if group not in (entry.get("eligible_groups") or [])]
        if small:
            items.append(f"Groups with too few test examples to be compared fairly: {', '.join(small[:20])}.")
        if fairness.get("fairness_gap") is not None:
            items.append(f"Largest gap of {result.get('primary_metric')} between groups: {_num(fairness['fairness_gap'])}.")
    privacy = (manifest or {}).get("privacy") or {}
    if privacy.get("mode") == "anonymized":
        items.append("The detectors of personal data are not perfect (docs/privacy.md gives their measured recall): records may keep personal data they missed.")
    if version.retrain_required:
        requests = ", ".join(r.get("request_id", "?") for r in version.notes.get("retrain", []))
        items.append(f"Must be retrained: an LGPD data-subject request ({requests}) removed records this model was trained on.")
    if run.task == "sft":
        items.append("A generative model can produce fluent but wrong text; keep a human in the loop for consequential decisions.")
    section = Section("Limitations and risks")
    section.blocks.append(("list", items or ["None recorded."]))
    return section


def _reproduce(version, run, spec, base) -> Section:
    code = version.notes.get("code_version") or {}
    recorded = _code_text(code)
    section = Section("How to reproduce")
    section.blocks.append(
        (
            "kv",
            [
                ("Spec sha256 (resolved afinar.yaml)", run.spec_sha256),
                ("Dataset version", run.dataset_id or "in-memory examples (not reproducible from the workspace)"),
                ("Base model", f"{run.base_model}, weights sha256 {run.base_weights_sha256}"),
                ("Parent run", run.parent_run_id or "none (trained from the base model)"),
                ("Seed", str(spec.train.seed)),
                ("Code", recorded + " — recorded when the version was registered; the run itself does not record its code version"),
            ],
        )
    )
    section.blocks.append(
        (
            "list",
            [
                "In a workspace holding the dataset version and base model above, take the spec stored with the run (`afinar train show " + run.id + " --json`) as afinar.yaml.",
                f"`afinar train -c afinar.yaml --dataset {run.dataset_id[:12] if run.dataset_id else 'DATASET'}`" + (f" --from {run.parent_run_id}" if run.parent_run_id else ""),
                "`afinar eval RUN` and compare with the evaluation above.",
            ],
        )
    )
    return section


def _front_matter(version, run, base, licence: str, evaluation, record) -> dict[str, Any]:
    task_tag = "text-classification" if run.task == "classification" else "text-generation"
    matter: dict[str, Any] = {}
    if SPDX_LIKE.match(licence) and licence.lower() not in ("unknown", "other"):
        matter["license"] = licence.lower()
    else:
        matter["license"] = "other"
        matter["license_name"] = re.sub(r"[^a-z0-9]+", "-", licence.lower()).strip("-") or "unknown"
    matter["base_model"] = base.get("upstream") or run.base_model
    matter["language"] = ["pt"]
    matter["library_name"] = "transformers"
    matter["pipeline_tag"] = task_tag
    matter["tags"] = ["afinar", run.method if run.method != "full" else "full-fine-tuning", task_tag, "lgpd", "pt-br"]
    if evaluation is not None:
        metrics = [{"type": name, "value": round(float(value), 4), "name": name} for name, value in sorted(evaluation.metrics.items()) if value is not None and name in ("accuracy", "macro_f1", "weighted_f1", "chrf", "rouge_l", "exact_match", "token_f1", "perplexity")]
        if metrics:
            matter["model-index"] = [
                {
                    "name": version.id,
                    "results": [
                        {
                            "task": {"type": task_tag},
                            "dataset": {"name": f"{version.project} test split (dataset {(run.dataset_id or 'in-memory')[:12]})", "type": f"afinar/{version.project}", "split": "test"},
                            "metrics": metrics,
                        }
                    ],
                }
            ]
    return matter


# -- rendering ------------------------------------------------------------------------------------------


def render_markdown(card: ModelCard) -> str:
    front = yaml.safe_dump(card.front_matter, sort_keys=False, allow_unicode=True).strip()
    lines = ["---", front, "---", "", f"# {card.title}", "", card.summary, ""]
    for section in card.sections:
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            lines += _markdown_block(block) + [""]
    lines.append(f"_Generated by afinar from the workspace's records on {datetime.now(UTC).date().isoformat()}; do not edit by hand (`afinar registry card {card.version_id}`)._")
    return "\n".join(lines) + "\n"


def _markdown_block(block: Block) -> list[str]:
    kind = block[0]
    if kind == "p":
        return [block[1]]
    if kind == "kv":
        return [f"- **{key}:** {_md_inline(value)}" for key, value in block[1]]
    if kind == "list":
        return [f"- {item}" for item in block[1]]
    headers, rows = block[1], block[2]
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    return out


def _md_inline(value: Any) -> str:
    text = str(value)
    return f"`{text}`" if re.fullmatch(r"[0-9a-f]{64}", text) else text


def _md_cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def render_html(card: ModelCard) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(card.title)}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}"
        "table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;font-size:.9rem}"
        "th{background:#f3f3f3}code{font-size:.85rem;background:#f6f6f6;padding:0 .2rem}dt{font-weight:600}dd{margin:0 0 .4rem 1rem}"
        ".meta{background:#f8f8f8;border:1px solid #ddd;padding:.5rem 1rem;font-size:.85rem}</style></head><body>",
        f"<h1>{html.escape(card.title)}</h1>",
        f"<p>{_html_inline(card.summary)}</p>",
        '<pre class="meta">' + html.escape(yaml.safe_dump(card.front_matter, sort_keys=False, allow_unicode=True)) + "</pre>",
    ]
    for section in card.sections:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
        for block in section.blocks:
            parts.append(_html_block(block))
    parts.append(f"<p><em>Generated by afinar from the workspace's records; do not edit by hand (<code>afinar registry card {html.escape(card.version_id)}</code>).</em></p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_block(block: Block) -> str:
    kind = block[0]
    if kind == "p":
        return f"<p>{_html_inline(block[1])}</p>"
    if kind == "kv":
        return "<dl>" + "".join(f"<dt>{html.escape(str(k))}</dt><dd>{_html_inline(str(v))}</dd>" for k, v in block[1]) + "</dl>"
    if kind == "list":
        return "<ul>" + "".join(f"<li>{_html_inline(str(item))}</li>" for item in block[1]) + "</ul>"
    headers, rows = block[1], block[2]
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_inline(text: str) -> str:
    """Escape, then render the two Markdown marks cards use: `code` and **bold**."""
    escaped = html.escape(text)
    escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
    return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", escaped)


# -- helpers ----------------------------------------------------------------------------------------------


class Withholder:
    """Checks strings that come from the data (labels, group values, file names): a string in
    which the privacy detectors see personal data becomes a numbered placeholder, so that
    different withheld values stay apart in a table without being shown."""

    def __init__(self) -> None:
        self.placeholders: dict[str, str] = {}

    def __call__(self, value: Any) -> str:
        from afinar.privacy import scan

        text = str(value)
        spans = scan(text)
        if not spans:
            return text
        if text not in self.placeholders:
            labels = ", ".join(sorted({s.label for s in spans}))
            self.placeholders[text] = f"[withheld #{len(self.placeholders) + 1}: looks like {labels}]"
        return self.placeholders[text]


def _code_text(code: dict[str, Any]) -> str:
    if not code:
        return "not recorded"
    text = f"afinar {code.get('afinar', '?')}"
    if code.get("git_commit"):
        text += f", git commit {code['git_commit'][:12]}" + (" with uncommitted changes" if code.get("git_dirty") else "")
    return text


def _lgpd_term(lgpd_class: str) -> str:
    return {
        "anonymisation": "anonymised (art. 12)",
        "pseudonymisation": "pseudonymised (art. 13 §4): still personal data",
        "none": "kept: personal data",
    }.get(lgpd_class, lgpd_class)


def _method(run, spec) -> str:
    if run.method == "lora":
        lora = spec.train.lora
        return f"LoRA r={lora.r}, alpha={lora.alpha:g}, dropout={lora.dropout:g}; learning rate {spec.train.learning_rate:g}"
    return f"full fine-tuning; learning rate {spec.train.learning_rate:g}"


def _num(value: Any, *, signed: bool = False) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, (int, float)):
        return f"{value:+.4f}" if signed else f"{value:.4f}"
    return str(value)
