#!/usr/bin/env bash
# Builds Kempt on Debian 12 and then starts it or runs the tests.
#
#   installer/dev.sh run    install what is missing, build, start the app
#                           (it opens the default workspace)
#   installer/dev.sh test   install what is missing, build, run every test headless,
#                           then run each reader's libFuzzer target briefly
#                           (KEMPT_FUZZ_SECONDS each, default 30; 0 skips them);
#                           the exit status is non-zero when either fails
#
# Packages come from installer/debian-packages.txt; the build goes to build/
# (Ninja, RelWithDebInfo).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$repo/build"
packages="$repo/installer/debian-packages.txt"

usage() {
    echo "Usage: installer/dev.sh run|test" >&2
    echo "  run   build Kempt and start it" >&2
    echo "  test  build Kempt and run the test suite headless" >&2
    exit 2
}

install_packages() {
    local wanted=() missing=() package
    mapfile -t wanted < <(sed -e 's/#.*//' "$packages" | awk 'NF { print $1 }')
    for package in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing: ${missing[*]}" >&2
            echo "sudo is not available; install them as root with apt-get install, then run this again." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build_all() {
    if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
        echo "$build was configured with another CMake generator. Remove that folder and run this again." >&2
        exit 1
    fi
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" -j"$(nproc)"
}

# The readers' libFuzzer targets (tests/fuzz) need clang, so they get their own build
# folder. Each runs for a short while from the test fixtures; a crash, a leak or a
# sanitizer report fails the run and leaves the input that caused it in build-fuzz/.
fuzz_briefly() {
    local seconds="${KEMPT_FUZZ_SECONDS:-30}" fuzz="$repo/build-fuzz" status=0 name
    [ "$seconds" -gt 0 ] || return 0
    CC=clang CXX=clang++ cmake -S "$repo" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKEMPT_BUILD_FUZZERS=ON -DKEMPT_BUILD_TESTS=OFF >/dev/null
    cmake --build "$fuzz" -j"$(nproc)" --target fuzz_csv fuzz_vcard fuzz_xlsx
    for name in csv vcard xlsx; do
        local seeds="$repo/tests/data/$name" corpus="$fuzz/corpus-$name"
        [ "$name" = xlsx ] && seeds="$repo/tests/data/spreadsheets"
        mkdir -p "$corpus"
        echo "Fuzzing the $name reader for $seconds s"
        if ! (cd "$fuzz" && "$fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
                -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "$seeds" 2>"$fuzz/fuzz-$name.log"); then
            echo "fuzz_$name found a problem; see $fuzz/fuzz-$name.log and the crash-* file beside it:" >&2
            tail -40 "$fuzz/fuzz-$name.log" >&2
            status=1
        fi
    done
    return "$status"
}

command="${1:-}"
case "$command" in
    run)
        shift
        install_packages
        build_all
        app="$build/app/kempt"
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): running Kempt under xvfb-run -a, on a virtual screen nobody sees."
            exec xvfb-run -a "$app" "$@"
        fi
        exec "$app" "$@"
        ;;
    test)
        install_packages
        build_all
        cd "$build"
        export QT_QPA_PLATFORM=offscreen
        status=0
        ctest --output-on-failure || status=$?
        fuzz_briefly || status=1
        exit "$status"
        ;;
    *)
        usage
        ;;
esac
