#!/usr/bin/env bash
# Runs a test program with a real Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon on it, its login keyring
# created in a temporary home and unlocked with a throwaway random password.
# The user's own keyring, bus and home are never touched.
# Usage: tests/run-with-keyring.sh PROGRAM [ARGUMENTS...]
set -euo pipefail

if [[ -z "${RESELLERDESK_PRIVATE_BUS:-}" ]]; then
    # The bus daemon, and any service it starts, inherit this temporary home.
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/runtime"
    export HOME="$home"
    export XDG_DATA_HOME="$home/data"
    export XDG_CONFIG_HOME="$home/config"
    export XDG_CACHE_HOME="$home/cache"
    export XDG_RUNTIME_DIR="$home/runtime"
    export RESELLERDESK_PRIVATE_BUS=1
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# The password goes through a pipe from a shell builtin, so it is never on a command line.
password=$(head -c 24 /dev/urandom | base64)
printf '%s' "$password" \
    | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
unset password

# The daemon returns before it owns the Secret Service name. Wait for the name (at most
# 10 s), so that the test does not start a second, locked daemon through D-Bus activation.
has_owner() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true
}
for _ in $(seq 100); do
    has_owner && break
    sleep 0.1
done
has_owner || { echo "gnome-keyring-daemon did not start" >&2; exit 1; }

# The daemon outlives the private bus, so it is stopped by its process id.
keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
    string:org.freedesktop.secrets | awk '{print $2}')
trap 'kill "$keyring_pid"' EXIT

"$@"
