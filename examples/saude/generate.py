"""Regenerates this example's data under data/ (same files, byte for byte, on every run).

    python examples/saude/generate.py

The texts come from afinar.templates.saude; tests/test_templates.py checks that the committed
files still equal a fresh generation.
"""

from pathlib import Path

from afinar.templates import generate

if __name__ == "__main__":
    for path in generate("saude", Path(__file__).resolve().parent / "data"):
        print(path)
