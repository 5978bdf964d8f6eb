"""The benchmark corpora hold to what ``benchmarks/extract.py`` says of them (no timing here).

The figure-dense corpus is the extractor's worst case only while it is dense and its numbers
are new: one quantity every 40–80 bytes, almost no quantity written twice. Counted on what the
generator writes, not on what the extractor finds, so that grammar work cannot move it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys

from helpers.paths import ROOT


def _corpus_gen():
    if "corpus_gen" not in sys.modules:  # benchmarks/ is a folder of scripts, not a package
        spec = importlib.util.spec_from_file_location("corpus_gen", ROOT / "benchmarks" / "corpus_gen.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["corpus_gen"] = module
        spec.loader.exec_module(module)
    return sys.modules["corpus_gen"]


def test_the_dense_corpus_writes_one_quantity_every_40_to_80_bytes():
    corpus_gen = _corpus_gen()
    writer = corpus_gen.DenseWriter(seed=11)
    articles = [writer.article(3000) for _ in range(20)]
    size = sum(len(a.encode("utf-8")) for a in articles)
    assert 40 <= size / writer.written <= 80


def test_the_dense_corpus_draws_its_numbers_afresh():
    writer = _corpus_gen().DenseWriter(seed=12)
    quantities = [writer.quantity() for _ in range(5000)]
    assert len(set(quantities)) >= 0.97 * len(quantities)


def test_both_corpora_are_the_same_bytes_for_the_same_seed():
    corpus_gen = _corpus_gen()
    for kind in corpus_gen.CORPORA:
        digests = {
            hashlib.sha256("".join(corpus_gen.corpus_text(0.05, seed=3, kind=kind)).encode()).hexdigest()
            for _ in range(2)
        }
        assert len(digests) == 1
