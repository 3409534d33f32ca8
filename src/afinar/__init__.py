"""afinar: fine-tune open language models on domain data, safely, and govern them in production.

Nothing runs at import time and nothing heavy is imported here: `afinar --help` must stay fast.
"""

__version__ = "0.1.0"
