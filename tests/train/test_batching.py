"""Step plans, collation, and the supervised-only LM loss against the model's own forward."""

from __future__ import annotations

import pytest

from afinar.train.batching import bucket, collate_lm, epoch_steps
from afinar.train.formatting import TokenizedExample


def test_epoch_steps_are_deterministic_complete_and_length_grouped():
    lengths = [(i * 37) % 101 + 5 for i in range(100)]
    steps = epoch_steps(lengths, batch_size=8, micro_batch_size=4, seed=3, epoch=0)
    assert steps == epoch_steps(lengths, batch_size=8, micro_batch_size=4, seed=3, epoch=0)
    assert steps != epoch_steps(lengths, batch_size=8, micro_batch_size=4, seed=3, epoch=1)
    assert len(steps) == 12 and all(len(step) == 2 and all(len(m) == 4 for m in step) for step in steps)
    used = [i for step in steps for micro in step for i in micro]
    assert len(used) == len(set(used)) == 96
    # Inside a micro-batch lengths are close: padding is a small share of the tokens.
    padded = sum(max(lengths[i] for i in m) * len(m) for step in steps for m in step)
    assert sum(lengths[i] for i in used) / padded > 0.9
    ungrouped = epoch_steps(lengths, 8, 4, 3, 0, group_by_length=False)
    padded_random = sum(max(lengths[i] for i in m) * len(m) for step in ungrouped for m in step)
    assert padded < 0.8 * padded_random


def test_bucket_sizes():
    assert [bucket(n, 16) for n in (1, 16, 17, 128, 129, 300, 512)] == [16, 16, 32, 128, 160, 320, 512]


@pytest.fixture(scope="module")
def smollm2(model_workspace):
    from afinar.models import load_base

    model, tokenizer = load_base("smollm2-135m-instruct", model_workspace, head="causal-lm", log=lambda _m: None)
    return model.eval(), tokenizer


def test_supervised_loss_equals_full_logits_loss_padded_and_packed(smollm2):
    import torch

    from afinar.train.lm_loss import full_lm_loss_sum, supervised_lm_loss_sum

    model, tokenizer = smollm2
    examples = [
        TokenizedExample([1, 50, 60, 70, 80, 90], [False, False, True, True, False, True]),
        TokenizedExample([1, 51, 61, 71], [False, True, True, True]),
        TokenizedExample([1, 52, 62, 72, 82, 92, 102, 112, 122], [False] * 5 + [True] * 4),
    ]
    with torch.no_grad():
        padded = collate_lm(examples, tokenizer.pad_token_id, pack=False)
        packed = collate_lm(examples, tokenizer.pad_token_id, pack=True)
        assert int((padded.targets != -100).sum()) == sum(e.n_targets for e in examples) == 10
        reference = full_lm_loss_sum(model, padded)
        assert torch.allclose(supervised_lm_loss_sum(model, padded), reference, rtol=1e-4)
        # Packed examples attend only to themselves (position ids restart): same loss.
        assert torch.allclose(supervised_lm_loss_sum(model, packed), reference, rtol=1e-3)
        # One example alone gives its own share of the same total.
        alone = [supervised_lm_loss_sum(model, collate_lm([e], tokenizer.pad_token_id, pack=False)) for e in examples]
        assert torch.allclose(sum(alone), reference, rtol=1e-3)
