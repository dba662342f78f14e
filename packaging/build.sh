#!/usr/bin/env bash
# Build the one-folder executable: dist/Hopfield-Explorer/Hopfield-Explorer
# (run from the repository root, in an environment with `pip install -e ".[package]"`).
set -euo pipefail
cd "$(dirname "$0")/.."
pyinstaller --noconfirm --clean --onedir --windowed --name Hopfield-Explorer \
  --distpath dist --workpath build/pyinstaller --specpath build/pyinstaller \
  --paths . --collect-submodules hopfield_gui --collect-data hopfield_gui \
  packaging/hopfield_explorer.py
echo "built dist/Hopfield-Explorer"
