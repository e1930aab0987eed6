"""fewer_collections: thresholds raised (never lowered) inside, restored by the last block to leave."""
from __future__ import annotations

import gc
import threading

import pytest

from indicators.gcpolicy import BULK_THRESHOLDS, fewer_collections


@pytest.fixture
def default_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield (700, 10, 10)
    gc.set_threshold(*before)


def test_raised_inside_and_restored_after(default_thresholds) -> None:
    with fewer_collections():
        assert gc.get_threshold() == (max(700, BULK_THRESHOLDS[0]), max(10, BULK_THRESHOLDS[1]), max(10, BULK_THRESHOLDS[2]))
    assert gc.get_threshold() == default_thresholds


def test_never_lowers_a_higher_setting(default_thresholds) -> None:
    gc.set_threshold(10**6, 5, 10**3)
    with fewer_collections():
        assert gc.get_threshold() == (10**6, BULK_THRESHOLDS[1], 10**3)
    assert gc.get_threshold() == (10**6, 5, 10**3)


def test_restored_on_error(default_thresholds) -> None:
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("build failed")
    assert gc.get_threshold() == default_thresholds


def test_overlapping_blocks_restore_only_when_the_last_leaves(default_thresholds) -> None:
    # two builds in one process (threads) whose blocks end in the other order than they began
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, tuple[int, int, int]] = {}

    def first() -> None:
        with fewer_collections():
            first_in.set()
            second_in.wait()
        seen["after first left"] = gc.get_threshold()
        first_out.set()

    def second() -> None:
        first_in.wait()
        with fewer_collections():
            second_in.set()
            first_out.wait()
        seen["after second left"] = gc.get_threshold()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert seen["after first left"][0] == BULK_THRESHOLDS[0]  # the second build still runs
    assert seen["after second left"] == default_thresholds


def test_a_build_collects_less_often(default_thresholds, tiny_dataset, tmp_path) -> None:
    from indicators.warehouse.build import build_warehouse

    inside: list[tuple[int, int, int]] = []
    build_warehouse(tiny_dataset(), tmp_path / "wh.duckdb", quiet=True, on_step=lambda _: inside.append(gc.get_threshold()))
    assert inside and all(t[0] == BULK_THRESHOLDS[0] for t in inside)
    assert gc.get_threshold() == default_thresholds
