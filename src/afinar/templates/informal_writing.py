"""How people really type in Brazilian Portuguese: abbreviations, dropped accents, typos,
caps-lock anger, emojis, and the flat run-on text of a transcribed phone call.

All functions take text that may still hold `{slot}` placeholders and never touch them, so the
noise is applied to the template first and the personal data (which must stay valid) is
filled in afterwards.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from afinar.templates.brazilian_identifiers import ascii_fold

_PLACEHOLDER = re.compile(r"(\{\w+\})")

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "você": ("vc", "vc", "voce"),
    "vocês": ("vcs", "voces"),
    "porque": ("pq", "pq", "porq"),
    "por que": ("pq",),
    "tudo": ("td",),
    "também": ("tb", "tbm"),
    "que": ("q", "q", "k"),
    "não": ("n", "nao", "ñ"),
    "para": ("pra", "pra", "p/"),
    "hoje": ("hj",),
    "mesmo": ("msm",),
    "beleza": ("blz",),
    "obrigado": ("obg", "obrigadu"),
    "obrigada": ("obg", "brigada"),
    "por favor": ("pfv", "pf", "por fvr"),
    "quando": ("qdo", "qnd"),
    "está": ("tá", "ta"),
    "estou": ("tô", "to", "tou"),
    "aqui": ("aki",),
    "quanto": ("qto",),
    "tudo bem": ("td bem", "tdb"),
    "mensagem": ("msg",),
    "minutos": ("min",),
    "depois": ("dps",),
    "agora": ("agr",),
    "comigo": ("cmg",),
    "notícia": ("noticia",),
    "falar": ("fala",),
}

EMOJIS: dict[str, tuple[str, ...]] = {
    "angry": ("😡", "🤬", "😤", "😠", "👎"),
    "happy": ("😊", "🙏", "👏", "❤️", "😍", "🥰", "👍"),
    "neutral": ("🙏", "😅", "🤔", "👍", "🙂"),
    "sad": ("😢", "😞", "😩", "😔"),
}

_QWERTY_NEIGHBOURS = {
    "a": "sqz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}


def outside_placeholders(text: str, transform: Callable[[str], str]) -> str:
    """Applies `transform` to the parts of `text` that are not `{slot}` placeholders."""
    return "".join(part if _PLACEHOLDER.fullmatch(part) else transform(part) for part in _PLACEHOLDER.split(text))


def abbreviate(text: str, rng: random.Random, rate: float) -> str:
    """Replaces each abbreviable word with a chat abbreviation ('você' -> 'vc') with probability `rate`."""

    def replace_in(part: str) -> str:
        for word, shorts in ABBREVIATIONS.items():
            pattern = re.compile(rf"\b{word}\b", re.IGNORECASE)
            part = pattern.sub(lambda match: rng.choice(shorts) if rng.random() < rate else match.group(0), part)
        return part

    return outside_placeholders(text, replace_in)


def drop_accents(text: str) -> str:
    """'não está' -> 'nao esta' (many people type without accents on phones and old keyboards)."""
    return outside_placeholders(text, ascii_fold)


def _misspell(word: str, rng: random.Random) -> str:
    i = rng.randint(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.3:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.55:
        return word[:i] + word[i + 1 :]
    if kind < 0.75:
        return word[:i] + word[i] + word[i:]
    neighbours = _QWERTY_NEIGHBOURS.get(word[i].lower())
    return word[:i] + (rng.choice(neighbours) if neighbours else word[i]) + word[i + 1 :]


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Misspells each word of five or more letters with probability `rate` (swap, drop, double, fat finger)."""

    def typo_in(part: str) -> str:
        return re.sub(r"[^\W\d_]{5,}", lambda m: _misspell(m.group(0), rng) if rng.random() < rate else m.group(0), part)

    return outside_placeholders(text, typo_in)


def shout(text: str) -> str:
    """ALL CAPS, the way an angry customer writes."""
    return outside_placeholders(text, str.upper)


def lowercase(text: str) -> str:
    return outside_placeholders(text, str.lower)


_SPEECH_FILLERS = ("é", "né", "tipo assim", "então", "aí", "assim", "olha", "sabe")


def as_phone_transcript(text: str, rng: random.Random) -> str:
    """Flattens text into what a speech-to-text system writes: lowercase, almost no punctuation,
    with the fillers of spoken Portuguese ('né', 'tipo assim') where a pause would be."""

    def pause(match: re.Match[str]) -> str:
        return f" {rng.choice(_SPEECH_FILLERS)} " if rng.random() < 0.3 else " "

    def flatten(part: str) -> str:
        part = part.lower()
        # Punctuation between digits stays ('1.234,56', '12/03'); elsewhere it becomes a pause.
        part = re.sub(r"(?<!\d)[.,;:!?]+(?=\s|$)|[.,;:!?]+(?!\d)(?=\s|$)", pause, part)
        return re.sub(r"[!?]", "", part)

    return re.sub(r"\s+", " ", outside_placeholders(text, flatten)).strip()


def add_emojis(text: str, rng: random.Random, mood: str) -> str:
    """Appends one to three emojis of `mood` ('angry', 'happy', 'neutral', 'sad')."""
    count = rng.choice((1, 1, 1, 2, 3))
    emojis = rng.choice(EMOJIS[mood])
    tail = emojis * count if rng.random() < 0.5 else "".join(rng.choice(EMOJIS[mood]) for _ in range(count))
    return f"{text} {tail}"


def fill_slots(template: str, values: dict[str, str]) -> str:
    """Replaces every `{slot}` by `values[slot]`; a slot with no value is a bug in the generator."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(0)[1:-1]], template)


def slot_names(template: str) -> list[str]:
    """The slot names a template uses, in order of appearance, without repeats."""
    return list(dict.fromkeys(match[1:-1] for match in _PLACEHOLDER.findall(template)))
