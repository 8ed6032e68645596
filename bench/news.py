"""News extraction throughput: articles and words per second on one core, no statistical model.

Articles are the labelled corpus (tests/corpus), each with the next two appended so that the mean
is near the ~400 words of a wire story. The baseline in the same run is spaCy's blank tokenizer
alone over the same texts: the ratio says what the pipeline and the rules cost on top of reading.
The two are timed in alternating rounds, so a neighbour's load on a shared machine falls on both
alike; wall-clock and CPU (process) time are both reported. Building the pipeline is timed with
the compiled-gazetteer cache turned off (what a first run pays) and with it (every later run).
"""

from __future__ import annotations

import os
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from scamgraph.loaders.news import extract
from scamgraph.loaders.nlp import build, pipeline
from scamgraph.loaders.text import Article, read_article

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def articles() -> list[Article]:
    found = [read_article(p) for p in sorted(CORPUS.iterdir())
             if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]
    return [Article(text="\n\n".join(x.text for x in (a, b, c)), title=a.title, published=a.published)
            for a, b, c in zip(found, found[1:] + found[:1], found[2:] + found[:2])]


def _build_seconds(cache: bool) -> float:
    """Seconds to build the pipeline with the on-disk gazetteer cache on (read) or off (compiled)."""
    saved = os.environ.get("SCAMGRAPH_CACHE_DIR")
    if not cache:
        os.environ["SCAMGRAPH_CACHE_DIR"] = "off"
    try:
        build()  # with the cache on, this first build writes it if it was missing
        started = time.perf_counter()
        build()
        return time.perf_counter() - started
    finally:
        if saved is None:
            os.environ.pop("SCAMGRAPH_CACHE_DIR", None)
        else:
            os.environ["SCAMGRAPH_CACHE_DIR"] = saved


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(rounds: int = 20) -> dict[str, float]:
    texts = articles()
    words = sum(len(a.text.split()) for a in texts)
    nlp = pipeline()
    for article in texts:  # warm caches
        extract(article)
    totals = {"tokenize": [0.0, 0.0], "extract": [0.0, 0.0]}
    ratios: list[float] = []  # extraction / tokenizer CPU time within each round
    for _ in range(rounds):  # alternating, so both see the same neighbours
        cpu_of: dict[str, float] = {}
        for name, work in (("tokenize", lambda: [nlp.make_doc(a.text) for a in texts]),
                           ("extract", lambda: [extract(a) for a in texts])):
            wall, cpu = _timed(work)
            totals[name][0] += wall / rounds
            totals[name][1] += cpu / rounds
            cpu_of[name] = cpu
        ratios.append(cpu_of["extract"] / cpu_of["tokenize"])
    tracemalloc.start()
    for article in texts:
        extract(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(texts)
    return {"articles": n, "mean_words": words / n,
            "articles_per_s": n / totals["extract"][0], "words_per_s": words / totals["extract"][0],
            "articles_per_cpu_s": n / totals["extract"][1],
            "tokenizer_articles_per_s": n / totals["tokenize"][0],
            "tokenizer_articles_per_cpu_s": n / totals["tokenize"][1],
            "median_round_ratio": statistics.median(ratios),
            "build_uncached_s": _build_seconds(cache=False), "build_cached_s": _build_seconds(cache=True),
            "peak_mib_per_article": peak / 2**20}


def report(rounds: int) -> None:
    m = measure(rounds)
    print(f"news extraction   : {m['articles_per_s']:8.0f} articles/s  {m['words_per_s']:9.0f} words/s "
          f"({m['articles_per_cpu_s']:.0f} per CPU second; {m['articles']} articles of {m['mean_words']:.0f} "
          f"words on average, {rounds} rounds, one core)")
    print(f"tokenizer only    : {m['tokenizer_articles_per_s']:8.0f} articles/s "
          f"({m['tokenizer_articles_per_cpu_s']:.0f} per CPU second; baseline, same texts, alternating rounds)")
    print(f"ratio extraction/tokenizer : {m['tokenizer_articles_per_s'] / m['articles_per_s']:.1f}x slower "
          f"(CPU: {m['tokenizer_articles_per_cpu_s'] / m['articles_per_cpu_s']:.1f}x; "
          f"median of the rounds' CPU ratios: {m['median_round_ratio']:.1f}x)")
    print(f"pipeline build    : {m['build_uncached_s']:.2f} s without the gazetteer cache, "
          f"{m['build_cached_s']:.2f} s with it; peak traced memory {m['peak_mib_per_article']:.1f} MiB while extracting")
