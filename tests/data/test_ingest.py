"""Every format and file type round-trips; malformed inputs give errors naming file, line and field."""

from __future__ import annotations

import csv
import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afinar.data import validate
from afinar.data.example import Message
from afinar.data.ingest import read_examples, resolve_sources, hash_inputs
from afinar.data.problems import ProblemLog
from afinar.errors import DataError

from .conftest import write_jsonl

ROWS = [
    {"id": "a1", "text": "Minha fatura veio com cobrança em dobro, não reconheço.", "label": "cobranca", "region": "Nordeste"},
    {"id": "a2", "text": "A internet caiu de novo\ndesde ontem à noite.", "label": "tecnico", "region": "Sul"},
    {"id": "a3", "text": "Quero cancelar o plano; vocês, por favor, \"confirmem\".", "label": "cancelamento", "region": "Sudeste"},
]


def examples_of(loaded):
    problems = ProblemLog()
    inputs = hash_inputs(resolve_sources(loaded))
    found = list(read_examples(loaded, inputs, problems))
    return found, problems, inputs


def write_csv(path, rows, *, encoding, delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(
    "name,writer",
    [
        ("t.jsonl", lambda p: write_jsonl(p, ROWS)),
        ("t.json", lambda p: p.write_text(json.dumps(ROWS, ensure_ascii=False, indent=2), encoding="utf-8")),
        ("t.csv", lambda p: write_csv(p, ROWS, encoding="latin-1", delimiter=";")),
        ("t.csv", lambda p: write_csv(p, ROWS, encoding="utf-8-sig")),
        ("t.tsv", lambda p: write_csv(p, ROWS, encoding="utf-8", delimiter="\t")),
        ("t.parquet", lambda p: pq.write_table(pa.Table.from_pylist(ROWS), p)),
        ("t.jsonl.gz", lambda p: p.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in ROWS).encode()))),
        ("t.csv.gz", lambda p: p.write_bytes(gzip.compress(write_csv(p.with_suffix(".tmp"), ROWS, encoding="cp1252").read_bytes()))),
        ("t.parquet.gz", lambda p: (pq.write_table(pa.Table.from_pylist(ROWS), p.with_suffix(".tmp")), p.write_bytes(gzip.compress(p.with_suffix(".tmp").read_bytes())))),
    ],
    ids=["jsonl", "json-array", "csv-latin1-semicolon", "csv-utf8-bom", "tsv", "parquet", "jsonl-gz", "csv-cp1252-gz", "parquet-gz"],
)
def test_classification_round_trips_through_every_file_type(tmp_path, make_project, name, writer):
    writer(tmp_path / name)
    loaded = make_project({"sources": [name], "group_fields": ["region"]})
    examples, problems, inputs = examples_of(loaded)
    assert problems.total() == 0
    assert inputs[0].format == "classification"
    assert [e.text for e in examples] == [r["text"] for r in ROWS]  # accents, quotes and quoted newlines intact
    assert [e.label for e in examples] == [r["label"] for r in ROWS]
    assert [e.groups["region"] for e in examples] == [r["region"] for r in ROWS]
    assert [e.record_id for e in examples] == ["a1", "a2", "a3"]
    assert examples[0].source.file == name


def test_csv_line_numbers_count_quoted_newlines(tmp_path, make_project):
    write_csv(tmp_path / "t.csv", ROWS, encoding="utf-8")
    examples, _, _ = examples_of(make_project({"sources": ["t.csv"]}))
    assert [e.source.line for e in examples] == [2, 3, 5]  # row 2 spans lines 3-4


def test_json_array_line_numbers(tmp_path, make_project):
    (tmp_path / "t.json").write_text(json.dumps(ROWS, indent=2, ensure_ascii=False))
    examples, _, _ = examples_of(make_project({"sources": ["t.json"]}))
    assert [e.source.line for e in examples] == [2, 8, 14]


@pytest.mark.parametrize(
    "record,fmt,kind,check",
    [
        ({"messages": [{"role": "system", "content": "Seja breve."}, {"role": "user", "content": "Oi"}, {"role": "assistant", "content": "Olá!"}]},
         "chat", "chat", lambda e: [m.role for m in e.messages] == ["system", "user", "assistant"]),
        ({"conversations": [{"from": "human", "value": "Qual o prazo?"}, {"from": "gpt", "value": "Trinta dias."}]},
         "sharegpt", "chat", lambda e: e.messages == (Message("user", "Qual o prazo?"), Message("assistant", "Trinta dias."))),
        ({"instruction": "Resuma a cláusula.", "input": "O locatário pagará...", "output": "Pagamento mensal."},
         "instruction", "chat", lambda e: e.messages[0].content == "Resuma a cláusula.\n\nO locatário pagará..." and e.messages[1].role == "assistant"),
        ({"prompt": "O contrato de locação", "completion": " vigora por doze meses."},
         "completion", "completion", lambda e: e.prompt == "O contrato de locação" and e.completion == " vigora por doze meses."),
        ({"text": "Cobrança indevida e sinal fraco", "label": ["cobranca", "tecnico"]},
         "classification", "classification", lambda e: e.labels == ("cobranca", "tecnico") and e.label is None),
        ({"text": "Um parágrafo de texto geral em português."}, "text", "text", lambda e: e.text.startswith("Um parágrafo")),
    ],
    ids=["chat", "sharegpt", "instruction", "completion", "multilabel", "text"],
)
def test_formats_are_detected_and_converted(tmp_path, make_project, record, fmt, kind, check):
    write_jsonl(tmp_path / "d.jsonl", [record])
    task = "classification" if fmt == "classification" else "sft"
    examples, problems, inputs = examples_of(make_project({"sources": ["d.jsonl"]}, task=task))
    assert problems.total() == 0
    assert inputs[0].format == fmt and "format" in inputs[0].format_reason
    assert examples[0].kind == kind and check(examples[0])


def test_txt_lines_and_paragraphs(tmp_path, make_project):
    (tmp_path / "a.txt").write_bytes("Primeira linha.\nSegunda linha.\n\nTerceiro parágrafo.\n".encode("latin-1"))
    by_line, _, _ = examples_of(make_project({"sources": ["a.txt"]}, task="sft"))
    assert [e.text for e in by_line] == ["Primeira linha.", "Segunda linha.", "Terceiro parágrafo."]
    by_paragraph, _, _ = examples_of(make_project({"sources": ["a.txt"], "txt_unit": "paragraph"}, task="sft"))
    assert [(e.text, e.source.line) for e in by_paragraph] == [("Primeira linha. Segunda linha.", 1), ("Terceiro parágrafo.", 4)]


def test_csv_multilabel_with_separator(tmp_path, make_project):
    write_csv(tmp_path / "m.csv", [{"text": "Sinal fraco e cobrança", "label": "tecnico|cobranca"}], encoding="utf-8")
    examples, _, _ = examples_of(make_project({"sources": ["m.csv"], "label_separator": "|"}))
    assert examples[0].labels == ("cobranca", "tecnico")


CHAT_OK = {"role": "user", "content": "Oi"}
MALFORMED = [
    # (file content as JSONL lines, task, expected "line: field: reason" pieces)
    (['{"text": "ok", "label": "a"}', "{not json"], "classification", ("d.jsonl:2", "invalid JSON")),
    (['{"text": 42, "label": "a"}'], "classification", ("d.jsonl:1", "field 'text'", "wrong type")),
    (['{"text": "   ", "label": "a"}'], "classification", ("d.jsonl:1", "field 'text'", "empty content")),
    (['{"text": "sem rótulo"}', '{"text": "ok", "label": "a"}'], "classification", ("d.jsonl:1", "field 'label'", "missing label")),
    (['{"text": "x", "label": {"a": 1}}'], "classification", ("d.jsonl:1", "field 'label'", "wrong type")),
    (['[1, 2]'], "classification", ("d.jsonl:1", "wrong type")),
    ([json.dumps({"messages": [{"role": "usr", "content": "Oi"}, {"role": "assistant", "content": "Olá"}]})], "sft", ("d.jsonl:1", "messages[0].role", "unknown role")),
    ([json.dumps({"messages": [CHAT_OK, {"role": "assistant", "content": ""}]})], "sft", ("d.jsonl:1", "messages[1].content", "empty content")),
    ([json.dumps({"messages": [{"role": "assistant", "content": "Olá"}, CHAT_OK]})], "sft", ("d.jsonl:1", "messages[0].role", "turns out of order")),
    ([json.dumps({"messages": [CHAT_OK, CHAT_OK, {"role": "assistant", "content": "x"}]})], "sft", ("d.jsonl:1", "messages[1].role", "two user turns")),
    ([json.dumps({"messages": [CHAT_OK, {"role": "assistant", "content": "x"}, {"role": "system", "content": "y"}]})], "sft", ("messages[2].role", "system turn")),
    ([json.dumps({"messages": [CHAT_OK]})], "sft", ("d.jsonl:1", "field 'messages'", "no assistant turn")),
    ([json.dumps({"messages": "Oi"})], "sft", ("field 'messages'", "wrong type")),
    ([json.dumps({"messages": [CHAT_OK, {"role": "assistant", "content": 3}]})], "sft", ("messages[1].content", "wrong type")),
    ([json.dumps({"conversations": [{"from": "alien", "value": "x"}]})], "sft", ("conversations[0].from", "unknown role")),
    ([json.dumps({"instruction": "Resuma", "output": ""})], "sft", ("field 'output'", "empty content")),
    ([json.dumps({"prompt": 1, "completion": "x"})], "sft", ("field 'prompt'", "wrong type")),
]


@pytest.mark.parametrize("lines,task,expected", MALFORMED, ids=[m[2][-1].replace(" ", "-") + f"-{i}" for i, m in enumerate(MALFORMED)])
def test_malformed_records_name_file_line_and_field(tmp_path, make_project, lines, task, expected):
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fmt = {"classification": "classification"}.get(task, "auto")
    loaded = make_project({"sources": ["d.jsonl"], "format": fmt}, task=task)
    result = validate(loaded, log=lambda _: None)
    messages = [str(p) for p in result.problems.detailed]
    assert any(all(piece in message for piece in expected) for message in messages), messages
    with pytest.raises(DataError) as error:
        validate(loaded, strict=True, log=lambda _: None)
    assert all(piece in str(error.value) for piece in expected) and error.value.exit_code == 2


def test_problem_messages_never_quote_the_value(tmp_path, make_project):
    secret = "Maria da Silva CPF 529.982.247-25"
    write_jsonl(tmp_path / "d.jsonl", [{"text": secret, "label": {"x": secret}}, {"text": [secret], "label": "a"}])
    result = validate(make_project({"sources": ["d.jsonl"]}), log=lambda _: None)
    assert result.problems.total() == 2
    assert secret not in json.dumps(result.to_json(), ensure_ascii=False) and "Maria" not in json.dumps(result.to_json())


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("d.json", '[{"text": "a", "label": "x"},\n {"text": "b" "label": "y"}]', ("d.json:2", "invalid JSON")),
        ("d.json", '[{"text": "a", "label": "x"}', ("d.json:1", "not closed")),
        ("d.csv", b'text,label\n"ok",a\n"bad\xff\xfe",b\n', None),
        ("d.xml", "<a/>", ("unknown file type",)),
        ("d.csv", "text,text\nx,y\n", ("d.csv:1", "duplicated column")),
    ],
    ids=["json-array-syntax", "json-array-unclosed", "csv-latin1-fallback", "unknown-type", "csv-duplicate-header"],
)
def test_broken_files_fail_with_file_and_line(tmp_path, make_project, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    loaded = make_project({"sources": [name]})
    if expected is None:  # decodes as cp1252 instead of failing
        assert validate(loaded, log=lambda _: None).valid == 2
        return
    with pytest.raises(DataError) as error:
        validate(loaded, log=lambda _: None)
    assert all(piece in str(error.value) for piece in expected), str(error.value)


def test_csv_wrong_cell_count_is_a_record_problem(tmp_path, make_project):
    (tmp_path / "d.csv").write_text("text,label\nok,a\nextra,b,c\n", encoding="utf-8")
    result = validate(make_project({"sources": ["d.csv"]}), log=lambda _: None)
    assert result.valid == 1 and "d.csv:3" in str(result.problems.detailed[0]) and "wrong number of cells" in str(result.problems.detailed[0])


def test_missing_source_and_task_mismatch(tmp_path, make_project):
    with pytest.raises(DataError, match="does not exist"):
        validate(make_project({"sources": ["nada.jsonl"]}), log=lambda _: None)
    write_jsonl(tmp_path / "d.jsonl", [{"text": "sem rótulo nenhum aqui"}])
    with pytest.raises(DataError, match="task is classification"):
        validate(make_project({"sources": ["d.jsonl"]}), log=lambda _: None)
