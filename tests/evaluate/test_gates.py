"""Gate expressions: spec-time validation (unknown metrics with a did-you-mean, metrics that do
not apply to the task or cannot be measured) and verdicts."""

from __future__ import annotations

import pytest

from afinar.errors import SpecError
from afinar.evaluate.gates import METRICS, check_gates, metrics_for

CLASSIFICATION = "project: p\ntask: classification\nbase_model: minilm-l6\ndata:\n  sources: [a.jsonl]\n  already_anonymized: true\n  group_fields: [region]\n"
SFT = "project: p\ntask: sft\nbase_model: smollm2-135m-instruct\ndata:\n  sources: [a.jsonl]\n  already_anonymized: true\n"


def load(tmp_path, text):
    from afinar.config import load_spec

    (tmp_path / "afinar.yaml").write_text(text, encoding="utf-8")
    return load_spec(tmp_path)


@pytest.mark.parametrize(
    ("base", "evaluate", "error"),
    [
        (CLASSIFICATION, "gates: {macro_f1: '>=0.85', fairness_gap: '<=0.05', forgetting: '<=0.10', improvement_over_base: '>0'}", None),
        (CLASSIFICATION, "gates: {accuracy: '> 0.9', ece: '<0.1', demographic_parity_difference: '<=0.1', improvement_ci_low: '>0'}", None),
        (SFT, "gates: {chrf: '>=0.3', memorised_pii: '==0', forgetting: '<=0.10', perplexity: '<20', improvement_over_base: '>0'}", None),
        (SFT, "gates: {rouge_l: '>=1e-1', exact_match: '!=0', token_f1: '>=-0.5'}", None),
        (CLASSIFICATION, "gates: {macro_f11: '>=0.85'}", "gate 'macro_f11': unknown metric — did you mean 'macro_f1'?"),
        (CLASSIFICATION, "gates: {fairnes_gap: '<=0.05'}", "did you mean 'fairness_gap'?"),
        (CLASSIFICATION, "gates: {bleu: '>=0.3'}", "gate 'bleu': unknown metric (known metrics: accuracy"),
        (CLASSIFICATION, "gates: {macro_f1: 'at least 0.8'}", "'at least 0.8' is not a comparison"),
        (CLASSIFICATION, "gates: {macro_f1: '=>0.8'}", "is not a comparison"),
        (CLASSIFICATION, "gates: {macro_f1: '>=0.8 and <1'}", "is not a comparison"),
        (CLASSIFICATION, "gates:\n    macro_f1: '>=0.8'\n    rouge_l: '>=0.3'", "afinar.yaml:11: evaluate.gates.rouge_l: gate 'rouge_l' does not apply to task 'classification'"),
        (CLASSIFICATION, "gates: {memorised_pii: '==0'}", "evaluate.gates.memorised_pii: gate 'memorised_pii' does not apply to task 'classification'"),
        (SFT, "gates:\n    macro_f1: '>=0.8'", "evaluate.gates.macro_f1: gate 'macro_f1' does not apply to task 'sft' (it is measured for classification only)"),
        (SFT, "gates: {equalized_odds_difference: '<=0.1'}", "does not apply to task 'sft'"),
        (SFT, "gates: {fairness_gap: '<=0.05'}", "evaluate.gates.fairness_gap: gate 'fairness_gap' needs groups to compare: set data.group_fields"),
        (CLASSIFICATION, "compare_with_base: false\n  gates: {improvement_over_base: '>0'}", "needs evaluate.compare_with_base: true"),
        (SFT, "forgetting: false\n  gates: {forgetting: '<=0.1'}", "gate 'forgetting' needs evaluate.forgetting: true"),
        (SFT, "memorisation: false\n  gates: {memorised_pii: '==0'}", "needs evaluate.memorisation: true"),
        (CLASSIFICATION, "extra_test_sets: [data/outro.jsonl]\n  bootstrap_resamples: 10", "evaluate.bootstrap_resamples: Input should be greater than or equal to 100"),
        (CLASSIFICATION, "confidence: 1.5", "evaluate.confidence"),
        (CLASSIFICATION, "gate: {macro_f1: '>=0.8'}", "unknown key 'gate' — did you mean 'gates'?"),
    ],
)
def test_gate_table(tmp_path, base, evaluate, error):
    text = base + "evaluate:\n  " + evaluate + "\n"
    if error is None:
        loaded = load(tmp_path, text)
        assert loaded.spec.evaluate.gates or loaded.spec.evaluate.extra_test_sets is not None
        return
    with pytest.raises(SpecError) as raised:
        load(tmp_path, text)
    assert error in str(raised.value)


@pytest.mark.parametrize(
    ("expression", "value", "passed"),
    [(">=0.85", 0.85, True), (">=0.85", 0.8499, False), (">0", 0.0, False), (">0", 1e-9, True), ("<=0.05", 0.05, True),
     ("<0.05", 0.05, False), ("==0", 0.0, True), ("==0", 1.0, False), ("!=0", 2.0, True), (">=-0.1", -0.05, True), (">=0.5", None, False)],
)
def test_verdicts(expression, value, passed):
    (verdict,) = check_gates({"macro_f1": expression}, {"macro_f1": value})
    assert verdict.passed is passed
    assert verdict.value == value
    if value is None:
        assert "not measured" in verdict.reason


def test_every_task_has_its_own_and_shared_metrics():
    assert "macro_f1" in metrics_for("classification") and "macro_f1" not in metrics_for("sft")
    assert "chrf" in metrics_for("sft") and "memorised_pii" in metrics_for("sft")
    for shared in ("improvement_over_base", "fairness_gap", "forgetting"):
        assert METRICS[shared].tasks == {"classification", "sft"}
