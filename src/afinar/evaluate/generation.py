"""Causal-LM inference for evaluation: prompts built the way the run was trained, batched greedy
generation, and teacher-forced log-likelihoods (perplexity of references and of general text).

Batched generation pads on the LEFT, so every prompt ends at the same position and the new
tokens of a batch are produced together; prompts are sorted by length so a batch pads little.
Greedy decoding and a bound on new tokens make results deterministic and the time predictable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from afinar.data.example import Example


@dataclass(frozen=True)
class PromptCase:
    """One test item: the prompt's token ids, the reference answer, and the prompt's text (for the
    memorisation check: values already in the prompt are copied, not memorised)."""

    prompt_ids: list[int]
    prompt_text: str
    reference: str


def prompt_case(example: Example, tokenizer, chat_format: str, max_prompt_tokens: int) -> PromptCase | None:
    """The prompt (everything before the last assistant turn / the completion) and the reference,
    rendered as in training (`afinar.train.formatting`); None for examples with nothing to answer."""
    from afinar.train.formatting import plain_prompt

    if example.kind == "chat":
        turns = [{"role": m.role, "content": m.content} for m in example.messages]
        last = max((i for i, t in enumerate(turns) if t["role"] == "assistant"), default=None)
        if last is None:
            return None
        context, reference = turns[:last], turns[last]["content"]
        if chat_format == "template":
            text = tokenizer.apply_chat_template(context, tokenize=False, add_generation_prompt=True)
            ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        else:
            text = plain_prompt(context)
            ids = _with_bos(tokenizer, tokenizer(text, add_special_tokens=False)["input_ids"])
        prompt_text = "\n".join(t["content"] for t in context)
    elif example.kind == "completion":
        prompt_text, reference = example.prompt or "", example.completion or ""
        ids = _with_bos(tokenizer, tokenizer(prompt_text, add_special_tokens=False)["input_ids"])
    else:
        return None
    # Keep the end of a long prompt: that is where the question is.
    return PromptCase(ids[-max_prompt_tokens:], prompt_text, reference)


def _with_bos(tokenizer, ids: list[int]) -> list[int]:
    # The same rule as training: BOS first when the tokenizer has one distinct from EOS.
    if tokenizer.bos_token_id is not None and tokenizer.bos_token_id != tokenizer.eos_token_id:
        return [tokenizer.bos_token_id, *ids]
    return ids


def generate_batched(model, tokenizer, prompts: Sequence[list[int]], *, batch_size: int, max_new_tokens: int, dtype: str, device: str, stop_text: str | None = None) -> list[str]:
    """Greedy continuations of every prompt, `batch_size` prompts per `generate` call."""
    import torch

    model.to(device)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
    outputs: list[str] = [""] * len(prompts)
    with torch.inference_mode(), torch.autocast(device, dtype=torch.bfloat16, enabled=dtype == "bfloat16"):
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(prompts[i]) for i in chunk)
            input_ids = torch.full((len(chunk), width), pad, dtype=torch.long)
            attention = torch.zeros((len(chunk), width), dtype=torch.long)
            for row, i in enumerate(chunk):  # left padding
                ids = prompts[i]
                input_ids[row, width - len(ids):] = torch.tensor(ids)
                attention[row, width - len(ids):] = 1
            generated = model.generate(
                input_ids=input_ids.to(device),
                attention_mask=attention.to(device),
                max_new_tokens=max_new_tokens,
                do_sample=False,
                num_beams=1,
                pad_token_id=pad,
                eos_token_id=tokenizer.eos_token_id,
            )
            for row, i in enumerate(chunk):
                outputs[i] = _clean(tokenizer.decode(generated[row, width:], skip_special_tokens=True), stop_text)
    return outputs


def generate_one_by_one(model, tokenizer, prompts: Sequence[list[int]], *, max_new_tokens: int, dtype: str, device: str, stop_text: str | None = None) -> list[str]:
    """The unbatched baseline: one `generate` call per prompt (what `bench/evaluate.py` compares with)."""
    import torch

    model.to(device)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    outputs = []
    with torch.inference_mode(), torch.autocast(device, dtype=torch.bfloat16, enabled=dtype == "bfloat16"):
        for ids in prompts:
            generated = model.generate(
                input_ids=torch.tensor([ids], device=device),
                attention_mask=torch.ones((1, len(ids)), dtype=torch.long, device=device),
                max_new_tokens=max_new_tokens,
                do_sample=False,
                num_beams=1,
                pad_token_id=pad,
                eos_token_id=tokenizer.eos_token_id,
            )
            outputs.append(_clean(tokenizer.decode(generated[0, len(ids):], skip_special_tokens=True), stop_text))
    return outputs


def _clean(text: str, stop_text: str | None) -> str:
    # A model prompted in the plain format may go on to write the next "### Usuário:" turn itself.
    if stop_text and stop_text in text:
        text = text[: text.index(stop_text)]
    return text.strip()


def supervised_nll(model, tokenized: Sequence, *, batch_size: int, dtype: str, device: str) -> tuple[np.ndarray, np.ndarray]:
    """(summed negative log-likelihood, number of target tokens) per example, teacher-forced, over
    the tokens marked `supervised` (`afinar.train.formatting.TokenizedExample`)."""
    import torch
    import torch.nn.functional as F

    from afinar.train.batching import collate_lm
    from afinar.train.lm_loss import language_model_parts

    model.to(device)
    body, head, softcap = language_model_parts(model)
    pad = 0
    nll = np.zeros(len(tokenized))
    counts = np.zeros(len(tokenized), dtype=np.int64)
    order = sorted(range(len(tokenized)), key=lambda i: len(tokenized[i]))
    with torch.inference_mode(), torch.autocast(device, dtype=torch.bfloat16, enabled=dtype == "bfloat16"):
        for start in range(0, len(order), batch_size):
            chunk = [i for i in order[start : start + batch_size] if tokenized[i].n_targets > 0]
            if not chunk:
                continue
            batch = collate_lm([tokenized[i] for i in chunk], pad, pack=False)
            hidden = body(input_ids=batch.input_ids.to(device), attention_mask=batch.attention_mask.to(device), use_cache=False).last_hidden_state
            rows = hidden.reshape(-1, hidden.shape[-1]).index_select(0, batch.target_rows.to(device))
            logits = head(rows).float()
            if softcap is not None:
                logits = torch.tanh(logits / softcap) * softcap
            losses = F.cross_entropy(logits, batch.targets.to(device), reduction="none").double().cpu().numpy()
            width = batch.input_ids.shape[1]
            owner = batch.target_rows.numpy() // width  # row of the batch each target belongs to
            for row, i in enumerate(chunk):
                mine = owner == row
                nll[i] = losses[mine].sum()
                counts[i] = int(mine.sum())
    return nll, counts


def perplexity(nll: np.ndarray, counts: np.ndarray) -> float | None:
    """exp(total NLL / total tokens): the corpus perplexity (None with no tokens)."""
    tokens = counts.sum()
    return float(math.exp(min(nll.sum() / tokens, 50.0))) if tokens else None


def text_tokens(tokenizer, texts: Sequence[str], max_len: int):
    """Plain texts as fully supervised sequences (BOS + text + EOS), as replay trains on them."""
    from afinar.data.example import SourceRef
    from afinar.train.formatting import tokenize_for_lm

    return [
        tokenize_for_lm(Example(kind="text", record_id=str(i), source=SourceRef("general", i), text=text), tokenizer, max_len, "plain")
        for i, text in enumerate(texts)
    ]
