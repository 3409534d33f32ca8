"""Take the dashboard screenshots shown in docs/web.md.

    .venv/bin/python docs/screenshots/take.py

Runs the browser test that visits every page (tests/web/test_browser.py) with
AFINAR_SCREENSHOT_DIR pointing here: the same real world as the tests (a dataset full of personal
data prepared by the data stage, a tiny LoRA run on minilm-l6 and its evaluation, three model
versions under review, drift checks), the real `afinar ui` server and Debian's Chromium.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def shrink(path: Path) -> None:
    """A page has few colours: a 256-colour palette keeps it sharp at a third of the size."""
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


if __name__ == "__main__":
    env = {**os.environ, "AFINAR_SCREENSHOT_DIR": str(HERE), "AFINAR_REQUIRE_BROWSER": "1", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "pytest", "-q", "tests/web/test_browser.py", "-k", "screenshots", "-p", "no:cacheprovider"]
    code = subprocess.run(command, cwd=REPO, env=env).returncode
    if code == 0:
        for png in sorted(HERE.glob("*.png")):
            shrink(png)
    sys.exit(code)
