#!/bin/sh
# Refreshes the .ts files from the sources: run from anywhere, then translate what
# "fill.py check" lists as unfinished. Obsolete messages and source locations are left
# out so that a change of code does not rewrite the whole file. Finished translations
# are harvested first and filled in again afterwards, so a message that only moved to
# another context keeps its translation.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
saved=$(mktemp)
trap 'rm -f "$saved"' EXIT

python3 "$here/fill.py" harvest "$saved"
cd "$root"
"$lupdate" -no-obsolete -locations none models ui app \
    -ts translations/kempt_ar.ts translations/kempt_fa.ts translations/kempt_ru.ts
python3 "$here/fill.py" apply "$saved"
python3 "$here/fill.py" check || echo "update.sh: translate the messages listed above (see fill.py)."
