"""Champion / challenger: before a version goes to production, it is compared with the version
in production now (the champion) on the same test set.

The numbers come from the evaluate stage. When both evaluations measured the same test split
(same dataset version, size and sampling), they are compared as they are; otherwise the
champion is evaluated again, by `afinar.evaluate`, on the challenger's test split with the
challenger's evaluation settings, and that new evaluation is what is compared. Nothing is ever
compared across different test sets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from afinar.registry.evaluations import evaluation_of_run, get_evaluation, same_test_set, test_set_of
from afinar.workspace import Workspace


@dataclass(frozen=True)
class ChampionComparison:
    """The outcome of comparing a challenger with the champion. `verdict`: no_champion, better,
    equal, within_tolerance (worse by at most `max_regression`), worse, or not_comparable."""

    verdict: str
    reason: str
    champion: str | None = None
    metric: str | None = None
    higher_is_better: bool | None = None
    challenger_value: float | None = None
    champion_value: float | None = None
    difference: float | None = None  # challenger - champion
    max_regression: float = 0.0
    test_set: str | None = None
    challenger_evaluation: str | None = None
    champion_evaluation: str | None = None

    @property
    def blocks_promotion(self) -> bool:
        return self.verdict in ("worse", "not_comparable")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def compare_with_champion(
    workspace: Workspace,
    challenger,
    champion,
    *,
    metric: str | None,
    max_regression: float,
    reevaluate: bool = True,
    log: Callable[[str], None] = print,
) -> ChampionComparison:
    """Compare two `ModelVersion`s (champion None: nothing in production, nothing to compare)."""
    if champion is None:
        return ChampionComparison("no_champion", "no version of this model is in production")
    challenger_eval = get_evaluation(workspace, challenger.evaluation_id) if challenger.evaluation_id else evaluation_of_run(workspace, challenger.run_id)
    if challenger_eval is None:
        return ChampionComparison("not_comparable", f"{challenger.id} was never evaluated", champion=champion.id)
    metric = metric or challenger_eval.primary_metric
    champion_eval = evaluation_of_run(workspace, champion.run_id)
    if champion_eval is not None and same_test_set(challenger_eval, champion_eval):
        test_set = f"{test_set_of(challenger_eval)['source']} ({test_set_of(challenger_eval)['examples']} examples), evaluated for both"
    elif reevaluate:
        champion_eval, test_set = _evaluate_champion_on(workspace, champion, challenger, challenger_eval, metric, log)
        if champion_eval is None:
            return ChampionComparison("not_comparable", test_set, champion=champion.id, metric=metric, challenger_evaluation=challenger_eval.id)
    else:
        return ChampionComparison(
            "not_comparable", "the champion was evaluated on another test set", champion=champion.id, metric=metric, challenger_evaluation=challenger_eval.id
        )
    return _judge(challenger_eval, champion_eval, champion.id, metric, max_regression, test_set)


def _judge(challenger_eval, champion_eval, champion_id: str, metric: str, max_regression: float, test_set: str) -> ChampionComparison:
    from afinar.evaluate.gates import METRICS

    info = METRICS.get(metric)
    higher = info.higher_is_better if info else None
    ours, theirs = challenger_eval.metrics.get(metric), champion_eval.metrics.get(metric)
    common = dict(
        champion=champion_id, metric=metric, higher_is_better=higher, challenger_value=ours, champion_value=theirs,
        max_regression=max_regression, test_set=test_set, challenger_evaluation=challenger_eval.id, champion_evaluation=champion_eval.id,
    )
    if ours is None or theirs is None or higher is None:
        why = f"{metric} was not measured for both" if higher is not None else f"{metric} has no better direction"
        return ChampionComparison("not_comparable", why, **common)
    difference = ours - theirs
    gain = difference if higher else -difference
    if gain > 1e-12:
        verdict, reason = "better", f"{metric} {ours:.4f} vs champion {theirs:.4f}"
    elif gain >= -1e-12:
        verdict, reason = "equal", f"{metric} {ours:.4f}, the same as the champion"
    elif -gain <= max_regression:
        verdict, reason = "within_tolerance", f"{metric} {ours:.4f} vs champion {theirs:.4f}: worse by {-gain:.4f}, within governance.max_regression {max_regression:g}"
    else:
        verdict, reason = "worse", f"{metric} {ours:.4f} vs champion {theirs:.4f}: worse by {-gain:.4f} (governance.max_regression {max_regression:g})"
    return ChampionComparison(verdict, reason, difference=round(difference, 6), **common)


def _evaluate_champion_on(workspace: Workspace, champion, challenger, challenger_eval, metric: str, log) -> tuple[Any, str]:
    """(evaluation of the champion on the challenger's test split, description) or (None, why not)."""
    from afinar.config import LoadedSpec, Spec
    from afinar.data import get_dataset
    from afinar.errors import AfinarError
    from afinar.evaluate import evaluate
    from afinar.train import get_run

    if not challenger.dataset_id:
        return None, f"{challenger.id} was evaluated on in-memory examples, which cannot be given to the champion"
    challenger_run = get_run(workspace, challenger.run_id)
    champion_run = get_run(workspace, champion.run_id)
    if champion_run.task != challenger_run.task:
        return None, f"the champion is a {champion_run.task} model and the challenger a {challenger_run.task} one"
    test = list(get_dataset(workspace, challenger.dataset_id).examples("test"))
    spec = Spec.model_validate(challenger_run.spec)
    # The challenger's sampling settings, so that the test examples are the same. Only what the
    # compared metric needs is measured: the base model only for improvement_*, forgetting only
    # for forgetting; extra test files are left out (their spec folder is not at hand here).
    settings = spec.evaluate.model_copy(
        update={
            "extra_test_sets": [],
            "gates": {},
            "compare_with_base": metric.startswith("improvement_"),
            "forgetting": metric == "forgetting",
            "memorisation": metric == "memorised_pii",
        }
    )
    spec = spec.model_copy(update={"project": champion_run.project, "evaluate": settings})
    log(f"evaluating the champion {champion.id} on the test split of {challenger.id}'s dataset {challenger.dataset_id[:12]}")
    try:
        evaluation = evaluate(champion_run.id, workspace, loaded=LoadedSpec(spec, _spec_path(workspace)), examples={"test": test, "train": []}, log=log)
    except AfinarError as exc:
        return None, f"the champion could not be evaluated on the challenger's test set: {exc.message}"
    return evaluation, (
        f"dataset {challenger.dataset_id} split test ({test_set_of(challenger_eval)['examples']} examples): the champion was "
        f"evaluated on it again (evaluation {evaluation.id}) with the challenger's evaluation settings"
    )


def _spec_path(workspace: Workspace):
    return workspace.root / "tmp" / "afinar.yaml"  # only used to resolve extra test files, which are the challenger's
