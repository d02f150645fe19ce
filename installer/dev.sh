#!/usr/bin/env bash
# Builds Kempt on Debian 12 and then starts it or runs the tests.
#
#   installer/dev.sh run    install what is missing, build, start the app
#                           (it opens the default workspace)
#   installer/dev.sh test   install what is missing, build, run every test headless;
#                           the exit status is ctest's
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
        exec ctest --output-on-failure
        ;;
    *)
        usage
        ;;
esac
