#!/usr/bin/env python3
"""tipline's asr against faster-whisper on the same CTranslate2 weights, audio and thread count, in one run.

Usage (bench/run.sh sets all of this up):
  compare.py --asr-bin PATH --models-dir DIR --ct2-dir DIR --threads N --beam N [--stream-wav WAV]
             [--tipline-set KEY=VALUE ...] [--dump FILE.json] [--no-peer] CLIP.wav...
Each CLIP.wav needs a CLIP.txt reference transcript beside it (corpus.py makes them). The clip's source, for the
per-source WER, is its file name up to the first '-'. Prints WER, wall and CPU seconds of each
engine, the ratios, and (with --stream-wav) how soon after the end of a real-time stream tipline's
transcript was complete. Deleted words (reference words missing from the hypothesis) are printed apart:
they are what a voice activity detector that cuts speech costs. --no-peer runs tipline alone (to compare
tipline settings, e.g. --tipline-set vad=energy against vad=silero).
"""
import argparse
import difflib
import json
import re
import resource
import subprocess
import time

ABBREV = {"mr": "mister", "mrs": "missus", "dr": "doctor", "alright": "all right", "ok": "okay", "yknow": "you know"}
# Both engines write small numbers as digits or words at will; compare them as words.
ABBREV.update({str(i): w for i, w in enumerate("zero one two three four five six seven eight nine ten".split())})
# Hesitations: the references of spontaneous speech write them, Whisper mostly does not. Dropped from both
# sides, as Whisper's own English text normaliser does.
FILLERS = {"uh", "um", "umm", "hm", "hmm", "mm", "mhm", "ah"}


def words(text):
    out = []
    for w in text.lower().replace("\u2019", "'").replace("-", " ").split():
        w = re.sub(r"[^\w']", "", w).strip("'")
        if w and w not in FILLERS:
            out.extend(ABBREV.get(w, w).split())
    return out


def edit_distance(r, h):
    prev = list(range(len(h) + 1))
    for i, rw in enumerate(r):
        cur = [i + 1] * (len(h) + 1)
        for j, hw in enumerate(h):
            cur[j + 1] = min(prev[j] + (rw != hw), prev[j + 1] + 1, cur[j] + 1)
        prev = cur
    return prev[-1]


def deletions(r, h):
    """Reference words the hypothesis lacks, in a minimum-edit alignment that prefers fewer deletions."""
    prev = [(j, 0) for j in range(len(h) + 1)]
    for i, rw in enumerate(r):
        cur = [(i + 1, i + 1)] + [None] * len(h)
        for j, hw in enumerate(h):
            sub_ = (prev[j][0] + (rw != hw), prev[j][1])
            dele = (prev[j + 1][0] + 1, prev[j + 1][1] + 1)
            ins = (cur[j][0] + 1, cur[j][1])
            cur[j + 1] = min(sub_, dele, ins)
        prev = cur
    return prev[-1][1]


def corpus_deletions(pairs):
    return sum(deletions(words(r), words(h)) for r, h in pairs)


def corpus_wer(pairs):
    errors = sum(edit_distance(words(r), words(h)) for r, h in pairs)
    total = sum(len(words(r)) for r, _ in pairs)
    return errors / max(total, 1)


def reference(wav):
    with open(re.sub(r"\.wav$", ".txt", wav)) as f:
        return f.read().strip()


def tipline_settings(args):
    return [f"threads={args.threads}", f"beam_size={args.beam}", *args.tipline_set]


def run_tipline(args, wav):
    """One clip through tipline: (text, wall s, CPU s, audio s), timed inside the process (model load excluded)."""
    out = subprocess.run(
        [args.asr_bin, "transcribe", args.models_dir, wav, *tipline_settings(args)],
        check=True, capture_output=True, text=True,
    ).stdout
    d = json.loads(out.strip().splitlines()[-1])
    return d["text"], d["processing_s"], d["cpu_s"], d["duration_s"]


def faster_whisper(args):
    """A clip runner for faster-whisper, with the model loaded once (as tipline's timing excludes loading)."""
    from faster_whisper import WhisperModel

    model = WhisperModel(args.ct2_dir, device="cpu", compute_type="float32", cpu_threads=args.threads)

    def run(wav):
        r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        segments, _info = model.transcribe(wav, beam_size=args.beam, language="en", vad_filter=False)
        text = " ".join(s.text.strip() for s in segments)  # the generator decodes lazily: consume it inside the timing
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        return text, time.perf_counter() - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)

    return run


def run_rounds(args, runners):
    """Runs every clip on every engine, `args.rounds` times, the engines taking turns clip by clip (their order
    flipped each round) so that both meet the same machine load. A shared machine's speed drifts by 10-20%
    between minutes; each clip's lowest wall and CPU time over the rounds is the engine's undisturbed cost.
    Returns per engine: (pairs of reference and first-round text, wall s, CPU s, texts that changed between rounds)."""
    best = {name: [None] * len(args.clips) for name, _ in runners}
    changed = {name: 0 for name, _ in runners}
    for r in range(args.rounds):
        order = runners if r % 2 == 0 else runners[::-1]
        for i, wav in enumerate(args.clips):
            for name, run in order:
                text, wall, cpu = run(wav)
                prev = best[name][i]
                if prev is None:
                    best[name][i] = (text, wall, cpu)
                else:
                    changed[name] += text != prev[0]
                    best[name][i] = (prev[0], min(prev[1], wall), min(prev[2], cpu))
    return {name: ([(reference(w), b[0]) for w, b in zip(args.clips, best[name])], sum(b[1] for b in best[name]),
                   sum(b[2] for b in best[name]), changed[name]) for name, _ in runners}


def source(wav):
    """The corpus a clip came from: the part of its file name before the first '-'."""
    return re.sub(r"-.*", "", wav.rsplit("/", 1)[-1])


def print_breakdown(clips, results):
    print("WER by source (words):", end="")
    for src in sorted({source(c) for c in clips}):
        idx = [i for i, c in enumerate(clips) if source(c) == src]
        n = sum(len(words(results[0][1][i][0])) for i in idx)
        wers = " / ".join(f"{corpus_wer([pairs[i] for i in idx]):.3f}" for _, pairs in results)
        print(f"  {src} ({n}) {wers}", end="")
    print("  [" + " / ".join(name for name, _ in results) + "]")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--asr-bin", required=True)
    p.add_argument("--models-dir", required=True)
    p.add_argument("--ct2-dir", required=True)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--stream-wav")
    p.add_argument("--live-bin", help="the gateway's live_call example: the live test then runs the gateway's own "
                   "live path (a pool of engines, long utterances decoded in part while the caller talks) "
                   "instead of the asr crate's single-engine one")
    p.add_argument("--tipline-set", action="append", default=[], metavar="KEY=VALUE",
                   help="extra tipline setting (AsrConfig key), e.g. shrink_audio_ctx=false; repeatable")
    p.add_argument("--dump", help="write every clip's reference and both hypotheses to this JSON file")
    p.add_argument("--no-peer", action="store_true", help="run tipline only (no faster-whisper)")
    p.add_argument("--rounds", type=int, default=3, help="runs of every clip per engine; each clip's fastest counts")
    p.add_argument("clips", nargs="+")
    args = p.parse_args()

    durations = {}

    def tipline(wav):
        text, wall, cpu, dur = run_tipline(args, wav)
        durations[wav] = dur
        return text, wall, cpu

    runners = [("tipline", tipline)] + ([] if args.no_peer else [("faster-whisper", faster_whisper(args))])
    results = run_rounds(args, runners)
    engines = [(name, *results[name][:3]) for name, _ in runners]
    dur = sum(durations.values())
    print(f"audio: {len(args.clips)} clips, {dur:.1f} s of real speech; threads {args.threads}, beam {args.beam}; "
          f"tipline settings: {' '.join(tipline_settings(args))}; {args.rounds} round(s), each clip's fastest run counted")
    print(f"{'engine':<16}{'WER':>8}{'deleted':>9}{'empty':>7}{'wall s':>10}{'CPU s':>10}{'CPU RTF':>10}")
    for name, pairs, wall, cpu in engines:
        empty = sum(1 for _, h in pairs if not words(h))
        print(f"{name:<16}{corpus_wer(pairs):>8.3f}{corpus_deletions(pairs):>9}{empty:>7}{wall:>10.2f}{cpu:>10.2f}"
              f"{cpu / dur:>10.3f}")
    for name, (_, _, _, changed) in results.items():
        if changed:
            print(f"note: {name} gave a different text in a later round for {changed} clip run(s); the first round's is scored")
    print_breakdown(args.clips, [(name, pairs) for name, pairs, _, _ in engines])
    if args.dump:
        with open(args.dump, "w") as f:
            json.dump([{"clip": c, "reference": r, **{name: pairs[k][1] for name, pairs, _, _ in engines}}
                       for k, (c, (r, _)) in enumerate(zip(args.clips, engines[0][1]))], f, indent=1)
    if not args.no_peer:
        (_, _, tw, tc), (_, _, fw, fc) = engines
        print(f"ratio faster-whisper/tipline: wall {fw / tw:.2f}x, CPU {fc / tc:.2f}x (above 1 means tipline is faster)")
    if args.stream_wav:
        # Real time cannot be replayed faster, so each round's figure is printed: the spread is the machine's.
        ready, length, texts = [], 0.0, []
        command = [args.live_bin] if args.live_bin else [args.asr_bin, "stream"]
        for _ in range(args.rounds):
            out = subprocess.run(
                [*command, args.models_dir, args.stream_wav, *tipline_settings(args)],
                check=True, capture_output=True, text=True,
            ).stdout
            d = json.loads(out.strip().splitlines()[-1])
            ready.append(d["ready_after_end_s"])
            length = d["duration_s"]
            texts.append(d["text"])
        path = "the gateway's live path" if args.live_bin else "the asr crate's live path"
        print(f"live: {length:.1f} s call streamed in real time through {path}; transcript complete "
              f"{' s, '.join(f'{r:.2f}' for r in ready)} s after the end of its audio (median {sorted(ready)[len(ready) // 2]:.2f} s)")
        # The live path decodes long utterances in pieces; how far that moves its words from the whole file's.
        whole, _, _, _ = run_tipline(args, args.stream_wav)
        for k, text in enumerate(texts):
            w, h = words(whole), words(text)
            stretches = [f"{' '.join(w[i1:i2])!r} -> {' '.join(h[j1:j2])!r}"
                         for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, w, h).get_opcodes() if op != "equal"]
            print(f"live round {k + 1} against the whole file: {edit_distance(w, h)} of {len(w)} words differ"
                  + (f" ({'; '.join(stretches[:6])})" if stretches else ""))


if __name__ == "__main__":
    main()
