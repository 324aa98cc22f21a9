"""How often a second annotator, labelling a set's tips blind from the conventions alone, chose the same
category and priority as the set's author: the ceiling a careful reader reaches, against which the
extractor's category and priority scores are read.

    python3 correlate/corpus/agreement.py holdout8     # reads relabel_holdout8.jsonl beside extraction_holdout8.jsonl

The relabel file has one object per tip: id, category, priority, confidence ("sure"/"unsure"), why, optionally
"seen_author_label": true for a tip whose author's label the second annotator saw before finishing (left out of every
figure), and optionally entities (in the corpus's format). With entities, the second annotator's are scored against the author's
per kind exactly as the extractor's are (`correlate/src/eval.rs`): an expected entity is matched by one that has
every attribute it lists (clothing: every item); a time matches when the two instants are within
TIME_TOLERANCE_MIN of each other (the extractor's window for an approximate clock time is +-20 minutes).
"""
import datetime
import json
import os
import sys

TIME_TOLERANCE_MIN = 20
KINDS = ("vehicle", "weapon", "person", "time")

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def instant(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))


def matches(expected, found):
    """Whether `found` has every attribute `expected` lists, as the evaluator decides."""
    for key, want in expected.items():
        if key == "kind":
            continue
        have = found.get(key)
        if key == "at":
            if have is None or abs(instant(want) - instant(have)) > datetime.timedelta(minutes=TIME_TOLERANCE_MIN):
                return False
        elif key == "clothing":
            if not set(want) <= set(have or []):
                return False
        elif have != want:
            return False
    return True


def entity_scores(truth, second):
    """Per kind: (true positives, expected, found), the second annotator scored as if it were the extractor."""
    scores = {k: [0, 0, 0] for k in KINDS}
    for r in second:
        for kind in KINDS:
            # Most specific first, so a loose expectation cannot take the entity a detailed one needs.
            expected = sorted((e for e in truth[r["id"]]["entities"] if e["kind"] == kind), key=len, reverse=True)
            found = [e for e in r["entities"] if e["kind"] == kind]
            taken = [False] * len(found)
            for e in expected:
                i = next((i for i, f in enumerate(found) if not taken[i] and matches(e, f)), None)
                if i is not None:
                    taken[i] = True
                    scores[kind][0] += 1
            scores[kind][1] += len(expected)
            scores[kind][2] += len(found)
    return scores


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "holdout8"
    truth = {r["id"]: r for r in load(os.path.join(HERE, f"extraction_{name}.jsonl"))}
    second = load(os.path.join(HERE, f"relabel_{name}.jsonl"))
    missing = [r["id"] for r in second if r["id"] not in truth]
    if missing or len(second) != len(truth):
        sys.exit(f"relabel_{name}.jsonl does not cover extraction_{name}.jsonl (unknown ids: {missing})")
    seen = [r["id"] for r in second if r.get("seen_author_label")]
    if seen:
        print(f"left out, the author's label seen: {' '.join(seen)}")
        second = [r for r in second if not r.get("seen_author_label")]
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
    if all("entities" in r for r in second):
        for kind, (tp, expected, found) in entity_scores(truth, second).items():
            p, r_ = tp / max(found, 1), tp / max(expected, 1)
            f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
            print(f"{kind}: P {p:.2f} R {r_:.2f} F1 {f1:.2f} ({tp} matched, author {expected}, second {found})")


if __name__ == "__main__":
    main()
