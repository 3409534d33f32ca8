"""Built-in detectors: every public module here registers its detectors on import.

Modules whose name starts with "_" hold shared helpers and register nothing.
"""
