# Shared set-up for ./gilsim, tests/run and bench/run (sourced, not executed):
# install the Debian packages the build needs, and (re)build when sources changed.
# Progress goes to stderr so that a program's own output on stdout stays clean.

GILSIM_ROOT=${GILSIM_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

# Debian 12 packages: compiler and build, the libraries of DEVELOPERS.md, and Xvfb with a
# software OpenGL for the headless GUI.
GILSIM_PACKAGES=(g++ cmake make pkg-config libboost-context-dev libglfw3-dev libimgui-dev libstb-dev
  libgl-dev libgl1-mesa-dri catch2 libtomlplusplus-dev libcli11-dev libfmt-dev nlohmann-json3-dev
  xvfb xauth fonts-dejavu-core)

gilsim_log() { printf 'gilsim: %s\n' "$*" >&2; }

# Installs whatever of "$@" is missing (apt-get; sudo when not root).
gilsim_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  gilsim_log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
    $sudo apt-get update >&2 && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
  fi
}

# The package check is skipped while a stamp says this list was already satisfied.
gilsim_ensure_packages() {
  local stamp="$GILSIM_ROOT/build/.packages-ok"
  local want="${GILSIM_PACKAGES[*]}"
  if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then return 0; fi
  gilsim_install "${GILSIM_PACKAGES[@]}" || return 1
  mkdir -p "$GILSIM_ROOT/build"
  printf '%s' "$want" > "$stamp"
}

# gilsim_ensure_build DIR BUILD_TYPE [CMAKE_ARGS...]: configure once, rebuild when any
# source is newer than the last successful build.
gilsim_ensure_build() {
  local dir=$1 type=$2; shift 2
  local stamp="$dir/.built"
  if [[ -f $stamp ]] && [[ -z $(find "$GILSIM_ROOT/sim" "$GILSIM_ROOT/cli" "$GILSIM_ROOT/gui" "$GILSIM_ROOT/tests/unit" "$GILSIM_ROOT/tests/gui" "$GILSIM_ROOT/bench/micro" \
        "$GILSIM_ROOT/tools/embed_py.cmake" "$GILSIM_ROOT/CMakeLists.txt" -newer "$stamp" -print -quit 2>/dev/null) ]]; then
    return 0
  fi
  if [[ ! -f $dir/CMakeCache.txt ]]; then
    gilsim_log "configuring $dir ($type)"
    cmake -S "$GILSIM_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >&2 || return 1
  fi
  gilsim_log "building $dir (this takes a few minutes the first time)"
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  cmake --build "$dir" -j "$jobs" >&2 || return 1
  touch "$stamp"
}
