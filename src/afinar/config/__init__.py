"""The project spec `afinar.yaml`: pydantic models, loading and error messages."""

from afinar.config.loading import SPEC_FILENAME, LoadedSpec, load_spec
from afinar.config.spec import Spec

__all__ = ["SPEC_FILENAME", "LoadedSpec", "Spec", "load_spec"]
