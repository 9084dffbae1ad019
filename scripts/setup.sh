#!/usr/bin/env bash
# The first step of `npm test` (also `npm run setup`): installs what the tests drive and this machine lacks, then
# fails with one message listing everything it could not install. Each section checks before it installs, so a
# warm machine costs a fraction of a second and never runs apt-get.
#
# One section per ecosystem. System packages come from Debian (only when run as root; otherwise the exact
# command is printed). Everything else goes under .tools/ (ignored by git), one folder per ecosystem:
#   .tools/venv/    a Python virtualenv built from the pinned requirements.txt (Schemathesis)
#   .tools/python/  a virtualenv from clients/python/requirements.txt (the generated Python client's build)
#   .tools/go/bin/  GOBIN for `go install <module>@<version>`
#   .tools/go/mod/  GOMODCACHE (and .tools/go/cache GOCACHE) for the generated Go client, pinned by clients/go/go.sum
#   .tools/m2/      the Maven local repository (-Dmaven.repo.local) for Maven Central artifacts, among them the
#                   openapi-generator-cli jar and what the generated Java clients' builds fetch
# A section whose list is empty installs nothing; add an entry where a test starts to need a tool. Sources: Debian,
# PyPI, the Go module proxy and Maven Central; npm's own come with `npm ci`.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS="$ROOT/.tools"

# Debian packages the tests drive, each with the file (an absolute path) or the command that proves it is installed:
#   curl           an independent Digest client (test/sandbox-interop.test.ts, test/main-job.test.ts)
#   apache2        Apache httpd with mod_auth_digest, a Digest server nobody here wrote (test/apache-interop.test.ts)
#   apache2-utils  htdigest, to write a password file by hand when reproducing an interop failure (the test writes
#                  its own; apache2 depends on this package anyway)
#   chromium       the browser the docs page is checked in (test/docs.test.ts)
#   python3        its pty module gives the prune question a real terminal (test/cli-prune-terminal.test.ts)
#   openjdk-17-jdk-headless, maven   build the generated Java client and fetch openapi-generator-cli
#   golang-go      builds the generated Go client and installs the Go tools below
#   python3-venv   the virtualenvs below (Debian's python3 has no venv module without it)
DEBIAN_PACKAGES=(
  "curl /usr/bin/curl"
  "apache2 /usr/lib/apache2/modules/mod_auth_digest.so"
  "apache2-utils /usr/bin/htdigest"
  "chromium ${CHROMIUM_PATH:-/usr/bin/chromium}"
  "python3 /usr/bin/python3"
  "openjdk-17-jdk-headless javac"
  "maven mvn"
  "golang-go go"
  "python3-venv python3"
)
# Go tools, as `module/path/cmd@vX.Y.Z`, installed into .tools/go/bin.
GO_TOOLS=(
  # oasdiff: the breaking-change gate (scripts/spec-diff.ts), the tool behind MongoDB's own gate
  "github.com/oasdiff/oasdiff@v1.37.0"
)
# Maven artifacts, as `groupId:artifactId:version`, fetched into .tools/m2: the openapi-generator-cli jar that
# clients/generators.json pins (test/generated-clients.test.ts, npm run generate:clients).
MAVEN_ARTIFACTS=(
  "$(node -p 'require("./clients/generators.json")["openapi-generator"].coordinates')"
)
# Python virtualenvs, as `<requirements file> <folder under .tools>`, each from exact pins.
PYTHON_VENVS=(
  "requirements.txt venv"
  "clients/python/requirements.txt python"
)
# Go modules downloaded into .tools/go/mod, as folders whose go.sum pins them: the generated Go client's.
GO_MODULES=(clients/go)

failures=()
installed=()
fail() { failures+=("$1"); }
# Whether a Debian package's proof is there: an absolute path exists, or a command is on PATH.
present() { if [[ $1 == /* ]]; then [ -e "$1" ]; else command -v "$1" >/dev/null 2>&1; fi; }

# npm's own dependencies come from `npm ci`, which replaces node_modules wholesale: say so rather than run it here.
npm_dependencies() {
  if [ ! -f node_modules/.package-lock.json ]; then
    fail "npm dependencies: node_modules is missing; run: npm ci"
  fi
}

debian_packages() {
  local entry package proof missing=()
  for entry in "${DEBIAN_PACKAGES[@]}"; do
    package=${entry%% *}
    proof=${entry#* }
    present "$proof" || missing+=("$package")
  done
  # python3 alone is not enough: the venv module comes with python3-venv on Debian.
  if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    [[ " ${missing[*]} " == *" python3-venv "* ]] || missing+=("python3-venv")
  fi
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    fail "Debian packages ${missing[*]} (not root, so not installed); run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    return
  fi
  # Another apt-get on the machine holds the lock for a while: wait for it rather than fail.
  local install=(apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}")
  echo "setup: installing Debian packages ${missing[*]}" >&2
  local log
  log=$(mktemp)
  if ! apt-get update -qq -o DPkg::Lock::Timeout=300 >"$log" 2>&1 ||
    ! DEBIAN_FRONTEND=noninteractive "${install[@]}" >>"$log" 2>&1; then
    sed 's/^/  apt-get: /' "$log" | tail -n 20 >&2
  fi
  rm -f "$log"
  for entry in "${DEBIAN_PACKAGES[@]}"; do
    package=${entry%% *}
    proof=${entry#* }
    if [[ " ${missing[*]} " == *" $package "* ]]; then
      if present "$proof"; then installed+=("$package"); else fail "Debian package $package (no $proof after apt-get install $package)"; fi
    fi
  done
}

python_venvs() {
  local entry requirements venv stamp want
  for entry in "${PYTHON_VENVS[@]}"; do
    requirements=${entry%% *}
    venv="$TOOLS/${entry#* }"
    [ -f "$requirements" ] || continue
    stamp="$venv/requirements.sha256"
    want=$(sha256sum "$requirements" | cut -d' ' -f1)
    # The stamp holds the hash of the requirements the virtualenv was built from: unchanged file, nothing to do.
    [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && continue
    if ! command -v python3 >/dev/null 2>&1; then
      fail "Python packages of $requirements (python3 is not installed)"
      continue
    fi
    echo "setup: installing $requirements into .tools/${entry#* }" >&2
    rm -rf "$venv"
    if python3 -m venv "$venv" &&
      "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"; then
      echo "$want" >"$stamp"
      installed+=("$requirements")
    else
      fail "Python packages of $requirements; run: python3 -m venv .tools/${entry#* } && .tools/${entry#* }/bin/pip install -r $requirements"
    fi
  done
}

go_tools() {
  [ ${#GO_TOOLS[@]} -eq 0 ] && return
  if ! command -v go >/dev/null 2>&1; then
    fail "Go tools ${GO_TOOLS[*]} (go is not installed)"
    return
  fi
  local tool path version name bin
  for tool in "${GO_TOOLS[@]}"; do
    path=${tool%@*}
    version=${tool##*@}
    # `go install` names the binary after the last path element that is not a major-version suffix (/v2, /v3…).
    name=$(basename "$(echo "$path" | sed -E 's#/v[0-9]+$##')")
    bin="$TOOLS/go/bin/$name"
    # `go version -m` prints the module version the binary was built from.
    if [ -x "$bin" ] && go version -m "$bin" 2>/dev/null | awk '$1 == "mod" { print $3 }' | grep -qxF "$version"; then
      continue
    fi
    echo "setup: go install $tool" >&2
    if GOBIN="$TOOLS/go/bin" go install "$tool"; then installed+=("$tool"); else fail "Go tool $tool; run: GOBIN=.tools/go/bin go install $tool"; fi
  done
}

maven_artifacts() {
  [ ${#MAVEN_ARTIFACTS[@]} -eq 0 ] && return
  if ! command -v mvn >/dev/null 2>&1; then
    fail "Maven artifacts ${MAVEN_ARTIFACTS[*]} (mvn is not installed)"
    return
  fi
  local coordinates group artifact version jar
  for coordinates in "${MAVEN_ARTIFACTS[@]}"; do
    IFS=: read -r group artifact version <<<"$coordinates"
    jar="$TOOLS/m2/${group//.//}/$artifact/$version/$artifact-$version.jar"
    [ -f "$jar" ] && continue
    echo "setup: fetching $coordinates from Maven Central" >&2
    if mvn --batch-mode --quiet -Dstyle.color=never -Dmaven.repo.local="$TOOLS/m2" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact="$coordinates" -Dtransitive=false &&
      [ -f "$jar" ]; then
      installed+=("$coordinates")
    else
      fail "Maven artifact $coordinates; run: mvn -Dmaven.repo.local=.tools/m2 dependency:get -Dartifact=$coordinates"
    fi
  done
}

go_modules() {
  [ ${#GO_MODULES[@]} -eq 0 ] && return
  if ! command -v go >/dev/null 2>&1; then
    fail "Go modules of ${GO_MODULES[*]} (go is not installed)"
    return
  fi
  local folder
  for folder in "${GO_MODULES[@]}"; do
    # `go mod download` is a no-op when every module of go.sum is in the cache already.
    if ! (cd "$folder" && GOMODCACHE="$TOOLS/go/mod" GOCACHE="$TOOLS/go/cache" GOFLAGS=-modcacherw GOTOOLCHAIN=local \
      go mod download); then
      fail "Go modules of $folder; run: (cd $folder && GOMODCACHE=$TOOLS/go/mod go mod download)"
    fi
  done
}

# In the background, collecting what it installed or could not into files: building a Go tool takes a CPU-bound
# minute on a fresh machine, which the downloads of the other sections overlap.
in_background() {
  local out=$1
  shift
  (
    failures=()
    installed=()
    "$@"
    printf '%s\n' "${failures[@]}" >"$out.failures"
    printf '%s\n' "${installed[@]}" >"$out.installed"
  ) &
}
collect() {
  local out=$1 line
  while IFS= read -r line; do [ -n "$line" ] && failures+=("$line"); done <"$out.failures"
  while IFS= read -r line; do [ -n "$line" ] && installed+=("$line"); done <"$out.installed"
  rm -f "$out.failures" "$out.installed"
}

npm_dependencies
debian_packages
background=$(mktemp -u)
in_background "$background" go_tools
python_venvs
maven_artifacts
go_modules
wait
collect "$background"

if [ ${#failures[@]} -gt 0 ]; then
  {
    echo "setup: the tests need what could not be installed here:"
    printf '  - %s\n' "${failures[@]}"
  } >&2
  exit 1
fi
if [ ${#installed[@]} -gt 0 ]; then
  echo "setup: installed ${installed[*]}" >&2
fi
