#!/usr/bin/env python3
"""Time and peak memory of each summarization method on generated inputs.

Generates news-like articles of varied synthetic sentences (a Zipf-distributed
vocabulary of made-up words, stop words, names and figures; nothing from any
dataset) up to the given total sizes, and runs each method under
`/usr/bin/time -v`, printing a Markdown table (results:
docs/bench/summarize_scaling.md). Two modes:

  summarize  `chorus eval summarize --no-claims --no-score` on one cluster of
             the articles: ingest, annotation and the summarizer, nothing else
             (lead's row is the cost of everything but the method)
  digest     `chorus digest --method M FILE.jsonl`: the whole digest

  bench/summarize_scaling.py --chorus build/chorus --sizes 0.1 1 10 \
      --methods lead lexrank --mode summarize --dir /tmp/chorus-scaling
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

STOP = ["the", "of", "and", "to", "in", "a", "on", "for", "with", "said", "was", "by", "at", "from", "that"]
SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "dun", "pel", "sar", "ti", "gor", "bel", "nu", "fra", "zek"]
METHODS = ["lead", "default", "centroid", "lexrank", "textrank", "mmr", "sumbasic", "kl", "submodular", "ilp"]


def vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def articles(total_bytes, seed=1, article_bytes=4000):
    """Yields article dicts until their texts reach `total_bytes`."""
    rng = random.Random(seed)
    words = vocabulary(rng, 20000)
    cumulative, total = [], 0.0
    for rank in range(len(words)):
        total += 1.0 / (rank + 1) ** 1.1
        cumulative.append(total)
    names = [w.capitalize() for w in rng.sample(words, 300)]
    written, index = 0, 0
    while written < total_bytes:
        paragraphs, length = [], 0
        while length < article_bytes:
            sentences = []
            for _ in range(rng.randint(2, 5)):
                tokens = [rng.choice(names)]
                for _ in range(rng.randint(7, 30)):
                    roll = rng.random()
                    if roll < 0.38:
                        tokens.append(rng.choice(STOP))
                    elif roll < 0.43:
                        tokens.append(str(rng.randint(2, 5000)))
                    elif roll < 0.48:
                        tokens.append(rng.choice(names))
                    else:
                        tokens.append(rng.choices(words, cum_weights=cumulative)[0])
                sentences.append(" ".join(tokens) + ".")
            paragraphs.append(" ".join(sentences))
            length += len(paragraphs[-1]) + 2
        text = "\n\n".join(paragraphs)
        written += len(text)
        yield {"id": f"a{index}", "source": f"Outlet {index % 40}", "title": f"Report {index}", "text": text}
        index += 1


def write_input(path, megabytes, seed, mode):
    generated = articles(int(megabytes * 1_000_000), seed)
    with open(path, "w", encoding="utf-8") as out:
        if mode == "digest":  # one article per line
            for article in generated:
                out.write(json.dumps(article) + "\n")
        else:  # one cluster of an evaluation dataset
            docs = [{"id": a["id"], "text": a["text"], "source": a["source"], "headline": a["title"]}
                    for a in generated]
            out.write(json.dumps({"id": "generated", "docs": docs, "refs": [{"text": "unused"}]}) + "\n")


def command(chorus, mode, method, path):
    if mode == "digest":
        return [chorus, "digest", "--method", method, "--format", "json", "-o", os.devnull, path]
    return [chorus, "eval", "summarize", "--dataset", path, "--method", method, "--no-claims", "--no-score", "-q"]


def measure(argv, timeout):
    """(wall s, CPU s, peak RSS in MB, exit status, stderr's first line) of one run; None past `timeout` s."""
    try:
        run = subprocess.run(["/usr/bin/time", "-v"] + argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", run.stderr).group(1)
    seconds = 0.0
    for part in elapsed.split(":"):
        seconds = seconds * 60 + float(part)
    cpu = float(re.search(r"User time \(seconds\): (\S+)", run.stderr).group(1)) + \
        float(re.search(r"System time \(seconds\): (\S+)", run.stderr).group(1))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    status = int(re.search(r"Exit status: (\d+)", run.stderr).group(1))
    first = next((line for line in run.stderr.splitlines() if line and not line.startswith("\t")), "")
    return seconds, cpu, rss_kb / 1024, status, first


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chorus", default="build/src/cli/chorus")
    parser.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1, 10], help="input sizes in MB")
    parser.add_argument("--methods", nargs="+", default=METHODS)
    parser.add_argument("--dir", default="/tmp/chorus-scaling", help="where the generated inputs go")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=["summarize", "digest"], default="summarize")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run is stopped")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    print("| method | input MB | wall s | CPU s | peak RSS MB | exit |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for megabytes in args.sizes:
        path = os.path.join(args.dir, f"{args.mode}-{megabytes:g}MB.jsonl")
        if not os.path.exists(path):
            write_input(path, megabytes, args.seed, args.mode)
        for method in args.methods:
            result = measure(command(args.chorus, args.mode, method, path), args.timeout)
            if result is None:
                print(f"| {method} | {megabytes:g} | > {args.timeout:g} | | | stopped |", flush=True)
                continue
            seconds, cpu, rss, status, first = result
            note = "0" if status == 0 else f"{status}: {first}"
            print(f"| {method} | {megabytes:g} | {seconds:.2f} | {cpu:.2f} | {rss:.0f} | {note} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
