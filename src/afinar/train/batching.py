"""Which examples go into which optimizer step, and how a micro-batch becomes tensors.

The order of an epoch is a pure function of (seed, epoch), so a resumed run only needs the epoch
and the step within it to continue exactly where it stopped.

Length grouping: the shuffled epoch is cut into chunks of `GROUP_STEPS` optimizer steps; inside
a chunk examples are sorted by length, so each micro-batch holds examples of similar length and
dynamic padding wastes little; the steps are then shuffled again so that the loss does not drift
with example length. Every step holds exactly `batch_size` examples (the last, smaller step of an
epoch is dropped, as `Trainer(dataloader_drop_last=True)` does) and each rank of a distributed run
takes every `world_size`-th micro-batch of it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

GROUP_STEPS = 16
# Tensor sizes are rounded up into few buckets (`bucket`): oneDNN builds a kernel for every new
# shape (about 10 ms per linear layer and pass in bf16 on AMX, seconds per shape for a whole
# model), so a dozen shapes run much faster than hundreds of exact lengths.
LENGTH_BUCKET = 16
TARGET_ROWS_BUCKET = 64
IGNORE = -100

Step = list[list[int]]  # micro-batches of example indices


def epoch_steps(lengths: Sequence[int], batch_size: int, micro_batch_size: int, seed: int, epoch: int, *, group_by_length: bool = True) -> list[Step]:
    """The optimizer steps of one epoch: each a list of micro-batches (lists of example indices)."""
    rng = random.Random(f"{seed}:{epoch}")
    order = list(range(len(lengths)))
    rng.shuffle(order)
    usable = len(order) - len(order) % batch_size
    order = order[:usable]
    steps: list[Step] = []
    chunk = batch_size * GROUP_STEPS
    for start in range(0, usable, chunk):
        block = order[start : start + chunk]
        if group_by_length:
            block.sort(key=lambda index: lengths[index], reverse=True)
        for step_start in range(0, len(block), batch_size):
            examples = block[step_start : step_start + batch_size]
            steps.append([examples[i : i + micro_batch_size] for i in range(0, batch_size, micro_batch_size)])
    if group_by_length:
        rng.shuffle(steps)
    return steps


def steps_per_epoch(n_examples: int, batch_size: int) -> int:
    return n_examples // batch_size


@dataclass
class LmBatch:
    """A causal-LM micro-batch. `target_rows` index the flattened (B*T) hidden states whose next
    token is supervised; `targets` are those next tokens."""

    input_ids: object  # (B, T) long
    attention_mask: object | None  # (B, T) long, None when packed
    position_ids: object | None  # (1, T) long when packed
    target_rows: object  # (N,) long
    targets: object  # (N,) long
    tokens: int  # real (non-padding) tokens


def bucket(n: int, base: int) -> int:
    """`n` rounded up to a multiple of `base`, doubled while n > 8·step: at most 1/8 padding and
    about 8 sizes per doubling of n."""
    step = base
    while n > step * 8:
        step *= 2
    return -(-n // step) * step


def _padded_targets(rows: list[int], targets: list[int]):
    """Target rows and ids padded with ignored entries to a bucketed count."""
    import torch

    extra = bucket(max(1, len(rows)), TARGET_ROWS_BUCKET) - len(rows)
    return torch.tensor(rows + [0] * extra, dtype=torch.long), torch.tensor(targets + [IGNORE] * extra, dtype=torch.long)


def collate_lm(examples: Sequence, pad_id: int, *, pack: bool) -> LmBatch:
    """Pad to the longest example, or pack every example into one row with restarting positions
    (transformers then builds a block-diagonal attention mask: no attention across examples)."""
    import torch

    if pack:
        ids, positions, rows, targets = [], [], [], []
        offset = 0
        for example in examples:
            n = len(example.input_ids)
            ids.extend(example.input_ids)
            positions.extend(range(n))
            for t in range(1, n):
                if example.supervised[t]:
                    rows.append(offset + t - 1)
                    targets.append(example.input_ids[t])
            offset += n
        padding = bucket(offset, LENGTH_BUCKET) - offset
        ids.extend([pad_id] * padding)
        positions.extend(range(padding))  # a separate, untargeted "sequence" of padding
        target_rows, target_ids = _padded_targets(rows, targets)
        return LmBatch(
            input_ids=torch.tensor([ids]),
            attention_mask=None,
            position_ids=torch.tensor([positions]),
            target_rows=target_rows,
            targets=target_ids,
            tokens=offset,
        )
    width = bucket(max(len(example.input_ids) for example in examples), LENGTH_BUCKET)
    input_ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(examples), width), dtype=torch.long)
    rows, targets = [], []
    for b, example in enumerate(examples):
        n = len(example.input_ids)
        input_ids[b, :n] = torch.tensor(example.input_ids)
        attention_mask[b, :n] = 1
        for t in range(1, n):
            if example.supervised[t]:
                rows.append(b * width + t - 1)
                targets.append(example.input_ids[t])
    target_rows, target_ids = _padded_targets(rows, targets)
    return LmBatch(
        input_ids=input_ids,
        attention_mask=attention_mask,
        position_ids=None,
        target_rows=target_rows,
        targets=target_ids,
        tokens=int(attention_mask.sum()),
    )


@dataclass
class ClassBatch:
    input_ids: object
    attention_mask: object
    labels: object  # (B,) long, or (B, C) float for multi-label
    tokens: int


def collate_classification(token_ids: Sequence[Sequence[int]], labels: Sequence, pad_id: int, *, multi_label: bool) -> ClassBatch:
    import torch

    width = bucket(max(len(ids) for ids in token_ids), LENGTH_BUCKET)
    input_ids = torch.full((len(token_ids), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(token_ids), width), dtype=torch.long)
    for b, ids in enumerate(token_ids):
        input_ids[b, : len(ids)] = torch.tensor(ids)
        attention_mask[b, : len(ids)] = 1
    label_tensor = torch.tensor(labels, dtype=torch.float32 if multi_label else torch.long)
    return ClassBatch(input_ids, attention_mask, label_tensor, int(attention_mask.sum()))
