"""The life cycle of a model version: the transition table, four eyes, roles, gates, champion /
challenger, version numbers, and the audit trail. Runs and evaluations are recorded rows here
(conftest.record_run); the real-model tests are in test_real_models.py."""

from __future__ import annotations

import pytest
from .conftest import record_run

from afinar.audit import AuditLog
from afinar.registry import Registry
from afinar.registry.errors import GateError, PermissionDeniedError, TransitionError
from afinar.registry.lifecycle import TRANSITIONS, Status

USER_ACTIONS = ("submit", "withdraw", "approve", "reject", "promote", "retire")


def version_in(registry: Registry, people, status: str, **run_options) -> str:
    """A fresh version brought to `status` through allowed transitions only."""
    run = record_run(registry.workspace, **run_options)
    version = registry.register(run, people.scientist).id
    if status == "candidate":
        return version
    if status == "retired":
        return registry.retire(version, people.reviewer, reason="test").id
    registry.submit(version, people.scientist)
    if status == "pending_review":
        return version
    if status == "rejected":
        return registry.reject(version, people.reviewer, reason="test").id
    registry.approve(version, people.reviewer)
    if status == "approved":
        return version
    registry.promote(version, people.reviewer, log=lambda _: None)
    assert status == "production"
    return version


def act(registry: Registry, people, action: str, version: str):
    """Do `action` as an actor that every other rule lets through: an admin (not the author, not
    the submitter), with a reason."""
    method = getattr(registry, action)
    kwargs = {"reason": "tabela"}
    if action == "promote":
        kwargs["log"] = lambda _: None
    return method(version, people.admin, **kwargs)


@pytest.mark.parametrize("status", [s.value for s in Status])
@pytest.mark.parametrize("action", USER_ACTIONS)
def test_every_transition_follows_the_table(workspace, people, status, action):
    registry = Registry(workspace)
    version = version_in(registry, people, status)
    target = TRANSITIONS.get((action, Status(status)))
    if target is None:
        with pytest.raises(TransitionError) as refused:
            act(registry, people, action, version)
        assert refused.value.exit_code == 2
        assert registry.get(version).status == status
        last = AuditLog(workspace).events(subject=f"model:{version}")[-1]
        assert last.action == "registry.refused" and last.details["action"] == action and last.actor == people.admin.name
    else:
        assert act(registry, people, action, version).status == target.value
        last = AuditLog(workspace).events(subject=f"model:{version}")[-1]
        assert last.actor == people.admin.name and last.details["to"] == target.value


def test_final_statuses_and_the_table_agree():
    from afinar.registry.lifecycle import FINAL, allowed_actions

    assert FINAL == {Status.RETIRED, Status.REJECTED}
    assert allowed_actions("candidate") == ["submit", "retire"]
    assert "replace" not in allowed_actions("production")


def test_the_author_cannot_approve_their_own_run(workspace, people):
    from afinar.registry import identity

    registry = Registry(workspace)
    both = identity.add_user(workspace, people.admin, "rita.dupla", ["data_scientist", "reviewer"])
    version = registry.register(record_run(workspace, author="rita.dupla"), both).id
    registry.submit(version, people.scientist)
    with pytest.raises(PermissionDeniedError, match="four eyes: rita.dupla trained run") as refused:
        registry.approve(version, both)
    assert refused.value.exit_code == 3
    assert registry.get(version).status == "pending_review"
    assert AuditLog(workspace).events(action="registry.refused", actor="rita.dupla")


def test_whoever_registered_or_submitted_cannot_approve_either(workspace, people):
    registry = Registry(workspace)
    version = registry.register(record_run(workspace), people.scientist).id
    registry.submit(version, people.admin)
    with pytest.raises(PermissionDeniedError, match=f"four eyes: {people.admin.name} submitted"):
        registry.approve(version, people.admin)
    assert registry.approve(version, people.reviewer).status == "approved"
    registered = registry.register(record_run(workspace), people.admin).id
    registry.submit(registered, people.scientist)
    with pytest.raises(PermissionDeniedError, match=f"four eyes: {people.admin.name} registered"):
        registry.approve(registered, people.admin)


def test_four_eyes_can_be_turned_off_by_the_spec(workspace, people):
    from afinar.registry import identity

    registry = Registry(workspace)
    both = identity.add_user(workspace, people.admin, "rita.dupla", ["data_scientist", "reviewer"])
    version = registry.register(record_run(workspace, author="rita.dupla", require_distinct_reviewer=False), both).id
    registry.submit(version, people.scientist)
    assert registry.approve(version, both).status == "approved"


@pytest.mark.parametrize("action", ["approve", "reject", "promote", "retire", "submit"])
def test_a_viewer_can_do_nothing_but_read(workspace, people, action):
    registry = Registry(workspace)
    status = {"approve": "pending_review", "reject": "pending_review", "promote": "approved", "retire": "approved", "submit": "candidate"}[action]
    version = version_in(registry, people, status)
    kwargs = {"reason": "x"} if action != "submit" else {}
    with pytest.raises(PermissionDeniedError, match="vitor.leitor may not registry"):
        getattr(registry, action)(version, people.viewer, **kwargs)
    assert registry.get(version).status == status
    assert registry.card is not None and registry.get(version)  # reading is allowed
    refused = AuditLog(workspace).events(action="registry.refused", actor="vitor.leitor")
    assert refused and refused[-1].details["error"] == "PermissionDeniedError"


def test_a_data_scientist_cannot_approve_and_a_reviewer_cannot_register(workspace, people):
    registry = Registry(workspace)
    version = version_in(registry, people, "pending_review")
    with pytest.raises(PermissionDeniedError, match="needs the role admin or reviewer"):
        registry.approve(version, people.scientist)
    with pytest.raises(PermissionDeniedError):
        registry.register(record_run(workspace), people.reviewer)


def test_only_listed_reviewers_review(workspace, people):
    registry = Registry(workspace)
    version = version_in(registry, people, "pending_review", reviewers=["carla.revisora"])
    with pytest.raises(PermissionDeniedError, match="not one of this project's reviewers"):
        registry.approve(version, people.reviewer)
    assert registry.approve(version, people.second_reviewer).status == "approved"


def test_a_rejection_needs_a_reason(workspace, people):
    registry = Registry(workspace)
    version = version_in(registry, people, "pending_review")
    with pytest.raises(Exception, match="needs a reason"):
        registry.reject(version, people.reviewer, reason="  ")
    rejected = registry.reject(version, people.reviewer, reason="lacuna entre regiões")
    assert rejected.status == "rejected"
    assert registry.history(version)[-1].reason == "lacuna entre regiões"


def test_failed_gates_block_submission_unless_an_admin_overrides(workspace, people):
    registry = Registry(workspace)
    version = registry.register(record_run(workspace, passed=False, macro_f1=0.3), people.scientist).id
    with pytest.raises(GateError, match="failed gates: macro_f1") as refused:
        registry.submit(version, people.scientist)
    assert refused.value.exit_code == 2
    with pytest.raises(PermissionDeniedError, match="registry.override_gates"):
        registry.submit(version, people.scientist, override_reason="eu quero")
    with pytest.raises(GateError):
        registry.submit(version, people.admin, override_reason="   ")  # an empty reason is no override
    submitted = registry.submit(version, people.admin, override_reason="métrica medida em amostra pequena; revisão manual")
    assert submitted.status == "pending_review"
    assert submitted.notes["gate_override"]["by"] == people.admin.name
    overridden = AuditLog(workspace).events(action="registry.gates_overridden")
    assert len(overridden) == 1 and overridden[0].actor == people.admin.name
    assert overridden[0].details["reason"].startswith("métrica medida")


def test_an_unevaluated_version_cannot_be_submitted(workspace, people):
    registry = Registry(workspace)
    version = registry.register(record_run(workspace, passed=None), people.scientist)
    assert version.gates_passed is None
    with pytest.raises(GateError, match="never evaluated"):
        registry.submit(version.id, people.scientist)


def test_champion_challenger_on_the_same_test_set(workspace, people):
    registry = Registry(workspace)
    dataset = "d" * 64
    champion = version_in(registry, people, "production", macro_f1=0.80, dataset_id=dataset)
    worse = version_in(registry, people, "approved", macro_f1=0.70, dataset_id=dataset)
    with pytest.raises(GateError, match="worse by 0.1000"):
        registry.promote(worse, people.reviewer, log=lambda _: None)
    assert registry.get(champion).status == "production"
    forced = registry.promote(worse, people.admin, override_reason="versão anterior tem viés conhecido", log=lambda _: None)
    assert forced.status == "production" and forced.notes["champion_override"]["by"] == people.admin.name
    assert registry.get(champion).status == "retired"
    assert registry.history(champion)[-1].action == "replace"
    better = version_in(registry, people, "approved", macro_f1=0.90, dataset_id=dataset)
    promoted = registry.promote(better, people.reviewer, log=lambda _: None)
    comparison = promoted.notes["champion_comparison"]
    assert comparison["verdict"] == "better" and comparison["champion"] == forced.id
    assert comparison["champion_value"] == 0.70 and comparison["difference"] == pytest.approx(0.2)
    assert [v.id for v in registry.list(status="production")] == [better]
    retired = AuditLog(workspace).events(action="registry.retired", subject=f"model:{forced.id}")
    assert retired and retired[-1].details["replaced_by"] == better


def test_a_small_regression_is_tolerated_when_the_spec_says_so(workspace, people):
    registry = Registry(workspace)
    dataset = "e" * 64
    version_in(registry, people, "production", macro_f1=0.80, dataset_id=dataset, max_regression=0.02)
    challenger = version_in(registry, people, "approved", macro_f1=0.79, dataset_id=dataset, max_regression=0.02)
    assert registry.promote(challenger, people.reviewer, log=lambda _: None).notes["champion_comparison"]["verdict"] == "within_tolerance"


def test_versions_are_numbered_per_model_name(workspace, people):
    registry = Registry(workspace)
    names = [registry.register(record_run(workspace), people.scientist).id for _ in range(3)]
    names.append(registry.register(record_run(workspace, model_name="outro-modelo"), people.scientist).id)
    names.append(registry.register(record_run(workspace), people.scientist, name="experimento").id)
    assert names == ["atendimento-telecom@1", "atendimento-telecom@2", "atendimento-telecom@3", "outro-modelo@1", "experimento@1"]
    assert registry.get("atendimento-telecom@latest").version == 3
    assert registry.get("atendimento-telecom").version == 3


def test_a_run_is_registered_once_per_name(workspace, people):
    registry = Registry(workspace)
    run = record_run(workspace)
    registry.register(run, people.scientist)
    with pytest.raises(Exception, match="already registered as atendimento-telecom@1"):
        registry.register(run, people.scientist)


def full_life_cycle(workspace, people) -> list[str]:
    registry = Registry(workspace)
    first = version_in(registry, people, "production", dataset_id="f" * 64)
    second = registry.register(record_run(workspace, dataset_id="f" * 64, macro_f1=0.95), people.scientist).id
    registry.submit(second, people.scientist)
    registry.withdraw(second, people.scientist, reason="faltou a avaliação nova")
    registry.submit(second, people.scientist)
    registry.approve(second, people.second_reviewer, reason="ok")
    registry.promote(second, people.reviewer, log=lambda _: None)
    third = version_in(registry, people, "rejected")
    registry.retire(second, people.admin, reason="fim do contrato")
    return [first, second, third]


def test_the_audit_log_verifies_after_a_full_life_cycle_and_fails_after_tampering(workspace, people):
    import sqlite3

    versions = full_life_cycle(workspace, people)
    log = AuditLog(workspace)
    report = log.verify()
    assert report.ok, report.problems
    actions = [e.action for e in log.events(subject=f"model:{versions[1]}")]
    assert actions == ["registry.registered", "registry.submitted", "registry.withdrawn", "registry.submitted", "registry.approved", "registry.promoted", "registry.retired"]
    approved = log.events(action="registry.approved", subject=f"model:{versions[1]}")[0]
    assert approved.actor == "carla.revisora" and approved.details["via"].startswith("token:")
    # Someone with database access rewrites who approved the model.
    with sqlite3.connect(workspace.root / "afinar.db") as db:
        db.execute("UPDATE audit_events SET actor = 'ana.cientista' WHERE seq = ?", (approved.seq,))
    problems = log.verify().problems
    assert any(f"event #{approved.seq}" in p for p in problems)


@pytest.mark.postgres
def test_life_cycle_on_postgresql(tmp_path, postgres_url):
    import psycopg

    from afinar.workspace import Workspace
    from .conftest import make_people

    workspace = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    assert workspace.dialect == "postgresql"
    people = make_people(workspace)
    versions = full_life_cycle(workspace, people)
    registry = Registry(workspace)
    assert [registry.get(v).status for v in versions] == ["retired", "retired", "rejected"]
    with pytest.raises(TransitionError):
        registry.approve(versions[2], people.reviewer)
    log = AuditLog(workspace)
    assert log.verify().ok
    seq = log.events(action="registry.approved")[0].seq
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE audit_events SET details = '{}' WHERE seq = %s", (seq,))
    assert not log.verify().ok
    workspace.close()


def _register_concurrently(workspace, people, threads: int = 4, each: int = 3) -> list[str]:
    from concurrent.futures import ThreadPoolExecutor

    runs = [record_run(workspace) for _ in range(threads * each)]
    registry = Registry(workspace)
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda run: registry.register(run, people.scientist).id, runs))


def test_concurrent_registrations_get_distinct_numbers(workspace, people):
    ids = _register_concurrently(workspace, people)
    assert sorted(ids, key=lambda v: int(v.split("@")[1])) == [f"atendimento-telecom@{n}" for n in range(1, 13)]
    assert AuditLog(workspace).verify().ok


@pytest.mark.postgres
def test_concurrent_registrations_on_postgresql(tmp_path, postgres_url):
    from afinar.workspace import Workspace
    from .conftest import make_people

    workspace = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    ids = _register_concurrently(workspace, make_people(workspace))
    assert sorted(int(v.split("@")[1]) for v in ids) == list(range(1, 13))
    workspace.close()
