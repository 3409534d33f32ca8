"""Deterministic, seeded, stratified train/validation/test splits, and the leakage check.

Records are split in *units*: a unit is every record sharing a `split.group_by` value (one
customer, one case), merged with every record it must not be separated from (kept exact
duplicates). Units are ordered by a content key before the seeded shuffle (their group_by
value's hash where they have one, else the hash of their text as read, before anonymisation),
so the split depends neither on the order of the input files nor on the pseudonyms in the
text. Within
each stratum (label set) units are taken in shuffled order into test, then validation, until
each holds its share of the stratum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from afinar.data.dedup import UnionFind, estimated_jaccard, candidate_pairs

SPLITS = ("train", "validation", "test")
TRAIN, VALIDATION, TEST = 0, 1, 2


def split_units(unit_keys: np.ndarray, together_keys: np.ndarray | None = None) -> np.ndarray:
    """Unit id per record: records with the same unit key, or (if given) the same together-key,
    end up in one unit (union of both relations). Unit ids are record indices (a unit's first)."""
    n = len(unit_keys)
    sets = UnionFind(n)
    for keys in (unit_keys, together_keys):
        if keys is None or not n:
            continue
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        same = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1])
        for position in same:
            sets.union(int(order[position]), int(order[position + 1]))
    return sets.roots() if n else np.empty(0, dtype=np.int64)


def assign_splits(
    units: np.ndarray,
    order_keys: np.ndarray,
    strata: np.ndarray | None,
    validation: float,
    test: float,
    seed: int,
) -> np.ndarray:
    """Split per record (0 train, 1 validation, 2 test).

    `units`: unit id per record; `order_keys`: a content key per record (a unit is ordered by
    its smallest one); `strata`: a stratum per record (a unit's stratum is its first record's),
    or None for no stratification.
    """
    n = len(units)
    split = np.zeros(n, dtype=np.int8)
    if not n:
        return split
    unit_ids, inverse, sizes = np.unique(units, return_inverse=True, return_counts=True)
    unit_key = np.full(len(unit_ids), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(unit_key, inverse, order_keys.astype(np.int64))
    unit_stratum = np.zeros(len(unit_ids), dtype=np.int64)
    if strata is not None:
        unit_stratum = strata[unit_ids].astype(np.int64)  # a unit id is its first record's index
    rng = np.random.Generator(np.random.PCG64(seed))
    unit_split = np.zeros(len(unit_ids), dtype=np.int8)
    for stratum in np.unique(unit_stratum):
        members = np.flatnonzero(unit_stratum == stratum)
        members = members[np.lexsort((unit_ids[members], unit_key[members]))]  # order-independent start
        members = members[rng.permutation(len(members))]
        total = sizes[members].sum()
        # A unit goes to a split when its middle falls inside that split's share of the stratum,
        # so a stratum too small for a held-out record stays in train.
        middle = np.cumsum(sizes[members]) - sizes[members] / 2.0
        unit_split[members[middle < test * total]] = TEST
        unit_split[members[(middle >= test * total) & (middle < (test + validation) * total)]] = VALIDATION
    split[:] = unit_split[inverse]
    return split


@dataclass
class LeakageReport:
    exact_pairs_across_splits: int
    near_pairs_across_splits: int
    groups_across_splits: int
    checked_near: bool

    @property
    def ok(self) -> bool:
        return not (self.exact_pairs_across_splits or self.near_pairs_across_splits or self.groups_across_splits)

    def to_json(self) -> dict:
        return {**self.__dict__, "ok": self.ok}


def leakage_check(
    split: np.ndarray,
    kept: np.ndarray,
    exact_keys: np.ndarray,
    group_keys: np.ndarray | None,
    signatures: np.ndarray | None,
    bands: np.ndarray | None,
    threshold: float | None,
) -> LeakageReport:
    """Count exact duplicates, near-duplicates (when signatures are given) and split groups that
    cross splits among the kept records. Computed independently of how the split was made."""
    index = np.flatnonzero(kept)

    def crossing_keys(keys: np.ndarray) -> int:
        values, sp = keys[index], split[index]
        order = np.lexsort((sp, values))
        values, sp = values[order], sp[order]
        same_key = values[1:] == values[:-1]
        return int(np.count_nonzero(same_key & (sp[1:] != sp[:-1])))

    exact = crossing_keys(exact_keys) if len(index) else 0
    groups = crossing_keys(group_keys) if group_keys is not None and len(index) else 0
    near = 0
    if signatures is not None and bands is not None and threshold is not None and len(index):
        pairs = candidate_pairs(bands, kept)
        if len(pairs):
            across = pairs[split[pairs[:, 0]] != split[pairs[:, 1]]]
            if len(across):
                near = int(np.count_nonzero(estimated_jaccard(signatures, across) >= threshold))
    return LeakageReport(exact, near, groups, signatures is not None)
