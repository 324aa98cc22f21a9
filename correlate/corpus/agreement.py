"""How often a second annotator, labelling a set's tips blind from the conventions alone, chose the same
category and priority as the set's author: the ceiling a careful reader reaches, against which the
extractor's category and priority scores are read.

    python3 correlate/corpus/agreement.py holdout8     # reads relabel_holdout8.jsonl beside extraction_holdout8.jsonl

The relabel file has one object per tip: id, category, priority, confidence ("sure"/"unsure"), why.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "holdout8"
    truth = {r["id"]: r for r in load(os.path.join(HERE, f"extraction_{name}.jsonl"))}
    second = load(os.path.join(HERE, f"relabel_{name}.jsonl"))
    missing = [r["id"] for r in second if r["id"] not in truth]
    if missing or len(second) != len(truth):
        sys.exit(f"relabel_{name}.jsonl does not cover extraction_{name}.jsonl (unknown ids: {missing})")
    for field in ("category", "priority"):
        same = sum(truth[r["id"]][field] == r[field] for r in second)
        print(f"{field}: {same}/{len(second)} = {same / len(second):.2f} agree")
        for conf in ("sure", "unsure"):
            part = [r for r in second if r["confidence"] == conf]
            if part:
                agree = sum(truth[r["id"]][field] == r[field] for r in part)
                print(f"  {conf}: {agree}/{len(part)}")
        for r in second:
            if truth[r["id"]][field] != r[field]:
                print(f"  {r['id']}: author {truth[r['id']][field]}, second {r[field]} ({r['why']})")


if __name__ == "__main__":
    main()
