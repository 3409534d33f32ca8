"""The assistant-token mask, checked token by token on a hand-read conversation."""

from __future__ import annotations

import pytest

from afinar.data.example import Example, Message, SourceRef
from afinar.errors import UsageError
from afinar.train.formatting import resolve_chat_format, tokenize_chat_plain, tokenize_chat_with_template, tokenize_for_lm

CHAT = [
    {"role": "user", "content": "Oi"},
    {"role": "assistant", "content": "Olá! Como posso ajudar?"},
    {"role": "user", "content": "Minha fatura veio errada."},
    {"role": "assistant", "content": "Vou verificar."},
]


def _marked(tokenizer, tokenized):
    return [(token, flag) for token, flag in zip(tokenizer.convert_ids_to_tokens(tokenized.input_ids), tokenized.supervised, strict=True)]


def test_smollm2_template_mask_is_exactly_the_assistant_turns(smollm2_tokenizer):
    tokenized = tokenize_chat_with_template(smollm2_tokenizer, CHAT)
    marked = _marked(smollm2_tokenizer, tokenized)
    # Read off the rendered template: the default system turn, the user turn and the
    # "assistant\n" headers are context; each answer and its <|im_end|> are targets; the newline
    # after <|im_end|> is context again.
    supervised = [token for token, flag in marked if flag]
    assert supervised == [
        "Ol", "Ã¡", "!", "ĠCom", "o", "Ġpos", "so", "Ġa", "jud", "ar", "?", "<|im_end|>",
        "V", "ou", "Ġver", "ific", "ar", ".", "<|im_end|>",
    ]
    # Exact positions: the first answer starts right after '<|im_start|>', 'ass', 'istant', 'Ċ'.
    first = next(i for i, (_, flag) in enumerate(marked) if flag)
    assert [token for token, _ in marked[first - 4 : first]] == ["<|im_start|>", "ass", "istant", "Ċ"]
    assert marked[first + 12] == ("Ċ", False)  # newline after the first <|im_end|>
    assert not any(flag for token, flag in marked[: first - 4])  # system and user turns
    assert marked[-1] == ("Ċ", False)
    assert smollm2_tokenizer.decode([i for i, f in zip(tokenized.input_ids, tokenized.supervised) if f]) == (
        "Olá! Como posso ajudar?<|im_end|>Vou verificar.<|im_end|>"
    )
    # The whole sequence is exactly what the chat template renders.
    assert smollm2_tokenizer.decode(tokenized.input_ids) == smollm2_tokenizer.apply_chat_template(CHAT, tokenize=False)


def test_plain_format_for_a_tokenizer_without_template(gemma_tokenizer):
    assert resolve_chat_format(gemma_tokenizer, "auto") == "plain"
    with pytest.raises(UsageError, match="no chat template"):
        resolve_chat_format(gemma_tokenizer, "template")
    tokenized = tokenize_chat_plain(gemma_tokenizer, CHAT)
    assert gemma_tokenizer.decode(tokenized.input_ids) == (
        "<bos>### Usuário:\nOi\n\n### Assistente:\nOlá! Como posso ajudar?<eos>\n\n"
        "### Usuário:\nMinha fatura veio errada.\n\n### Assistente:\nVou verificar.<eos>\n\n"
    )
    targets = [i for i, flag in zip(tokenized.input_ids, tokenized.supervised) if flag]
    assert gemma_tokenizer.decode(targets) == "Olá! Como posso ajudar?<eos>Vou verificar.<eos>"


def test_completion_and_text_examples(smollm2_tokenizer):
    source = SourceRef("t", 1)
    completion = Example(kind="completion", record_id="1", source=source, prompt="Pergunta: qual o prazo?", completion=" Cinco dias.")
    tokenized = tokenize_for_lm(completion, smollm2_tokenizer, 512, "template")
    targets = [i for i, flag in zip(tokenized.input_ids, tokenized.supervised) if flag]
    assert smollm2_tokenizer.decode(targets) == " Cinco dias.<|im_end|>"
    text = Example(kind="text", record_id="2", source=source, text="Texto geral em português.")
    tokenized = tokenize_for_lm(text, smollm2_tokenizer, 4, "template")
    # BOS (context), then every text token is a target.
    assert tokenized.input_ids[0] == smollm2_tokenizer.bos_token_id
    assert tokenized.supervised == [False, True, True, True]


def test_system_message_and_truncation(smollm2_tokenizer):
    chat = Example(
        kind="chat", record_id="3", source=SourceRef("t", 1),
        messages=(Message("system", "Seja breve."), Message("user", "Oi"), Message("assistant", "Olá!")),
    )
    full = tokenize_for_lm(chat, smollm2_tokenizer, 512, "template")
    assert smollm2_tokenizer.decode([i for i, f in zip(full.input_ids, full.supervised) if f]) == "Olá!<|im_end|>"
    cut = tokenize_for_lm(chat, smollm2_tokenizer, 6, "template")
    assert len(cut) == 6 and cut.n_targets == 0
