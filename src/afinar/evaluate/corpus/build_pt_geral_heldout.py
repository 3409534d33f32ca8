"""Rebuild `pt-geral-heldout.txt` (documents separated by blank lines). Not imported by afinar.

The held-out general Portuguese on which forgetting is measured. Replay (`builtin:pt-geral`, see
afinar/train/corpus) may draw any of its documents, so the held-out text must come from outside
it: these are paragraphs of the same Guia Foca GNU/Linux that pt-geral's filter left out (120-249
characters, where pt-geral keeps 250-1500), with the same command/markup/language filters, and
checked to share no document with pt-geral.

Run from a folder holding the unpacked source:
    apt-get download focalinux-text && dpkg-deb -x focalinux-text_*.deb deb2
    python build_pt_geral_heldout.py
"""
import gzip
import pathlib
import random
import re

import py3langid

here = pathlib.Path(__file__).resolve()
replay = here.parents[2] / "train" / "corpus" / "pt-geral.txt"
replayed = {d.strip() for d in replay.read_text(encoding="utf-8").split("\n\n") if d.strip()}
held_out = []
for part in ["iniciante", "intermediario", "avancado"]:
    raw = gzip.open(f"deb2/usr/share/doc/focalinux/text/{part}/index.txt.gz").read().decode("latin-1")
    for para in re.split(r"\n\s*\n", raw):
        text = re.sub(r"\s+", " ", " ".join(line.strip() for line in para.splitlines() if line.strip())).strip()
        if not 120 <= len(text) < 250:
            continue
        if re.search(r"[#$]\s|/etc/|\b\w+\(\)|[{}<>|=]|^-|--|`|\.{4,}|http", text):
            continue
        if sum(c.isalpha() for c in text) / len(text) < 0.78 or py3langid.classify(text)[0] != "pt":
            continue
        if text not in replayed and text not in held_out:
            held_out.append(text)
random.Random(0).shuffle(held_out)
held_out = held_out[:200]
out = here.with_name("pt-geral-heldout.txt")
out.write_text("\n\n".join(held_out) + "\n", encoding="utf-8")
print(len(held_out), out.stat().st_size)
