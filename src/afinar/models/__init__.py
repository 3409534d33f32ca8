"""Base models: the offline catalog, pulling into the model cache, loading, hardware fit."""

from afinar.models.catalog import CATALOG, CatalogEntry
from afinar.models.loading import PulledModel, cached, load_base, pull

__all__ = ["CATALOG", "CatalogEntry", "PulledModel", "cached", "load_base", "pull"]
