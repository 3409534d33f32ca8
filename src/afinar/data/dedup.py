"""Exact and near-duplicate detection over compact per-record keys.

- `normalize_for_dedup`: case, accents, punctuation and spacing are ignored ("Não!" == "nao").
- `exact_hash`: 64-bit hash of the normalised text; exact duplicates share it.
- `MinHasher`: MinHash signatures of character shingles, computed for a batch of texts at once
  with numpy (multiply-add-shift hashing, 2-universal), so 1M short records take seconds, not
  the minutes of a per-record loop.
- `lsh_params`, `band_hashes`, `candidate_pairs`, `near_duplicate_clusters`: LSH banding
  (the same parameter choice as datasketch's `MinHashLSH`), then every candidate pair is
  verified by the signatures' estimated Jaccard similarity, then clusters by union-find.
Everything is a function of arrays; nothing reads or writes files.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable

import numpy as np

MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
GOLDEN = np.uint64(0x9E3779B97F4A7C15)
MIX1 = np.uint64(0xBF58476D1CE4E5B9)
MIX2 = np.uint64(0x94D049BB133111EB)
POLY = np.uint64(0x100000001B3)  # FNV prime: the base of the rolling shingle hash
MAX_SHINGLES_PER_CHUNK = 16_384  # bounds the (num_perm × shingles) matrix to ~16 MB
STAR_LIMIT = 64  # buckets up to this size are verified pair by pair, larger ones against their first member

def normalize_for_dedup(text: str) -> str:
    """Lower-case, accents removed, every run of non-alphanumerics collapsed to one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out, space = [], False
    for char in decomposed:
        if char.isalnum():
            out.append(char)
            space = False
        elif unicodedata.combining(char):
            continue
        elif not space:
            out.append(" ")
            space = True
    return "".join(out).strip()

def exact_hash(normalised: str) -> int:
    """A signed 64-bit hash of a normalised text (stable across processes, unlike `hash`)."""
    return int.from_bytes(hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).digest(), "little", signed=True)

def _mix64(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of uint64 values (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint64(30))
        values = values * MIX1
        values = values ^ (values >> np.uint64(27))
        values = values * MIX2
        return values ^ (values >> np.uint64(31))

class MinHasher:
    """MinHash signatures (uint32, `num_perm` per text) of character `shingle_size`-grams."""

    def __init__(self, num_perm: int = 128, shingle_size: int = 5, seed: int = 1) -> None:
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        rng = np.random.Generator(np.random.PCG64(seed))
        self._a = (rng.integers(0, 2**63, num_perm, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)  # odd multipliers
        self._b = rng.integers(0, 2**63, num_perm, dtype=np.uint64) << np.uint64(1)

    def shingle_hashes(self, normalised_texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(32-bit hashes of every text's character shingles, index of each text's first shingle).

        All texts are hashed in one pass over their concatenation; texts shorter than a
        shingle are padded with NULs so that each has exactly one shingle.
        """
        k = self.shingle_size
        padded = [text if len(text) >= k else text.ljust(k, "\0") for text in normalised_texts]
        lengths = np.fromiter((len(text) for text in padded), dtype=np.int64, count=len(padded))
        codes = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        count = len(codes) - k + 1
        rolling = np.zeros(count, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for offset in range(k):
                rolling = rolling * POLY + codes[offset : offset + count]
        text_starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        shingles_per_text = lengths - k + 1
        # Window starts that stay inside their own text.
        first_shingle = np.concatenate([[0], np.cumsum(shingles_per_text)[:-1]])
        within = np.arange(int(shingles_per_text.sum())) - np.repeat(first_shingle, shingles_per_text)
        windows = np.repeat(text_starts, shingles_per_text) + within
        return _mix64(rolling[windows]) >> np.uint64(32), first_shingle

    def signatures(self, normalised_texts: list[str]) -> np.ndarray:
        """(len(texts), num_perm) uint32 signatures; identical texts get identical signatures."""
        out = np.empty((len(normalised_texts), self.num_perm), dtype=np.uint32)
        start = 0
        while start < len(normalised_texts):
            end, characters = start, 0
            while end < len(normalised_texts) and (characters < MAX_SHINGLES_PER_CHUNK or end == start):
                characters += max(len(normalised_texts[end]), self.shingle_size)
                end += 1
            values, offsets = self.shingle_hashes(normalised_texts[start:end])
            permuted = np.empty((self.num_perm, len(values)), dtype=np.uint64)  # (num_perm, shingles)
            # h(x) = ((a·x + b) mod 2^64) >> 32, in place: the temporaries would double the time.
            np.multiply(self._a[:, None], values[None, :], out=permuted)
            permuted += self._b[:, None]
            permuted >>= np.uint64(32)
            out[start:end] = np.minimum.reduceat(permuted, offsets, axis=1).T
            start = end
        return out


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) minimising equally weighted false-positive and false-negative areas,
    as datasketch's `MinHashLSH` chooses them, so the two are comparable at one threshold."""
    grid = np.linspace(0.0, 1.0, 1001)
    best, best_error = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            collide = 1.0 - (1.0 - grid**rows) ** bands
            below, above = grid <= threshold, grid >= threshold
            false_positive = np.trapezoid(collide[below], grid[below])
            false_negative = np.trapezoid(1.0 - collide[above], grid[above])
            error = 0.5 * false_positive + 0.5 * false_negative
            if error < best_error:
                best, best_error = (bands, rows), error
    return best

def band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint64: one hash per band of `rows` signature values; equal bands, equal hashes."""
    out = np.empty((signatures.shape[0], bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(bands):
            value = np.full(signatures.shape[0], np.uint64(band) * GOLDEN, dtype=np.uint64)
            for column in range(band * rows, (band + 1) * rows):
                value = _mix64(value ^ signatures[:, column].astype(np.uint64))
            out[:, band] = value
    return out

def candidate_pairs(bands: np.ndarray, alive: np.ndarray) -> np.ndarray:
    """(m, 2) int64 pairs (i < j) of alive records that share at least one band hash."""
    index = np.flatnonzero(alive)
    found = []
    for band in range(bands.shape[1]):
        keys = bands[index, band]
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        same_as_previous = np.concatenate([[False], sorted_keys[1:] == sorted_keys[:-1]])
        if not same_as_previous.any():
            continue
        run_start = np.maximum.accumulate(np.where(same_as_previous, 0, np.arange(len(order))))
        run_id = np.cumsum(~same_as_previous) - 1
        run_length = np.bincount(run_id)[run_id]
        members = index[order]
        # Large buckets: each member against the bucket's first member (linear, not quadratic).
        star = same_as_previous & (run_length > STAR_LIMIT)
        found.append(np.stack([members[run_start[star]], members[star]], axis=1))
        # Small buckets: every pair.
        small_starts = np.flatnonzero(~same_as_previous & (run_length > 1) & (run_length <= STAR_LIMIT))
        for start in small_starts:
            bucket = members[start : start + run_length[start]]
            i, j = np.triu_indices(len(bucket), k=1)
            found.append(np.stack([bucket[i], bucket[j]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    pairs.sort(axis=1)
    return np.unique(pairs, axis=0)

def estimated_jaccard(signatures: np.ndarray, pairs: np.ndarray, chunk: int = 65_536) -> np.ndarray:
    """Share of equal signature values for each pair (the MinHash estimate of Jaccard similarity)."""
    out = np.empty(len(pairs), dtype=np.float32)
    for start in range(0, len(pairs), chunk):
        block = pairs[start : start + chunk]
        out[start : start + chunk] = (signatures[block[:, 0]] == signatures[block[:, 1]]).mean(axis=1)
    return out

class UnionFind:
    """Disjoint sets over 0..n-1; `find` returns the smallest member of each set."""

    def __init__(self, size: int) -> None:
        self.parent = np.arange(size, dtype=np.int64)

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return int(root)

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The smaller index becomes the root, so a cluster is represented by its first record.
            low, high = min(root_a, root_b), max(root_a, root_b)
            self.parent[high] = low

    def roots(self) -> np.ndarray:
        return np.array([self.find(i) for i in range(len(self.parent))], dtype=np.int64)

def near_duplicate_clusters(
    signatures: np.ndarray, bands: np.ndarray, alive: np.ndarray, threshold: float
) -> tuple[np.ndarray, np.ndarray]:
    """(representative of each record, verified pairs with their similarity as an (m, 3) array).

    A record's representative is the first record of its near-duplicate cluster (itself when
    it has no near-duplicate); only alive records are considered.
    """
    pairs = candidate_pairs(bands, alive)
    similarity = estimated_jaccard(signatures, pairs) if len(pairs) else np.empty(0, dtype=np.float32)
    keep = similarity >= threshold
    verified = pairs[keep]
    representative = np.arange(len(alive), dtype=np.int64)
    if len(verified):
        sets = UnionFind(len(alive))
        for a, b in verified:
            sets.union(int(a), int(b))
        involved = np.unique(verified)
        representative[involved] = [sets.find(int(i)) for i in involved]
    return representative, np.column_stack([verified.astype(np.float64), similarity[keep]]) if len(verified) else np.empty((0, 3))

def first_of_each(keys: np.ndarray, alive: np.ndarray) -> np.ndarray:
    """For each alive record, the index of the first alive record with the same key (itself if none)."""
    index = np.flatnonzero(alive)
    order = np.argsort(keys[index], kind="stable")
    sorted_keys = keys[index][order]
    new_run = np.concatenate([[True], sorted_keys[1:] != sorted_keys[:-1]])
    run_first = index[order][np.maximum.accumulate(np.where(new_run, np.arange(len(order)), 0))]
    first = np.arange(len(keys), dtype=np.int64)
    first[index[order]] = run_first
    return first

def conflicting_label_mask(text_keys: np.ndarray, label_codes: np.ndarray, alive: np.ndarray) -> np.ndarray:
    """True for alive records whose normalised text also appears (alive) with a different label."""
    index = np.flatnonzero(alive)
    conflicting = np.zeros(len(text_keys), dtype=bool)
    if not len(index):
        return conflicting
    order = index[np.lexsort((label_codes[index], text_keys[index]))]
    keys, labels = text_keys[order], label_codes[order]
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    low = np.minimum.reduceat(labels, starts)
    high = np.maximum.reduceat(labels, starts)
    lengths = np.diff(np.append(starts, len(order)))
    conflicting[order] = np.repeat(low != high, lengths)
    return conflicting

Progress = Callable[[int], None]
