#!/usr/bin/env bash
# Installs what sparknet needs to run natively on a fresh Debian machine; every step checks before acting,
# so running it again is quick and changes nothing. Then: python -m deploy.infra up
#   bootstrap.sh [--for-tests]   --for-tests adds Chromium for the browser tests
#   SPARKNET_CACHE  where the Kafka jars go (default ~/.cache/sparknet), outside the repo
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${SPARKNET_CACHE:-$HOME/.cache/sparknet}
POM=$REPO/deploy/kafka/pom.xml
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")  # the pom names it once

say() { printf 'bootstrap: %s\n' "$*"; }

APT_UPDATED=
apt_install() {
  [ "$(id -u)" = 0 ] || { say "need root to install: $*"; exit 1; }
  if [ -z "$APT_UPDATED" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

install_postgres() {
  if compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
    say "postgresql: present"; return
  fi
  say "postgresql: installing Debian packages"
  apt_install postgresql
  # The install creates (and may start) a default cluster on 5432; infra.py runs its own, so drop it.
  pg_lsclusters -h 2>/dev/null | while read -r version cluster _; do
    pg_dropcluster --stop "$version" "$cluster" || say "warning: could not drop cluster $version/$cluster"
  done
}

install_java_and_maven() {
  local missing=()
  command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
  command -v mvn >/dev/null || missing+=(maven)
  if [ ${#missing[@]} -eq 0 ]; then say "java, maven: present"; return; fi
  say "installing ${missing[*]}"
  apt_install "${missing[@]}"
}

resolve_kafka_jars() {
  local home=$CACHE/kafka-$KAFKA_VERSION stamp
  stamp=$(sha256sum "$POM" | cut -d' ' -f1)
  # The marker holds the pom's hash: written only after a complete copy, stale once the pom changes.
  if [ "$(cat "$home/resolved" 2>/dev/null)" = "$stamp" ]; then
    say "kafka $KAFKA_VERSION jars: present in $home/lib"; return
  fi
  say "kafka $KAFKA_VERSION jars: resolving with maven into $home/lib"
  rm -rf "$home/lib" "$home/resolved"
  local mvn_args=(-B -q -Dstyle.color=never -f "$POM" dependency:copy-dependencies
                  -DincludeScope=runtime "-DoutputDirectory=$home/lib")
  # Offline first: once ~/.m2 holds the jars, no network is needed.
  mvn -o "${mvn_args[@]}" >/dev/null 2>&1 || mvn "${mvn_args[@]}"
  echo "$stamp" >"$home/resolved"
}

create_venv() {
  local venv=$REPO/.venv stamp
  stamp=$(cat "$REPO/requirements.txt" "$REPO/requirements-dev.txt" | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" = "$stamp" ]; then
    say "python venv: up to date"; return
  fi
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  say "python venv: installing requirements-dev.txt"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$REPO/requirements-dev.txt"
  echo "$stamp" >"$venv/.requirements.sha256"
}

install_caddy() {
  if command -v caddy >/dev/null; then say "caddy: present"; return; fi
  say "caddy: installing the Debian package"
  apt_install caddy
  # The package starts a system-wide Caddy on port 80; ours runs under deploy/sparknet, so stop it.
  systemctl disable --now caddy >/dev/null 2>&1 || pkill -x caddy 2>/dev/null || true
}

install_chromium() {
  if [ -x /usr/bin/chromium ]; then say "chromium: present"; return; fi
  say "chromium: installing the Debian package"
  apt_install chromium fonts-noto-core
}

# The web app: node packages exactly as the lock file has them, then a build whenever a source changed.
build_web() {
  local web=$REPO/web lock_stamp source_stamp
  command -v npm >/dev/null || { say "need Node.js 20 and npm to build the web app"; exit 1; }
  lock_stamp=$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$web/node_modules/.lock.sha256" 2>/dev/null)" = "$lock_stamp" ]; then
    say "web packages: up to date"
  else
    say "web packages: npm ci"
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$lock_stamp" >"$web/node_modules/.lock.sha256"
  fi
  source_stamp=$(cd "$web" && find src index.html package-lock.json vite.config.ts tsconfig.json -type f \
                 | sort | xargs sha256sum | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$web/dist/.source.sha256" 2>/dev/null)" = "$source_stamp" ]; then
    say "web app: built"
  else
    say "web app: building"
    (cd "$web" && npm run --silent build >/dev/null)
    echo "$source_stamp" >"$web/dist/.source.sha256"
  fi
}

install_postgres
install_java_and_maven
install_caddy
[ "${1:-}" = --for-tests ] && install_chromium
resolve_kafka_jars
create_venv
build_web
say "done"
