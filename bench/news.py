"""News extraction throughput: articles and words per second on one core, no statistical model.

Articles are the labelled corpus (tests/corpus), each with the next two appended so that the mean
is near the ~400 words of a wire story. The baseline in the same run is spaCy's
blank tokenizer alone over the same texts: the ratio says what the rules cost on top of reading.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from scamgraph.loaders.news import extract
from scamgraph.loaders.nlp import pipeline
from scamgraph.loaders.text import Article, read_article

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def articles() -> list[Article]:
    found = [read_article(p) for p in sorted(CORPUS.iterdir())
             if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]
    return [Article(text="\n\n".join(x.text for x in (a, b, c)), title=a.title, published=a.published)
            for a, b, c in zip(found, found[1:] + found[:1], found[2:] + found[:2])]


def measure(rounds: int = 20) -> dict[str, float]:
    texts = articles()
    words = sum(len(a.text.split()) for a in texts)
    nlp = pipeline()
    started = time.perf_counter()
    pipeline.cache_clear()
    pipeline()
    build = time.perf_counter() - started
    for article in texts:  # warm caches
        extract(article)
    started = time.perf_counter()
    for _ in range(rounds):
        for article in texts:
            nlp.make_doc(article.text)
    tokenize = (time.perf_counter() - started) / rounds
    started = time.perf_counter()
    for _ in range(rounds):
        for article in texts:
            extract(article)
    seconds = (time.perf_counter() - started) / rounds
    tracemalloc.start()
    for article in texts:
        extract(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"articles": len(texts), "mean_words": words / len(texts), "articles_per_s": len(texts) / seconds,
            "words_per_s": words / seconds, "tokenizer_articles_per_s": len(texts) / tokenize,
            "pipeline_build_s": build, "peak_mib_per_article": peak / 2**20}


def report(rounds: int) -> None:
    m = measure(rounds)
    print(f"news extraction   : {m['articles_per_s']:8.0f} articles/s  {m['words_per_s']:9.0f} words/s "
          f"({m['articles']} articles of {m['mean_words']:.0f} words on average, {rounds} rounds, one core)")
    print(f"tokenizer only    : {m['tokenizer_articles_per_s']:8.0f} articles/s (baseline, same texts)")
    print(f"ratio rules/tokenizer : {m['tokenizer_articles_per_s'] / m['articles_per_s']:.1f}x slower")
    print(f"pipeline build    : {m['pipeline_build_s']:.2f} s once per process; "
          f"peak traced memory {m['peak_mib_per_article']:.1f} MiB while extracting")
