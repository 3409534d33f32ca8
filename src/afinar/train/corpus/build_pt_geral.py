"""Rebuild `pt-geral.txt` (documents separated by blank lines). Not imported by afinar.

Run from a folder holding the unpacked sources:
    pip download chatterbot-corpus==1.2.0 --no-deps -d cc && (cd cc && mkdir x && cd x && unzip ../*.whl)
    apt-get download focalinux-text && dpkg-deb -x focalinux-text_*.deb deb2
    python build_pt_geral.py
"""
import gzip, re, random, pathlib, yaml
import py3langid

docs = []
# 1) chatterbot-corpus Portuguese conversations (BSD-3-Clause)
for f in sorted(pathlib.Path('cc/x/chatterbot_corpus/data/portuguese').glob('*.yml')):
    data = yaml.safe_load(f.read_text(encoding='utf-8'))
    for conv in data.get('conversations') or []:
        lines = [str(t).strip() for t in conv if str(t).strip()]
        if len(lines) >= 2:
            docs.append(("chatterbot", "\n".join(lines)))
n_chat = len(docs)
# 2) Foca Linux (GFDL): prose paragraphs only
prose = []
for part in ['iniciante', 'intermediario', 'avancado']:
    raw = gzip.open(f'deb2/usr/share/doc/focalinux/text/{part}/index.txt.gz').read().decode('latin-1')
    for para in re.split(r'\n\s*\n', raw):
        lines = [l.strip() for l in para.splitlines()]
        text = " ".join(l for l in lines if l)
        text = re.sub(r'\s+', ' ', text).strip()
        if not (250 <= len(text) <= 1500): continue
        if re.search(r'[#$]\s|/etc/|\b\w+\(\)|[{}<>|=]|^-|--|`|\.{4,}|http', text): continue
        letters = sum(c.isalpha() for c in text) / len(text)
        if letters < 0.78: continue
        if py3langid.classify(text)[0] != 'pt': continue
        prose.append(text)
random.Random(0).shuffle(prose)
budget = 330_000
total = sum(len(d) for _, d in docs)
for text in prose:
    if total > budget: break
    docs.append(("focalinux", text)); total += len(text)
out = pathlib.Path(__file__).with_name('pt-geral.txt')
out.write_text("\n\n".join(d for _, d in docs) + "\n", encoding='utf-8')
print(n_chat, len(docs) - n_chat, out.stat().st_size)
