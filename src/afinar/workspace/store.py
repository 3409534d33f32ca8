"""Content-addressed artifact store: every file or folder is kept under its sha256.

Layout: `<workspace>/artifacts/<first two hex digits>/<sha256>` (a file, or a folder for
folder artifacts). A folder's hash is the sha256 of its manifest: one line per file,
`relative/path<TAB>sha256<LF>`, sorted. Storing the same content twice is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy.exc
from sqlalchemy import select

from afinar.errors import IntegrityError, NotFoundError
from afinar.workspace.schema import ArtifactRow

if TYPE_CHECKING:
    from afinar.workspace import Workspace

CHUNK = 1 << 20


@dataclass(frozen=True)
class Artifact:
    sha256: str
    kind: str
    size: int
    is_dir: bool
    path: Path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def sha256_dir(path: Path) -> tuple[str, int]:
    """(manifest hash, total bytes) of every regular file under `path`."""
    lines, total = [], 0
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = file.relative_to(path).as_posix()
        lines.append(f"{rel}\t{sha256_file(file)}\n")
        total += file.stat().st_size
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest(), total


class ArtifactStore:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.root = workspace.root / "artifacts"
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_bytes(self, data: bytes, kind: str, meta: dict | None = None) -> Artifact:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            self._install_file(lambda handle: handle.write(data), target)
        return self._record(digest, kind, len(data), False, meta)

    def put_file(self, source: Path, kind: str, meta: dict | None = None) -> Artifact:
        """Copy `source` into the store (hashing while copying); returns its artifact."""
        digest = hashlib.sha256()
        staging_dir = self.root / ".staging"
        staging_dir.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=staging_dir)
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while block := src.read(CHUNK):
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            target = self.path(digest.hexdigest())
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp)
            else:
                os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return self._record(digest.hexdigest(), kind, Path(source).stat().st_size, False, meta)

    def put_dir(self, source: Path, kind: str, meta: dict | None = None) -> Artifact:
        """Copy a folder into the store under its manifest hash."""
        digest, size = sha256_dir(source)
        target = self.path(digest)
        if not target.exists():
            staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.root))
            try:
                shutil.copytree(source, staging / "content")
                target.parent.mkdir(exist_ok=True)
                try:
                    os.rename(staging / "content", target)
                except OSError:
                    if not target.exists():
                        raise
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        return self._record(digest, kind, size, True, meta)

    def get(self, sha256: str) -> Artifact:
        with self.workspace.session() as session:
            row = session.get(ArtifactRow, sha256)
        if row is None or not self.path(sha256).exists():
            raise NotFoundError(f"artifact {sha256[:12]} is not in the workspace store")
        return Artifact(row.sha256, row.kind, row.size, bool(row.is_dir), self.path(sha256))

    def list(self, kind: str | None = None) -> list[Artifact]:
        query = select(ArtifactRow).order_by(ArtifactRow.created_at)
        if kind:
            query = query.where(ArtifactRow.kind == kind)
        with self.workspace.session() as session:
            rows = session.scalars(query).all()
        return [Artifact(r.sha256, r.kind, r.size, bool(r.is_dir), self.path(r.sha256)) for r in rows]

    def verify(self, sha256: str) -> None:
        """Re-hash a stored artifact; raise IntegrityError if its content changed."""
        artifact = self.get(sha256)
        actual = sha256_dir(artifact.path)[0] if artifact.is_dir else sha256_file(artifact.path)
        if actual != sha256:
            raise IntegrityError(f"artifact {sha256[:12]} was modified on disk (now hashes to {actual[:12]})")

    def _install_file(self, write, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def _record(self, sha256: str, kind: str, size: int, is_dir: bool, meta: dict | None) -> Artifact:
        try:
            self._insert_row(sha256, kind, size, is_dir, meta)
        except sqlalchemy.exc.IntegrityError:
            pass  # another process recorded the same content first: nothing to do
        return Artifact(sha256, kind, size, is_dir, self.path(sha256))

    def _insert_row(self, sha256: str, kind: str, size: int, is_dir: bool, meta: dict | None) -> None:
        with self.workspace.write_session() as session:
            if session.get(ArtifactRow, sha256) is None:
                session.add(
                    ArtifactRow(
                        sha256=sha256,
                        kind=kind,
                        is_dir=int(is_dir),
                        size=size,
                        created_at=datetime.now(UTC),
                        meta=json.dumps(meta or {}, sort_keys=True, ensure_ascii=False),
                    )
                )
