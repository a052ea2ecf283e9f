#!/usr/bin/env bash
# Checks the supervision configuration with the tools of Debian's prometheus and prometheus-alertmanager packages:
# the alert rules (syntax, then their unit tests), the Prometheus configuration and the Alertmanager configuration.
# Usage: deploy/monitoring/check.sh   (exit 1 on any error)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for c in promtool amtool; do
  command -v $c >/dev/null || { echo "$c is missing: apt-get install prometheus prometheus-alertmanager" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
promtool check rules "$here/infotools-alerts.yml"
(cd "$here" && promtool test rules infotools-alerts.test.yml)
# prometheus.yml names secret files of the supervision server: check a copy that points at stand-ins
cp "$here/infotools-alerts.yml" "$work/"
echo stand-in >"$work/token"
sed "s#/etc/prometheus/infotools-metrics.token#$work/token#" "$here/prometheus.yml" >"$work/prometheus.yml"
promtool check config "$work/prometheus.yml"
amtool check-config "$here/alertmanager.yml"
echo "supervision configuration OK"
