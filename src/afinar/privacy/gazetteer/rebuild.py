"""Merge Faker's pt_BR person lists into the packaged name lists (a maintainer's tool).

    python -m afinar.privacy.gazetteer.rebuild

Needs `Faker` (a development dependency only). Existing entries, including afinar's own
additions, are kept; Faker's are added; each file ends up sorted, one name a line, with
multi-word given names ("Ana Beatriz") and particle surnames ("da Costa") split into words.
"""

from __future__ import annotations

from pathlib import Path

from afinar.privacy.folding import fold

_HERE = Path(__file__).parent
_PARTICLES = {"da", "de", "do", "das", "dos", "e"}
# Faker's "Casa Grande" is a surname, but its words alone are everyday words, not names.
_SKIP = {"casa", "grande", "costela", "pastor"}


def _words(names: list[str] | tuple[str, ...]) -> set[str]:
    words = set()
    for name in names:
        for word in name.split():
            if fold(word) not in _PARTICLES and fold(word) not in _SKIP:
                words.add(word)
    return words


def _merge(file_name: str, new_words: set[str]) -> int:
    path = _HERE / file_name
    existing = set(path.read_text(encoding="utf-8").split()) if path.exists() else set()
    merged = existing | new_words
    # Keep one spelling per folded form, preferring the accented one ("Júlia" over "Julia").
    by_fold: dict[str, str] = {}
    for word in sorted(merged):
        current = by_fold.get(fold(word))
        if current is None or (current.isascii() and not word.isascii()):
            by_fold[fold(word)] = word
    path.write_text("\n".join(sorted(by_fold.values(), key=fold)) + "\n", encoding="utf-8")
    return len(by_fold)


def main() -> None:
    """Rewrite the three name files with Faker's lists merged in, printing their sizes."""
    from faker.providers.person.pt_BR import Provider

    for file_name, names in (
        ("given_names_female.txt", Provider.first_names_female),
        ("given_names_male.txt", Provider.first_names_male),
        ("surnames.txt", Provider.last_names),
    ):
        print(file_name, _merge(file_name, _words(names)))


if __name__ == "__main__":
    main()
