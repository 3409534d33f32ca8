"""Benchmark: afinar's `scan` against Microsoft Presidio's AnalyzerEngine.

    python bench/privacy.py

Same texts (the held-out evaluation set, tests/privacy/data/heldout.jsonl, repeated 3
times), same process, single-threaded; throughput is the median of 5 timed repetitions
after one warm-up. Both tools are also scored on the held-out gold spans (span overlap,
same label). Writes bench/results/privacy.json.

Presidio setup, as its documentation describes for a custom language: a
`RecognizerRegistry` for "pt" with PatternRecognizers for CPF and CNPJ (regex plus context
words) and the predefined e-mail, phone (region BR), credit-card and IP recognizers. Its
NLP engine needs a spaCy pipeline; no Portuguese spaCy model is installable here (PyPI
has no pt_core_news_* wheel), so a blank `spacy.blank("pt")` pipeline is used through a
`SpacyNlpEngine` subclass: tokenisation only, no NER — so Presidio finds no PERSON at all,
and its throughput is higher than it would be with a real model (a statistical NER model
costs far more than the blank tokenizer).

Presidio and spaCy are bench-only dependencies (presidio-analyzer==2.2.366, which brings
spacy==3.8.18); the afinar package never imports them.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from afinar.privacy import scan  # noqa: E402
from afinar.privacy.evaluation import score_detection  # noqa: E402

HELDOUT = ROOT / "tests" / "privacy" / "data" / "heldout.jsonl"
RESULTS = ROOT / "bench" / "results" / "privacy.json"
REPETITIONS = 5
COPIES = 3
PRESIDIO_LABELS = ("BR_CPF", "BR_CNPJ", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
                   "IP_ADDRESS")
PRESIDIO_THRESHOLD = 0.4


def build_presidio():
    """An AnalyzerEngine for Portuguese with Brazilian CPF/CNPJ and predefined recognizers."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IpRecognizer,
        PhoneRecognizer,
    )

    # The e-mail recognizer validates domains with tldextract, which would try to download
    # the public-suffix list; use the snapshot bundled with tldextract instead (offline).
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

    class BlankPortugueseNlpEngine(SpacyNlpEngine):
        """spaCy's blank Portuguese pipeline: tokenizer only (no model can be installed)."""

        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "pt", "model_name": "blank:pt"}])

        def load(self) -> None:
            self.nlp = {"pt": spacy.blank("pt")}

    nlp_engine = BlankPortugueseNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["pt"])
    registry.add_recognizer(PatternRecognizer(
        supported_entity="BR_CPF", supported_language="pt", name="BrCpfRecognizer",
        patterns=[Pattern("cpf (formatted)", r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", 0.6),
                  Pattern("cpf (digits)", r"\b\d{11}\b", 0.3)],
        context=["cpf", "cadastro", "pessoa", "física"],
    ))
    registry.add_recognizer(PatternRecognizer(
        supported_entity="BR_CNPJ", supported_language="pt", name="BrCnpjRecognizer",
        patterns=[Pattern("cnpj (formatted)", r"\b\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}\b", 0.6),
                  Pattern("cnpj (digits)", r"\b\d{14}\b", 0.3)],
        context=["cnpj", "empresa", "jurídica"],
    ))
    registry.add_recognizer(EmailRecognizer(supported_language="pt"))
    registry.add_recognizer(PhoneRecognizer(supported_language="pt", supported_regions=("BR",),
                                            context=["telefone", "celular", "tel", "fone"]))
    registry.add_recognizer(CreditCardRecognizer(supported_language="pt",
                                                 context=["cartão", "crédito", "débito"]))
    registry.add_recognizer(IpRecognizer(supported_language="pt"))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["pt"])


def chars_per_second(detect, texts: list[str]) -> tuple[float, list[float]]:
    """Median throughput over REPETITIONS timed passes (after one warm-up pass)."""
    for text in texts[:50]:
        detect(text)
    total = sum(len(t) for t in texts)
    rates = []
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        for text in texts:
            detect(text)
        rates.append(total / (time.perf_counter() - start))
    return statistics.median(rates), rates


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    records = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in records] * COPIES
    analyzer = build_presidio()

    def afinar_detect(text: str):
        return [(s.start, s.end, s.label) for s in scan(text)]

    def presidio_detect(text: str):
        return [(r.start, r.end, r.entity_type)
                for r in analyzer.analyze(text, language="pt", score_threshold=PRESIDIO_THRESHOLD)]

    afinar_rate, afinar_runs = chars_per_second(scan, texts)
    presidio_rate, presidio_runs = chars_per_second(
        lambda t: analyzer.analyze(t, language="pt", score_threshold=PRESIDIO_THRESHOLD), texts
    )
    afinar_all = score_detection(records, afinar_detect)
    presidio_all = score_detection(records, presidio_detect)
    afinar_common = score_detection(records, afinar_detect, labels=PRESIDIO_LABELS)
    presidio_common = score_detection(records, presidio_detect, labels=PRESIDIO_LABELS)
    result = {
        "afinar_chars_per_s": round(afinar_rate),
        "presidio_chars_per_s": round(presidio_rate),
        "speedup": round(afinar_rate / presidio_rate, 2),
        "afinar_f1": round(afinar_all.micro.f1, 4),
        "presidio_f1": round(presidio_all.micro.f1, 4),
        "afinar_f1_on_presidio_labels": round(afinar_common.micro.f1, 4),
        "presidio_f1_on_presidio_labels": round(presidio_common.micro.f1, 4),
        "presidio_per_label_f1": {k: round(v.f1, 4) for k, v in sorted(presidio_all.per_label.items())},
        "dataset": {"file": str(HELDOUT.relative_to(ROOT)), "records": len(records),
                    "copies": COPIES, "chars_per_pass": sum(len(t) for t in texts)},
        "presidio_setup": "presidio-analyzer 2.2.366, spaCy blank('pt') pipeline (no NER), "
                          "CPF/CNPJ PatternRecognizers + Email/Phone(BR)/CreditCard/Ip, "
                          f"score_threshold={PRESIDIO_THRESHOLD}",
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(),
                    "python": platform.python_version(),
                    "date": datetime.date.today().isoformat()},
        "runs": {"repetitions": REPETITIONS,
                 "afinar_chars_per_s": [round(r) for r in afinar_runs],
                 "presidio_chars_per_s": [round(r) for r in presidio_runs]},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("afinar_chars_per_s", "presidio_chars_per_s",
                                              "speedup", "afinar_f1", "presidio_f1",
                                              "afinar_f1_on_presidio_labels",
                                              "presidio_f1_on_presidio_labels")}, indent=2))


if __name__ == "__main__":
    main()
