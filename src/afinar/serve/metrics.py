"""Prometheus metrics of one app, in its own registry (two apps in one process never collide).

Labels hold route templates, model version ids and status codes only: never request text,
user names or tokens.
"""

from __future__ import annotations


class ServeMetrics:
    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics

        disable_created_metrics()  # the `_created` series only double the output
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "afinar_requests", "HTTP requests answered, by route template and status code.", ["route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "afinar_request_seconds",
            "Time from request to the last byte of the answer, by route template.",
            ["route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
            registry=self.registry,
        )
        self.inferences = Counter(
            "afinar_inferences", "Items answered by a model version (texts classified, completions generated).", ["version", "endpoint"], registry=self.registry
        )
        self.batch_size = Histogram(
            "afinar_batch_size",
            "Items run together in one forward pass or generate call.",
            ["version"],
            buckets=(1, 2, 4, 8, 16, 32, 64, 128),
            registry=self.registry,
        )
        self.queue_depth = Gauge("afinar_queue_depth", "Items waiting for a batch, by model version.", ["version"], registry=self.registry)
        self.tokens = Counter(
            "afinar_tokens", "Tokens processed, by model version and kind (prompt or completion).", ["version", "kind"], registry=self.registry
        )
        self.rate_limited = Counter("afinar_rate_limited", "Requests refused by the per-token rate limit.", registry=self.registry)
        self.auth_failures = Counter("afinar_auth_failures", "Requests refused: 401 (no or bad token) or 403 (role).", ["status"], registry=self.registry)
        self.personal_data = Counter(
            "afinar_personal_data_redacted", "Personal data found and anonymised in request logs, by entity label.", ["label"], registry=self.registry
        )
        self.served = Gauge("afinar_served_version", "1 for each model version being served, by model name and status.", ["model", "version", "status"], registry=self.registry)
        self.model_loads = Counter("afinar_model_loads", "Model versions loaded into memory.", ["version"], registry=self.registry)
        self.log_queue = Gauge("afinar_request_log_queue", "Request log rows waiting to be anonymised and written.", registry=self.registry)

    def exposition(self) -> tuple[bytes, str]:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return generate_latest(self.registry), CONTENT_TYPE_LATEST
