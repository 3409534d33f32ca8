"""The generated training text of the person tagger: deterministic, spans exact, varied."""

from afinar.privacy.person_tagger.training_text import DOMAINS, _generate, _TEMPLATES, generate_training_records


def test_same_seed_same_records_and_other_seed_differs():
    a = generate_training_records(400, seed=3)
    assert a == generate_training_records(400, seed=3)
    assert a != generate_training_records(400, seed=4)


def test_spans_are_sorted_disjoint_and_hold_the_inserted_names():
    records, _, metas = _generate(400, 0)
    assert sum(len(r["spans"]) for r in records) > 1000
    for record, meta in zip(records, metas):
        assert set(record) == {"domain", "register", "text", "spans"}
        assert record["domain"] in DOMAINS
        previous_end = 0
        for span, inserted in zip(record["spans"], meta, strict=True):
            assert span["label"] == "PERSON"
            assert previous_end <= span["start"] < span["end"] <= len(record["text"])
            assert record["text"][span["start"]:span["end"]] == inserted["text"]
            assert inserted["text"] == inserted["text"].strip()
            previous_end = span["end"]


def test_at_least_160_templates_and_all_four_domains_are_used():
    assert len(_TEMPLATES) >= 160
    records, template_ids, _ = _generate(400, 0)
    assert len(set(template_ids)) >= 160
    assert {r["domain"] for r in records} == set(DOMAINS)
    assert len({r["register"] for r in records}) >= 60


def test_single_names_stand_beside_the_same_words_used_as_words():
    from afinar.privacy.person_tagger.training_text import _WORD_NAMES_F, _WORD_NAMES_M

    records, _, _ = _generate(600, 0)
    spans = [r["text"][s["start"]:s["end"]] for r in records for s in r["spans"]]
    single = [s for s in spans if " " not in s]
    assert len(single) > 0.35 * len(spans)
    assert sum(1 for s in single if s.islower()) > 200
    word_names = set(_WORD_NAMES_F) | set(_WORD_NAMES_M)
    both = 0
    for r in records:
        named = {r["text"][s["start"]:s["end"]] for s in r["spans"]} & word_names
        outside, end = [], 0
        for s in r["spans"]:
            outside.append(r["text"][end:s["start"]])
            end = s["end"]
        outside.append(r["text"][end:])
        rest = " ".join(outside).lower()
        both += any(w.lower() in rest for w in named)
    assert both >= 10


def test_spoken_registers_write_lower_case_names_in_unpunctuated_speech():
    from afinar.privacy.person_tagger.training_text import _TEMPLATES

    spoken = {"transcricao_asr", "ouvidoria_ligacao", "audio_whatsapp", "degravacao", "audiencia_virtual", "termo_ditado",
              "teleconsulta_asr", "central_marcacao", "nota_ditada", "portaria_audio", "carta_ditada", "oficio_ditado"}
    assert {t.domain for t in _TEMPLATES if t.register in spoken} == set(DOMAINS)
    assert sum(t.register in spoken for t in _TEMPLATES) >= 20
    records, _, _ = _generate(2000, 0)
    names = [r["text"][s["start"]:s["end"]] for r in records if r["register"] in spoken for s in r["spans"]]
    assert sum(1 for n in names if n.islower() and " " in n) > 100
    for r in records:
        if r["register"] not in spoken:
            continue
        text = r["text"]
        for s in r["spans"]:
            # a speaker's role and a form of address are never part of a name
            assert text[s["start"]:s["end"]].lower() not in {"agente", "cliente", "ura", "testemunha", "juiz", "juíza"}
            assert not text[s["start"]:s["end"]].startswith(("V.", "Sa."))
