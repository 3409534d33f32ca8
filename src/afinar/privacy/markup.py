"""A decoded view of text that reached the data team through markup and transfer encodings.

E-mails turned into tickets, HTML pasted from a CRM and PDF extractions carry personal data
inside markup: "Luciana&nbsp;Campelo", "meu nome =C3=A9 Lucas Cun=\\nha" (quoted-printable
with a soft line break), "Anísio<br>Queiroz", "whatsapp%3A%2B5511…" (URL encoding),
"Fran-\\ncisco" (a word hyphenated at a line's end). Detectors read words and digits; these
break both. `decoded_view(text)` returns the text with that markup decoded and, for every
character of the view, the stretch of the original it came from, so that spans found in the
view map back onto the original (`to_original`), covering the markup inside them.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote_to_bytes

# what is decoded, in one pass (the order of the alternatives is the order of preference)
_MARKUP = re.compile(
    r"(?P<soft>=\r?\n)"  # quoted-printable soft line break
    r"|(?P<qp>(?:=[C-F][0-9A-F]=[89AB][0-9A-F])(?:=[89AB][0-9A-F])*)"  # quoted-printable UTF-8 ("=C3=A9")
    r"|(?P<entity>&(?:[A-Za-z]{2,8}|#\d{2,5}|#x[0-9A-Fa-f]{2,4});)"  # HTML entities
    r"|(?P<tag>(?i:<(?:br|p|div|/p|/div|li|/li|tr|/tr|td|/td|th|/th|span|/span|b|/b|i|/i|strong|/strong)"
    r"(?:\s[^<>\n]{0,80})?\s*/?>))"  # HTML tags that hold no data
    r"|(?P<url>(?:%[0-9A-Fa-f]{2})+)"  # URL encoding ("%40", "%2B", "%C3%A9")
    r"|(?P<plus>\+)"  # a blank, inside a URL-encoded query ("meu+nome+%C3%A9+Ana"; see below)
    r"|(?<=[^\W\d_])(?P<hyphen>-\r?\n)(?=[^\W\d_])"  # "Fran-\ncisco"
    # a JSON string's escapes, as a record serialised twice writes its text: "endere\u00e7o",
    # '\"agencia\": \"9255-2\"' (line breaks, "\n", stay: they change no word or number)
    r"|(?P<json>\\u[0-9A-Fa-f]{4}|\\[\"/])",
)
# a text with none of these has nothing to decode (checked before the regex runs)
# a whitespace-free stretch with a "%XX" escape: a URL-encoded query, where "+" is a blank
_URL_TOKEN = re.compile(r"[^\s\"'<>]*%[0-9A-Fa-f]{2}[^\s\"'<>]*")
_MARKERS = ("=\n", "=\r\n", "=C", "=D", "=E", "=F", "&", "<", "%", "-\n", "\\u", '\\"', "\\/")
_BLOCK_TAGS = ("br", "p", "/p", "div", "/div", "li", "/li", "tr", "/tr")
# a table's cell ends in a tab, so that a row reads as a tab-separated line under its header
# ("<tr><th>nome</th><th>nascimento</th></tr>" is "nome\tnascimento\t"), not as one run of
# cells glued together ("Deusdete Wainstein14/10/1963")
_CELL_END_TAGS = ("/td", "/th")


def decoded_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """(view, starts, ends): the decoded text and, per character of the view, the original
    offsets it came from (`starts[i]`, `ends[i]`). None when `text` has no markup to decode
    (most texts): then spans need no mapping."""
    if not any(marker in text for marker in _MARKERS):
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    changed = False
    blanks = {m.start() + i for m in _URL_TOKEN.finditer(text) if "+" in m.group()
              for i, c in enumerate(m.group()) if c == "+"} if "%" in text else set()
    for match in _MARKUP.finditer(text):
        if match.lastgroup == "plus" and match.start() not in blanks:
            continue  # "+55 11…", "a+b": a plus sign
        decoded = _decode(match)
        if decoded is None:
            continue
        for offset in range(position, match.start()):
            starts.append(offset)
            ends.append(offset + 1)
        pieces.append(text[position:match.start()])
        pieces.append(decoded)
        if match.lastgroup == "url" and decoded.isascii():
            # one character per "%XX": "%3A%2B55" is ":+55", and "+" alone maps to "%2B"
            starts.extend(range(match.start(), match.end(), 3))
            ends.extend(range(match.start() + 3, match.end() + 1, 3))
        elif match.lastgroup == "plus":
            starts.append(match.start())
            ends.append(match.end())
        else:
            starts.extend([match.start()] * len(decoded))
            ends.extend([match.end()] * len(decoded))
        position = match.end()
        changed = True
    if not changed:
        return None
    for offset in range(position, len(text)):
        starts.append(offset)
        ends.append(offset + 1)
    pieces.append(text[position:])
    return "".join(pieces), starts, ends


def to_original(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """The original stretch of the view's characters start..end."""
    return starts[start], ends[end - 1]


def _decode(match: re.Match[str]) -> str | None:
    """What one piece of markup stands for; None to leave it as it is."""
    kind = match.lastgroup
    value = match.group()
    if kind == "json":
        if value[1] == "u":
            code = int(value[2:], 16)
            return None if 0xD800 <= code <= 0xDFFF or not chr(code).isprintable() else chr(code)
        return _JSON_ESCAPES[value[1]]
    if kind == "hyphen":
        after = match.string[match.end():match.end() + 2]
        if after[:1].isupper() and not (match.string[match.start() - 1].isupper() and after.isupper()):
            return None  # a value ending in a dash, a name opening the next line: "AB-\nAntônio"
        return ""
    if kind == "soft":
        return ""
    if kind == "plus":
        return " "
    if kind == "qp":
        return _utf8(bytes(int(value[i + 1:i + 3], 16) for i in range(0, len(value), 3)))
    if kind == "url":
        return _utf8(unquote_to_bytes(value))
    if kind == "entity":
        decoded = html.unescape(value)
        if decoded == value:
            return None
        return decoded.replace("\xa0", " ")
    # a tag: a line break for block tags, a tab for a cell's end, nothing for inline ones
    name = value[1:].split(None, 1)[0].rstrip("/>").lower()
    if name in ("tr", "/tr"):
        # a row is a line; a row already on its own line in the source adds no blank line,
        # which would cut the table in two (a header must sit right over its rows)
        text = match.string
        at_line_edge = (match.start() == 0 or text[match.start() - 1] == "\n") if name == "tr" else (
            text.startswith(("\n", "\r\n"), match.end()) or match.end() == len(text))
        return "" if at_line_edge else "\n"
    return "\n" if name in _BLOCK_TAGS else "\t" if name in _CELL_END_TAGS else ""


_JSON_ESCAPES = {'"': '"', "/": "/"}


def _utf8(raw: bytes) -> str | None:
    """`raw` as UTF-8 text of printable characters, else None (not an encoding after all)."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if decoded.isprintable() else None
