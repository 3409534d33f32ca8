"""The `afinar` command line: one sub-command group per pipeline stage.

Exit codes: 0 success; 1 runtime failure; 2 bad input (spec, data, arguments); 3 a gate failed
with --strict, or permission denied; 4 not found;
5 model unavailable; 6 integrity check failed (audit chain, artifact hash); 130 interrupted.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Console entry point: runs the Typer app and turns `AfinarError`s into clean exits."""
    from afinar.runtime import apply_runtime_defaults

    apply_runtime_defaults()
    import typer

    from afinar.cli.app import app
    from afinar.cli.output import err_console
    from afinar.errors import AfinarError

    try:
        result = app(args=argv, standalone_mode=False, prog_name="afinar")
    except AfinarError as exc:
        err_console.print(f"[bold red]error:[/] {exc.message}", markup=True, highlight=False, soft_wrap=True)
        if exc.hint:
            err_console.print(f"[yellow]hint:[/] {exc.hint}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.TyperException as exc:  # usage errors: unknown command, bad option value
        exc.show()
        sys.exit(getattr(exc, "exit_code", 2))
    except (typer.Abort, KeyboardInterrupt):
        err_console.print("[red]interrupted[/]")
        sys.exit(130)
    sys.exit(result if isinstance(result, int) else 0)
