"""Recipe `classify`: sequence classification, multi-class (softmax) or multi-label (sigmoid).

Read top to bottom: build the label vocabulary, tokenize, plan for the hardware, pick the
trainable weights (LoRA keeps the head and BERT's untrained pooler fully trainable), then train
on length-grouped batches, validating with loss, accuracy and F1.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F

from afinar.errors import DataError
from afinar.train.batching import collate_classification, epoch_steps
from afinar.train.examples import label_vocabulary
from afinar.train.job import RecipeResult, TrainJob
from afinar.train.loop import LoopSetup, run_training_loop, to_device


class ClassificationObjective(torch.nn.Module):
    """forward(batch) → summed loss: cross-entropy per example, or BCE per (example, label)."""

    def __init__(self, model, multi_label: bool) -> None:
        super().__init__()
        self.model = model
        self.multi_label = multi_label

    def logits(self, batch):
        return self.model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits.float()

    def loss_from_logits(self, logits, labels):
        if self.multi_label:
            return F.binary_cross_entropy_with_logits(logits, labels, reduction="sum")
        return F.cross_entropy(logits, labels, reduction="sum")

    def forward(self, batch):
        return self.loss_from_logits(self.logits(batch), batch.labels)


def classify(job: TrainJob) -> RecipeResult:
    spec = job.train_spec
    labels, multi_label = label_vocabulary(job.examples["train"])
    if job.parent is not None:
        parent_labels = _parent_labels(job)
        if parent_labels != labels:
            raise DataError(f"the labels differ from those of run {job.parent.id}: an incremental run must keep the label set", hint=f"parent labels: {parent_labels}")
    index = {label: i for i, label in enumerate(labels)}
    model, tokenizer = job.load_model(head="classification", num_labels=len(labels))
    model.config.id2label = dict(enumerate(labels))
    model.config.label2id = index
    model.config.problem_type = "multi_label_classification" if multi_label else "single_label_classification"
    job.say(f"labels: {len(labels)} ({'multi-label' if multi_label else 'multi-class'})")

    # 1. Data: token ids (cut at max_seq_len) and label targets.
    def encode(examples):
        ids = tokenizer([e.text or "" for e in examples], truncation=True, max_length=spec.max_seq_len)["input_ids"]
        if multi_label:
            targets = [[1.0 if label in e.labels else 0.0 for label in labels] for e in examples]
        else:
            unknown = [e for e in examples if e.labels[0] not in index]
            if unknown:
                raise DataError(f"{unknown[0].source}: label not seen in the training split ({len(unknown)} such validation examples)")
            targets = [index[e.labels[0]] for e in examples]
        return ids, targets

    train_ids, train_targets = encode(job.examples["train"])
    val_examples = [e for e in job.examples.get("validation", []) if multi_label or e.labels[0] in index][: spec.eval_max_examples]
    val_ids, val_targets = encode(val_examples) if val_examples else ([], [])
    job.say(f"data: {len(train_ids)} training examples ({sum(map(len, train_ids)):,} tokens), {len(val_ids)} validation examples")

    # 2. Hardware plan and step count.
    plan = job.make_plan("classification")
    if len(train_ids) < plan.batch_size:
        raise DataError(f"only {len(train_ids)} training examples, fewer than one batch ({plan.batch_size})")
    steps_per_epoch = len(train_ids) // plan.batch_size
    total_steps = math.ceil(spec.epochs * steps_per_epoch)
    if spec.max_steps is not None:
        total_steps = min(total_steps, spec.max_steps)

    # 3. Trainable weights and objective.
    model = job.choose_trainable(model, "classification")
    job.prepare_for_speed(model)
    objective = ClassificationObjective(model, multi_label)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    units = len(labels) if multi_label else 1  # loss terms per example
    autocast = torch.autocast(plan.device, dtype=torch.bfloat16, enabled=plan.dtype == "bfloat16")

    def make_batch(indices):
        return collate_classification([train_ids[i] for i in indices], [train_targets[i] for i in indices], pad_id, multi_label=multi_label)

    @torch.no_grad()
    def evaluate() -> dict[str, float]:
        order = sorted(range(len(val_ids)), key=lambda i: len(val_ids[i]))
        total, predictions, truth = 0.0, [], []
        for start in range(0, len(order), plan.micro_batch_size * 2):
            chunk = order[start : start + plan.micro_batch_size * 2]
            batch = to_device(collate_classification([val_ids[i] for i in chunk], [val_targets[i] for i in chunk], pad_id, multi_label=multi_label), plan.device)
            with autocast:
                logits = objective.logits(batch)
            total += float(objective.loss_from_logits(logits, batch.labels))
            predictions.append(((logits > 0).long() if multi_label else logits.argmax(-1)).cpu())
            truth.append(batch.labels.long().cpu())
        return {"loss": total / (len(val_ids) * units), **classification_scores(torch.cat(predictions), torch.cat(truth), multi_label)}

    # 4. Train.
    state = run_training_loop(
        LoopSetup(
            objective=job.distribute(objective),
            model=model,
            steps_of_epoch=lambda epoch: epoch_steps([len(ids) for ids in train_ids], plan.batch_size, plan.micro_batch_size, spec.seed, epoch),
            make_batch=make_batch,
            targets_in=lambda indices: len(indices) * units,
            evaluate=evaluate if val_ids else None,
            total_steps=total_steps,
            steps_per_epoch=steps_per_epoch,
            plan=plan,
            train_spec=spec,
            checkpoint_dir=job.checkpoint_dir,
            sink=job.sink,
            rank=job.rank,
            world_size=job.world_size,
            show_progress=job.show_progress,
            log=job.say,
        ),
        resume=job.resume,
    )
    return job.save(model, tokenizer, state, {"labels": labels, "multi_label": multi_label, "tokens_seen": state.tokens_seen})


def classification_scores(predicted, truth, multi_label: bool) -> dict[str, float]:
    """Accuracy and macro-F1 (multi-class), or exact-match accuracy and micro-F1 (multi-label)."""
    from sklearn.metrics import accuracy_score, f1_score

    p, t = predicted.numpy(), truth.numpy()
    if multi_label:
        return {"accuracy": float((p == t).all(axis=1).mean()), "micro_f1": float(f1_score(t, p, average="micro", zero_division=0))}
    return {"accuracy": float(accuracy_score(t, p)), "macro_f1": float(f1_score(t, p, average="macro", zero_division=0))}


def _parent_labels(job: TrainJob) -> list[str] | None:
    import json

    record = job.parent.output_path(job.workspace) / "afinar-run.json"
    return json.loads(record.read_text(encoding="utf-8")).get("labels") if record.exists() else None
