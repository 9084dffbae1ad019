#!/usr/bin/env bash
# Installs what the generated-client tests (test/generated-clients.test.ts, npm run generate:clients) need and this
# machine lacks, then fails with one message listing everything it could not install. Each step checks before it
# installs, so a warm machine costs well under a second. Everything but Debian packages goes under .tools/
# (ignored by git):
#   .tools/m2/       Maven local repository: the openapi-generator-cli jar, and what the Java clients' builds fetch
#   .tools/python/   a virtualenv from clients/python/requirements.txt (exact pins)
#   .tools/go/       GOMODCACHE and GOCACHE for the Go client (modules pinned by clients/go/go.sum)
# Sources: Debian, Maven Central, PyPI and the Go module proxy; the npm generators come with `npm ci`.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS="$ROOT/.tools"
JAR_COORDINATES=$(node -p 'require("./clients/generators.json")["openapi-generator"].coordinates')

failures=()
installed=()
fail() { failures+=("$1"); }

# Debian packages, each with the command that proves it is installed.
DEBIAN_PACKAGES=(
  "openjdk-17-jdk-headless javac"
  "maven mvn"
  "golang-go go"
  "python3-venv python3"
)

debian_packages() {
  local entry package proof missing=()
  for entry in "${DEBIAN_PACKAGES[@]}"; do
    package=${entry%% *}
    proof=${entry#* }
    command -v "$proof" >/dev/null 2>&1 || missing+=("$package")
  done
  # python3 alone is not enough: the venv module comes with python3-venv on Debian.
  if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=("python3-venv")
  fi
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    fail "Debian packages ${missing[*]}; run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    return
  fi
  echo "setup-clients: installing Debian packages ${missing[*]}" >&2
  if apt-get update -qq -o DPkg::Lock::Timeout=300 >/dev/null 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 \
      "${missing[@]}" >/dev/null 2>&1; then
    installed+=("${missing[@]}")
  else
    fail "Debian packages ${missing[*]}; run: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  fi
}

openapi_generator_jar() {
  local group artifact version jar
  IFS=: read -r group artifact version <<<"$JAR_COORDINATES"
  jar="$TOOLS/m2/${group//.//}/$artifact/$version/$artifact-$version.jar"
  [ -f "$jar" ] && return
  if ! command -v mvn >/dev/null 2>&1; then
    fail "$JAR_COORDINATES (mvn is not installed: apt-get install -y maven)"
    return
  fi
  echo "setup-clients: fetching $JAR_COORDINATES from Maven Central" >&2
  if mvn --batch-mode --quiet -Dstyle.color=never -Dmaven.repo.local="$TOOLS/m2" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact="$JAR_COORDINATES" -Dtransitive=false &&
    [ -f "$jar" ]; then
    installed+=("$JAR_COORDINATES")
  else
    fail "$JAR_COORDINATES; run: mvn -Dmaven.repo.local=.tools/m2 dependency:get -Dartifact=$JAR_COORDINATES"
  fi
}

python_venv() {
  local requirements="$ROOT/clients/python/requirements.txt" venv="$TOOLS/python" want
  want=$(sha256sum "$requirements" | cut -d' ' -f1)
  # The stamp holds the hash of the requirements the virtualenv was built from: unchanged file, nothing to do.
  [ -x "$venv/bin/python" ] && [ "$(cat "$venv/requirements.sha256" 2>/dev/null)" = "$want" ] && return
  if ! command -v python3 >/dev/null 2>&1; then
    fail "clients/python/requirements.txt (python3 is not installed: apt-get install -y python3-venv)"
    return
  fi
  echo "setup-clients: installing clients/python/requirements.txt into .tools/python" >&2
  rm -rf "$venv"
  if python3 -m venv "$venv" &&
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"; then
    echo "$want" >"$venv/requirements.sha256"
    installed+=("clients/python/requirements.txt")
  else
    fail "clients/python/requirements.txt; run: python3 -m venv .tools/python && .tools/python/bin/pip install -r clients/python/requirements.txt"
  fi
}

go_modules() {
  if ! command -v go >/dev/null 2>&1; then
    fail "Go modules of clients/go (go is not installed: apt-get install -y golang-go)"
    return
  fi
  # `go mod download` is a no-op when every module of go.sum is in the cache already.
  if ! (cd clients/go && GOMODCACHE="$TOOLS/go/mod" GOCACHE="$TOOLS/go/cache" GOFLAGS=-modcacherw GOTOOLCHAIN=local \
    go mod download); then
    fail "Go modules of clients/go; run: (cd clients/go && GOMODCACHE=$TOOLS/go/mod go mod download)"
  fi
}

debian_packages
openapi_generator_jar
python_venv
go_modules

if [ ${#failures[@]} -gt 0 ]; then
  {
    echo "setup-clients: the generated-client tests need what could not be installed here:"
    printf '  - %s\n' "${failures[@]}"
  } >&2
  exit 1
fi
if [ ${#installed[@]} -gt 0 ]; then
  echo "setup-clients: installed ${installed[*]}" >&2
fi
