"""The monitor stage: drift of a served model's traffic against its reference data, performance
from feedback, validation of the drift checks on planted scenarios, and the periodic audit.

    from afinar.monitor import drift_report, periodic_audit, validate_drift
    report = drift_report("atendimento-telecom", workspace)      # ok | warn | alert | insufficient_data
    audit = periodic_audit(workspace)                           # afinar audit run (cron)

Importing this package is cheap: numpy, scipy, scikit-learn, torch and matplotlib load on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afinar.monitor.drift import DriftReport, drift_report
    from afinar.monitor.periodic import AuditRun, periodic_audit
    from afinar.monitor.validation import validate_drift

__all__ = ["AuditRun", "DriftReport", "drift_report", "periodic_audit", "validate_drift"]

_LAZY = {
    "drift_report": "afinar.monitor.drift",
    "DriftReport": "afinar.monitor.drift",
    "periodic_audit": "afinar.monitor.periodic",
    "AuditRun": "afinar.monitor.periodic",
    "validate_drift": "afinar.monitor.validation",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.monitor' has no attribute {name!r}")
