"""Recipe: evaluate a tuned causal LM (sft), read top to bottom.

    prompts of the test split, rendered as in training ─> batched greedy generations
    ─> exact match, token F1, ROUGE-L, chrF; perplexity of the references (teacher-forced)
    base model prompted the same way ─> same metrics; paired bootstrap of tuned − base
    per-group metrics (fairlearn) ─> forgetting: perplexity on held-out general Portuguese
    memorisation: generations from test and training prompts scanned for personal data
    extra test sets: the same, tuned vs base
"""

from __future__ import annotations

import random
from typing import Any

from afinar.evaluate.bootstrap import mean_of, paired_bootstrap
from afinar.evaluate.fairness import group_metrics
from afinar.evaluate.forgetting import general_texts, perplexity_change
from afinar.evaluate.generation import (
    generate_batched,
    perplexity,
    prompt_case,
    supervised_nll,
    text_tokens,
)
from afinar.evaluate.job import EvalJob
from afinar.evaluate.memorisation import Generation, find_memorised
from afinar.evaluate.models import LoadedModel, load_base_model
from afinar.evaluate.text_metrics import chrf_from_statistics, chrf_statistics, generation_report, sentence_scores

PRIMARY = "chrf"
PLAIN_STOP = "\n### "  # the next turn's header in the plain prompt format


def evaluate_generator(job: EvalJob) -> dict[str, Any]:
    settings = job.settings
    chat_format = job.tuned.record.get("chat_format", "plain")
    sets = [job.test, *job.extra]

    # 1. Prompts as in training; items without an answer to compare (plain text) are left out.
    cases = {}
    for s in sets:
        built = [(e, prompt_case(e, job.tuned.tokenizer, chat_format, job.max_len)) for e in s.examples]
        cases[s.name] = [(e, c) for e, c in built if c is not None]
        if not cases[s.name]:
            from afinar.errors import DataError

            raise DataError(f"test set {s.name!r} has no chat or completion example to generate an answer for")

    # 2. The tuned model, then the base model prompted the same way.
    tuned = _model_outputs(job, job.tuned, cases, chat_format, "tuned")
    base = None
    base_model = None
    if settings.compare_with_base or settings.forgetting:
        base_model = load_base_model(job.run.base_model, job.workspace, head="causal-lm", log=job.log)
    if settings.compare_with_base:
        base = _model_outputs(job, base_model, cases, chat_format, "base")

    # 3. Metrics side by side, bootstrap, groups.
    results = {s.name: _score_set(job, s, cases[s.name], tuned[s.name], base[s.name] if base else None) for s in sets}

    # 4. Forgetting: perplexity of held-out general Portuguese, before and after.
    forgetting = None
    if settings.forgetting:
        texts = general_texts()[: settings.forgetting_texts]
        job.log(f"forgetting: perplexity of {len(texts)} held-out general texts, base and tuned")
        before = perplexity(*_text_nll(job, base_model, texts))
        after = perplexity(*_text_nll(job, job.tuned, texts))
        forgetting = {**perplexity_change(before, after), "texts": len(texts)}

    # 5. Memorisation: personal data written out that only the training data can have taught.
    memorisation = {"applicable": True, "skipped": "evaluate.memorisation is false"} if not settings.memorisation else _memorisation(job, cases, tuned, chat_format)

    return {
        "primary_metric": PRIMARY,
        "chat_format": chat_format,
        "test": results[job.test.name],
        "extra_test_sets": [results[s.name] for s in job.extra],
        "forgetting": forgetting,
        "memorisation": memorisation,
    }


def _model_outputs(job: EvalJob, loaded: LoadedModel, cases, chat_format: str, which: str) -> dict[str, dict[str, Any]]:
    """Generations and per-example reference NLL of one model on every test set."""
    from afinar.train.formatting import tokenize_for_lm

    settings = job.settings
    out = {}
    for name, items in cases.items():
        job.log(f"{which} model: generating {len(items)} answers ({name}, batches of {settings.batch_size}, ≤{settings.max_new_tokens} new tokens)")
        generations = generate_batched(
            loaded.model, loaded.tokenizer, [c.prompt_ids for _, c in items], batch_size=settings.batch_size,
            max_new_tokens=settings.max_new_tokens, dtype=job.dtype, device=job.device, stop_text=PLAIN_STOP if chat_format == "plain" else None,
        )
        tokenized = [tokenize_for_lm(e, loaded.tokenizer, job.max_len, chat_format) for e, _ in items]
        nll, counts = supervised_nll(loaded.model, tokenized, batch_size=settings.batch_size, dtype=job.dtype, device=job.device)
        out[name] = {"generations": generations, "nll": nll, "tokens": counts}
    return out


def _text_nll(job: EvalJob, loaded: LoadedModel, texts: list[str]):
    return supervised_nll(loaded.model, text_tokens(loaded.tokenizer, texts, job.max_len), batch_size=job.settings.batch_size, dtype=job.dtype, device=job.device)


def _report(generations, references, nll, tokens) -> dict[str, Any]:
    return {**generation_report(generations, references), "perplexity": perplexity(nll, tokens), "reference_tokens": int(tokens.sum())}


def _score_set(job: EvalJob, test_set, items, tuned: dict[str, Any], base: dict[str, Any] | None) -> dict[str, Any]:
    settings = job.settings
    references = [c.reference for _, c in items]
    out: dict[str, Any] = {
        "name": test_set.name,
        "source": test_set.source,
        "examples": len(items),
        "without_reference": len(test_set.examples) - len(items),
        "skipped_records": test_set.skipped,
        "tuned": _report(tuned["generations"], references, tuned["nll"], tuned["tokens"]),
    }
    tuned_stats = chrf_statistics(tuned["generations"], references)
    tuned_scores = sentence_scores(tuned["generations"], references)
    if base is not None:
        out["base"] = _report(base["generations"], references, base["nll"], base["tokens"])
        base_stats = chrf_statistics(base["generations"], references)
        base_scores = sentence_scores(base["generations"], references)
        options = dict(resamples=settings.bootstrap_resamples, confidence=settings.confidence, seed=settings.seed)
        n = len(items)
        out["comparisons"] = {
            "chrf": paired_bootstrap(
                "chrf", n, lambda d: chrf_from_statistics(tuned_stats[d].sum(0)), lambda d: chrf_from_statistics(base_stats[d].sum(0)), **options
            ).to_json(),
            **{
                name: paired_bootstrap(name, n, mean_of(tuned_scores[name]), mean_of(base_scores[name]), **options).to_json()
                for name in ("rouge_l", "token_f1", "exact_match")
            },
        }
    if test_set.name == "test" and job.group_fields:
        groups = [e.groups for e, _ in items]

        def functions(stats, scores, nll, tokens):
            return {
                "chrf": lambda idx: chrf_from_statistics(stats[idx].sum(0)),
                "rouge_l": lambda idx: float(scores["rouge_l"][idx].mean()),
                "token_f1": lambda idx: float(scores["token_f1"][idx].mean()),
                "perplexity": lambda idx: perplexity(nll[idx], tokens[idx]),
            }

        out["fairness"] = group_metrics(groups, job.group_fields, functions(tuned_stats, tuned_scores, tuned["nll"], tuned["tokens"]), PRIMARY, min_group_size=settings.min_group_size)
        if base is not None:
            out["fairness_base"] = group_metrics(groups, job.group_fields, functions(base_stats, base_scores, base["nll"], base["tokens"]), PRIMARY, min_group_size=settings.min_group_size)
    return out


def _memorisation(job: EvalJob, cases, tuned, chat_format: str) -> dict[str, Any]:
    settings = job.settings
    candidates = [e for e in job.train_examples if e.kind in ("chat", "completion")]
    chosen = random.Random(f"memorisation:{settings.seed}").sample(candidates, min(settings.memorisation_prompts, len(candidates)))
    train_cases = [c for c in (prompt_case(e, job.tuned.tokenizer, chat_format, job.max_len) for e in chosen) if c is not None]
    job.log(f"memorisation: generating from {len(train_cases)} training prompts, scanning every generation for personal data")
    train_generations = generate_batched(
        job.tuned.model, job.tuned.tokenizer, [c.prompt_ids for c in train_cases], batch_size=settings.batch_size,
        max_new_tokens=settings.max_new_tokens, dtype=job.dtype, device=job.device, stop_text=PLAIN_STOP if chat_format == "plain" else None,
    )
    generations = [Generation(text, c.prompt_text, "test_prompts") for (_, c), text in zip(cases[job.test.name], tuned[job.test.name]["generations"], strict=True)]
    generations += [Generation(text, c.prompt_text, "training_prompts") for c, text in zip(train_cases, train_generations, strict=True)]
    training_texts = (text for e in job.train_examples for text in e.texts())
    return {"applicable": True, **find_memorised(generations, training_texts), "canary": "not run (see docs/evaluation.md)"}


