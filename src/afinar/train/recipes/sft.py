"""Recipe `sft`: supervised fine-tuning of a causal LM on chat, instruction, completion or text data.

Read top to bottom: tokenize (assistant/completion tokens are the only targets), mix in replay
text, plan for the hardware, pick the trainable weights, then train with the loss computed only
at supervised positions (`lm_loss`), validating and checkpointing as it goes.
"""

from __future__ import annotations

import math

import torch

from afinar.errors import DataError
from afinar.train.batching import collate_lm, epoch_steps
from afinar.train.formatting import resolve_chat_format, tokenize_for_lm
from afinar.train.job import RecipeResult, TrainJob
from afinar.train.lm_loss import language_model_parts, supervised_lm_loss_sum
from afinar.train.loop import LoopSetup, run_training_loop, to_device
from afinar.train.replay import load_replay_texts, replay_examples


class SupervisedLmObjective(torch.nn.Module):
    """forward(batch) → summed next-token loss over the batch's supervised positions."""

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model
        self.parts = language_model_parts(model)

    def forward(self, batch):
        body, head, softcap = self.parts
        return supervised_lm_loss_sum(self.model, batch, body=body, head=head, softcap=softcap)


def sft(job: TrainJob) -> RecipeResult:
    spec = job.train_spec
    model, tokenizer = job.load_model(head="causal-lm")
    chat_format = resolve_chat_format(tokenizer, spec.chat_format)
    job.say(f"prompt format: {'the tokenizer chat template' if chat_format == 'template' else 'plain ### Usuário:/### Assistente: (no chat template)'}")

    # 1. Data: task examples plus replay text, tokenized once; examples without targets are dropped.
    task_examples = job.examples["train"]
    replay = replay_examples(
        load_replay_texts(spec.replay.corpus, job.loaded.resolve), len(task_examples), spec.replay.ratio, spec.seed, spec.replay.corpus
    )
    train_set = [tokenize_for_lm(e, tokenizer, spec.max_seq_len, chat_format) for e in task_examples + replay]
    train_set = [t for t in train_set if t.n_targets > 0]
    val_set = [tokenize_for_lm(e, tokenizer, spec.max_seq_len, chat_format) for e in job.examples.get("validation", [])]
    val_set = [t for t in val_set if t.n_targets > 0][: spec.eval_max_examples]
    job.say(
        f"data: {len(task_examples)} training examples + {len(replay)} replay ({spec.replay.corpus}, ratio {spec.replay.ratio}), "
        f"{sum(len(t) for t in train_set):,} tokens of which {sum(t.n_targets for t in train_set):,} are targets; "
        f"{len(val_set)} validation examples"
    )

    # 2. Hardware plan and step count.
    plan = job.make_plan("sft")
    if len(train_set) < plan.batch_size:
        raise DataError(f"only {len(train_set)} usable training examples, fewer than one batch ({plan.batch_size})")
    steps_per_epoch = len(train_set) // plan.batch_size
    total_steps = math.ceil(spec.epochs * steps_per_epoch)
    if spec.max_steps is not None:
        total_steps = min(total_steps, spec.max_steps)

    # 3. Trainable weights; the objective runs body → supervised rows → LM head.
    model = job.choose_trainable(model, "sft")
    job.prepare_for_speed(model)
    objective = SupervisedLmObjective(model)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    lengths = [len(t) for t in train_set]
    autocast = torch.autocast(plan.device, dtype=torch.bfloat16, enabled=plan.dtype == "bfloat16")

    @torch.no_grad()
    def evaluate() -> dict[str, float]:
        total, targets = 0.0, 0
        order = sorted(range(len(val_set)), key=lambda i: len(val_set[i]))
        for start in range(0, len(order), plan.micro_batch_size):
            batch = to_device(collate_lm([val_set[i] for i in order[start : start + plan.micro_batch_size]], pad_id, pack=False), plan.device)
            with autocast:
                total += float(objective(batch))
            targets += int((batch.targets != -100).sum())
        loss = total / targets
        return {"loss": loss, "perplexity": math.exp(min(loss, 50.0))}

    # 4. Train.
    state = run_training_loop(
        LoopSetup(
            objective=job.distribute(objective),
            model=model,
            steps_of_epoch=lambda epoch: epoch_steps(lengths, plan.batch_size, plan.micro_batch_size, spec.seed, epoch),
            make_batch=lambda indices: collate_lm([train_set[i] for i in indices], pad_id, pack=spec.packing),
            targets_in=lambda indices: sum(train_set[i].n_targets for i in indices),
            evaluate=evaluate if val_set else None,
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
    return job.save(model, tokenizer, state, {"chat_format": chat_format, "replay_examples": len(replay), "tokens_seen": state.tokens_seen})
