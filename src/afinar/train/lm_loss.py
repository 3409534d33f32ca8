"""Causal-LM loss computed only where there is something to learn.

`model(input_ids, labels=...)` applies the LM head to every position, then throws most of the
logits away (prompt, system turn, padding). The head is large on small models with big
vocabularies: 28M of SmolLM2-135M's weights (49k × 576), 168M of Gemma-3-270M's (262k × 640),
and its (tokens × vocab) logits dominate activation memory. Here the transformer body runs once,
the supervised rows of its hidden states are gathered, and the head runs on those rows only.
"""

from __future__ import annotations


def language_model_parts(model):
    """(transformer body, LM head, final logit soft-cap or None) of a causal LM, PEFT-wrapped or not."""
    base = model
    if hasattr(base, "get_base_model"):  # peft.PeftModel
        base = base.get_base_model()
    if hasattr(base, "module") and not hasattr(base, "config"):  # DistributedDataParallel
        base = base.module
    body = getattr(base, base.base_model_prefix)
    head = base.get_output_embeddings()
    softcap = getattr(base.config, "final_logit_softcapping", None)
    return body, head, softcap


def supervised_lm_loss_sum(model, batch, *, body=None, head=None, softcap=None):
    """Sum (not mean) of the next-token cross-entropy over the batch's supervised positions, in fp32
    (padding rows of `target_rows` carry the ignored target -100).

    Callers divide by the number of supervised tokens of the whole optimizer step, so that a step
    split into micro-batches, or over ranks, gives the gradient of the per-token mean.
    """
    import torch
    import torch.nn.functional as F

    if body is None:
        body, head, softcap = language_model_parts(model)
    hidden = body(
        input_ids=batch.input_ids,
        attention_mask=batch.attention_mask,
        position_ids=batch.position_ids,
        use_cache=False,
    ).last_hidden_state  # (B, T, H)
    rows = hidden.reshape(-1, hidden.shape[-1]).index_select(0, batch.target_rows)  # (N, H)
    logits = head(rows).float()  # (N, V)
    if softcap is not None:
        logits = torch.tanh(logits / softcap) * softcap
    return F.cross_entropy(logits, batch.targets, reduction="sum", ignore_index=-100)


def full_lm_loss_sum(model, batch):
    """The same loss through the model's own forward (logits at every position): the reference the
    tests compare `supervised_lm_loss_sum` against."""
    import torch
    import torch.nn.functional as F

    logits = model(
        input_ids=batch.input_ids, attention_mask=batch.attention_mask, position_ids=batch.position_ids, use_cache=False
    ).logits.float()
    flat = logits.reshape(-1, logits.shape[-1]).index_select(0, batch.target_rows)
    return F.cross_entropy(flat, batch.targets, reduction="sum", ignore_index=-100) if len(batch.targets) else torch.zeros(())
