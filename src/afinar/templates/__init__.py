"""Deterministic generators of realistic Brazilian-Portuguese example data.

Four domain projects, one module each: customer service (`atendimento`), legal (`juridico`),
health triage (`saude`) and finance (`financeiro`). The texts are written from hand-made
templates with synthetic personal data (valid CPFs, CNPJs, cards...) for the privacy stage to
find, look-alike numbers it must leave alone, and a bias planted on purpose in `atendimento`
and `saude` for the bias audit to flag. `afinar init --template NAME` and
`examples/NAME/generate.py` both call `generate`.

Importing this package is cheap: Faker and the domain modules load only when generating.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from afinar.errors import UsageError

TEMPLATES: tuple[str, ...] = ("atendimento", "juridico", "saude", "financeiro")


def generate(template: str, out_dir: Path, *, n: int | None = None, seed: int = 42) -> list[Path]:
    """Writes the template's data files under out_dir (creating it); returns the written paths.

    Deterministic: same (template, n, seed) → byte-identical files. `n` is the size of the
    template's main file (default: the template's `DEFAULT_N`). Unknown template →
    `afinar.errors.UsageError` naming the valid ones.
    """
    if template not in TEMPLATES:
        raise UsageError(
            f"unknown template {template!r}",
            hint=f"choose one of: {', '.join(TEMPLATES)}",
        )
    if n is not None and n < 1:
        raise UsageError(f"n must be at least 1, got {n}")
    module = importlib.import_module(f"afinar.templates.{template}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return module.generate(out_dir, module.DEFAULT_N if n is None else n, seed)
