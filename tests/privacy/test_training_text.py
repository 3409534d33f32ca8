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
