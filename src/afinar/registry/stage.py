"""`Registry(workspace)`: the registry stage's entry point.

Every method that changes something takes the acting `User` (from `authenticate(token)` or
`local_user()`), checks its role (`identity.authorize`) and the governance rules of the run's
own spec (four eyes, reviewer list, evaluation gates, champion comparison), and writes an audit
event with that identity.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from afinar.audit import AuditLog
from afinar.config import Spec
from afinar.errors import UsageError
from afinar.registry import identity
from afinar.registry.champion import ChampionComparison, compare_with_champion
from afinar.registry.errors import GateError, PermissionDeniedError
from afinar.registry.evaluations import describe_failures, evaluation_of_run, get_evaluation
from afinar.registry.identity import User, authorize
from afinar.registry.lifecycle import Status
from afinar.registry.versions import (
    ModelVersion,
    Transition,
    get_version,
    history,
    last_actor_of,
    list_versions,
    register,
    transition,
    update_notes,
)
from afinar.workspace import Workspace
from afinar.workspace.schema import ModelTransitionRow, ModelVersionRow

Log = Callable[[str], None]


class Registry:
    """Model versions, their review, cards, lineage, LGPD subject requests and export."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.audit = AuditLog(workspace)

    # -- identity ---------------------------------------------------------------------------------

    def authenticate(self, token: str) -> User:
        """The user of an API token (`AuthenticationError` otherwise)."""
        return identity.authenticate(self.workspace, token)

    def local_user(self) -> User:
        """The OS user running this process (the first one becomes the workspace's admin)."""
        return identity.local_user(self.workspace)

    def cli_identity(self) -> User:
        """`$AFINAR_TOKEN`'s user, else the local OS user."""
        return identity.cli_identity(self.workspace)

    # -- reading ----------------------------------------------------------------------------------

    def get(self, reference: str) -> ModelVersion:
        return get_version(self.workspace, reference)

    def list(self, *, name: str | None = None, project: str | None = None, status: str | None = None) -> list[ModelVersion]:
        return list_versions(self.workspace, name=name, project=project, status=status)

    def history(self, reference: str) -> list[Transition]:
        return history(self.workspace, reference)

    def governance_of(self, version: ModelVersion):
        """The `governance:` section of the spec the version's run was trained with."""
        return Spec.model_validate(self._run(version.run_id).spec).governance

    # -- registering ----------------------------------------------------------------------------------

    def register(self, run_id: str, actor: User, *, name: str | None = None, evaluation_id: str | None = None) -> ModelVersion:
        """Register a completed run's output as the next version (status `candidate`) of `name`
        (default: `governance.model_name`, else the project). The run's newest evaluation on its own
        test split is attached, unless `evaluation_id` names another evaluation of the run."""
        run = self._run(run_id)
        spec = Spec.model_validate(run.spec)
        name = name or spec.governance.model_name or run.project
        evaluation = get_evaluation(self.workspace, evaluation_id) if evaluation_id else evaluation_of_run(self.workspace, run.id)
        if evaluation is not None and evaluation.run_id != run.id:
            raise UsageError(f"evaluation {evaluation.id} is of run {evaluation.run_id}, not of run {run.id}")
        return register(self.workspace, run, actor, name=name, evaluation=evaluation)

    # -- the life cycle -------------------------------------------------------------------------------

    def submit(self, reference: str, actor: User, *, reason: str | None = None, override_reason: str | None = None) -> ModelVersion:
        """candidate → pending_review. The version's evaluation gates must have passed; otherwise
        only an admin may submit it, with `override_reason` (audited as `registry.gates_overridden`)."""
        version = self.get(reference)
        evaluation = evaluation_of_run(self.workspace, version.run_id)
        override = (override_reason or "").strip() or None

        def check(session, row: ModelVersionRow, user: User) -> dict[str, Any]:
            if evaluation is not None:
                row.evaluation_id, row.gates_passed = evaluation.id, int(evaluation.passed)
            if evaluation is not None and evaluation.passed:
                return {"evaluation_id": evaluation.id, "gates_passed": True}
            problem = f"its evaluation {evaluation.id} failed gates: {describe_failures(evaluation)}" if evaluation else "it was never evaluated"
            if override is None:
                raise GateError(
                    f"{row.id} cannot be submitted for review: {problem}",
                    hint="improve and evaluate the model (`afinar eval`), or an admin may submit it with --override-gates REASON",
                )
            authorize(user, "registry.override_gates")
            record = {"by": user.name, "reason": override, "at": _now(), "problem": problem, "evaluation_id": evaluation.id if evaluation else None}
            update_notes(session, row, gate_override=record)
            return {"evaluation_id": record["evaluation_id"], "gates_passed": False, "gate_override": record}

        result = transition(self.workspace, version.id, "submit", actor, reason=override or reason, check=check)
        if result.notes.get("gate_override") and override:
            self.audit.append("registry.gates_overridden", f"model:{result.id}", {**result.notes["gate_override"], "via": actor.via}, actor=actor.name)
        return result

    def withdraw(self, reference: str, actor: User, *, reason: str | None = None) -> ModelVersion:
        """pending_review → candidate (the author takes it back before the review)."""
        return transition(self.workspace, reference, "withdraw", actor, reason=reason)

    def approve(self, reference: str, actor: User, *, reason: str | None = None) -> ModelVersion:
        """pending_review → approved, by a reviewer or admin who (four eyes, unless the spec turns it
        off) neither trained the run nor registered or submitted the version, and who is on
        `governance.reviewers` when that list is set."""
        version = self.get(reference)
        governance = self.governance_of(version)

        def check(session, row: ModelVersionRow, user: User) -> dict[str, Any]:
            _check_reviewer_list(governance, user, row.id)
            submitter = last_actor_of(session, row.id, "submit")
            if governance.require_distinct_reviewer:
                # The run's author is recorded by the train stage as declared (AFINAR_USER or the OS
                # user); who registered and submitted the version are authenticated identities.
                for did, who in (("trained run " + row.run_id + " of", row.author), ("registered", row.created_by), ("submitted", submitter)):
                    if user.name == who:
                        raise PermissionDeniedError(
                            f"four eyes: {user.name} {did} {row.id} and may not approve it",
                            hint="another reviewer must approve it (governance.require_distinct_reviewer)",
                        )
            return {"author": row.author, "registered_by": row.created_by, "submitted_by": submitter, "four_eyes": governance.require_distinct_reviewer}

        return transition(self.workspace, version.id, "approve", actor, reason=reason, check=check)

    def reject(self, reference: str, actor: User, *, reason: str) -> ModelVersion:
        """pending_review → rejected (final). A reason is required."""
        version = self.get(reference)
        governance = self.governance_of(version)
        reason = (reason or "").strip()

        def check(session, row: ModelVersionRow, user: User) -> dict[str, Any]:
            _check_reviewer_list(governance, user, row.id)
            if not reason:
                raise UsageError(f"a rejection needs a reason (--reason) so that the author knows what to fix")
            return {"author": row.author}

        return transition(self.workspace, version.id, "reject", actor, reason=reason, check=check)

    def compare_with_champion(self, reference: str, *, reevaluate: bool = True, log: Log = print) -> ChampionComparison:
        """Compare a version with the production version of the same model (see `champion.py`)."""
        version = self.get(reference)
        governance = self.governance_of(version)
        champions = [v for v in self.list(name=version.name, status=Status.PRODUCTION.value) if v.id != version.id]
        return compare_with_champion(
            self.workspace, version, champions[-1] if champions else None,
            metric=governance.champion_metric, max_regression=governance.max_regression, reevaluate=reevaluate, log=log,
        )

    def promote(self, reference: str, actor: User, *, reason: str | None = None, override_reason: str | None = None, log: Log = print) -> ModelVersion:
        """approved → production. The version is first compared with the production version of the
        same model on the same test set; if it is worse (beyond `governance.max_regression`) or
        cannot be compared, only an admin may promote it, with `override_reason`. The version it
        replaces is retired in the same transaction."""
        version = self.get(reference)
        if version.status != Status.APPROVED.value or not identity.can(actor, "registry.promote"):
            return transition(self.workspace, version.id, "promote", actor, reason=reason)  # refused (and audited) there
        comparison = self.compare_with_champion(version.id, log=log)
        override = (override_reason or "").strip() or None
        replaced: list[str] = []

        def check(session, row: ModelVersionRow, user: User) -> dict[str, Any]:
            details: dict[str, Any] = {"champion_comparison": comparison.to_json()}
            if comparison.blocks_promotion:
                if override is None:
                    raise GateError(
                        f"{row.id} is not promoted: {comparison.reason}",
                        hint="an admin may promote it anyway with --override REASON",
                    )
                authorize(user, "registry.override_champion")
                details["champion_override"] = {"by": user.name, "reason": override, "at": _now()}
            update_notes(session, row, **details)
            current = session.scalars(
                select(ModelVersionRow).where(ModelVersionRow.name == row.name, ModelVersionRow.status == Status.PRODUCTION.value).with_for_update()
            ).all()
            for champion in current:
                champion.status = Status.RETIRED.value
                champion.updated_at = datetime.now(UTC)
                session.add(
                    ModelTransitionRow(
                        version_id=champion.id, action="replace", from_status=Status.PRODUCTION.value, to_status=Status.RETIRED.value,
                        actor=user.name, reason=f"replaced by {row.id}", details="{}", at=datetime.now(UTC),
                    )
                )
                replaced.append(champion.id)
            details["replaced"] = list(replaced)
            return details

        result = transition(self.workspace, version.id, "promote", actor, reason=reason or override, check=check)
        for old in replaced:
            self.audit.append("registry.retired", f"model:{old}", {"from": "production", "to": "retired", "reason": f"replaced by {result.id}", "replaced_by": result.id, "via": actor.via}, actor=actor.name)
        if override and comparison.blocks_promotion:
            self.audit.append("registry.champion_overridden", f"model:{result.id}", {**result.notes["champion_override"], "comparison": comparison.to_json(), "via": actor.via}, actor=actor.name)
        return result

    def retire(self, reference: str, actor: User, *, reason: str | None = None) -> ModelVersion:
        """candidate, approved or production → retired (final)."""
        return transition(self.workspace, reference, "retire", actor, reason=reason)

    # -- cards, lineage, export ---------------------------------------------------------------------

    def card(self, reference: str, actor: User | None = None):
        """The model card (`ModelCard`: `.markdown`, `.html`) of a version, generated from its records."""
        from afinar.registry.cards import model_card

        if actor is not None:
            authorize(actor, "registry.read")
        return model_card(self.workspace, self.get(reference))

    def lineage(self, reference: str, *, verify: bool = False) -> dict[str, Any]:
        """model → run → dataset → sources, privacy policy, base model, evaluation, code (`lineage.py`)."""
        from afinar.registry.lineage import lineage

        return lineage(self.workspace, self.get(reference), verify=verify)

    def models_from_dataset(self, dataset_id: str) -> dict[str, Any]:
        """Reverse lineage: the runs and model versions that came from a dataset version."""
        from afinar.registry.lineage import models_from_dataset

        return models_from_dataset(self.workspace, dataset_id)

    def export(self, reference: str, out: Path, actor: User, *, kind: str = "merged", any_status: bool = False, log: Log = print) -> Path:
        """Write the version as a PEFT adapter or a merged Hugging Face folder (`export.py`)."""
        from afinar.registry.export import export_version

        version = self.get(reference)
        return export_version(
            self.workspace, version, out, actor, kind=kind, any_status=any_status,
            card_markdown=self.card(version.id).markdown, lineage=self.lineage(version.id), log=log,
        )

    # -- LGPD subject requests ----------------------------------------------------------------------

    def find_subject(self, value: str, actor: User, *, label: str | None = None):
        """Every dataset version, run and model version built from records about this person (`subjects.py`)."""
        from afinar.registry.subjects import find_subject

        return find_subject(self.workspace, actor, value, label=label)

    def forget(self, value: str, actor: User, *, label: str | None = None, purge: bool = False, log: Log = print):
        """Rebuild the datasets without this person's records and flag the models to retrain (`subjects.py`)."""
        from afinar.registry.subjects import forget_subject

        return forget_subject(self.workspace, actor, value, label=label, purge=purge, log=log)

    # -- helpers --------------------------------------------------------------------------------------

    def _run(self, run_id: str):
        from afinar.train import get_run

        return get_run(self.workspace, run_id)


def _check_reviewer_list(governance, user: User, version: str) -> None:
    if governance.reviewers and user.name not in governance.reviewers:
        raise PermissionDeniedError(
            f"{user.name} is not one of this project's reviewers ({', '.join(governance.reviewers)}) and may not review {version}",
            hint="governance.reviewers in the project's afinar.yaml lists who may approve or reject",
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
