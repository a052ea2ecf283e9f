#!/usr/bin/env bash
# Prepares the server for a fast start: unpacks the executable jar and records the JVM's ahead-of-time
# cache (classes already read, parsed and linked) with a training run that starts the application context
# and exits. Needs a JDK 25 or newer (JEP 514/515); the cache only serves that JVM and that jar, so run it
# again after each upgrade of either. See docs/operations.md ("A faster start").
#
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java deploy/aot-cache.sh infotools-server-exec.jar /opt/infotools/app [settings...]
#
# The settings are the server's (--spring.profiles.active=prod, --infotools.data-dir=...): the training run
# starts what the real start starts, so it needs the same database (it migrates it, as the first start would).
# Then start the server with:
#   $JAVA -XX:AOTCache=/opt/infotools/app/infotools.aot -jar /opt/infotools/app/infotools-server-exec.jar
set -euo pipefail

if [ $# -lt 2 ]; then
	sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
JAVA=${JAVA:-java}
JAR=$(realpath "$1")
TARGET=$2
shift 2

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')
if [ "${feature:-0}" -lt 25 ]; then
	echo "$JAVA is Java ${feature:-?}: the AOT cache needs Java 25 or newer (set JAVA)" >&2
	exit 1
fi

rm -rf "$TARGET"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$TARGET"
TARGET=$(realpath "$TARGET")
APP_JAR=$TARGET/$(basename "$JAR")
# the cache records the class path as given: an absolute one lets the server start from any folder
"$JAVA" -XX:AOTCacheOutput="$TARGET/infotools.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" "$@" \
	>"$TARGET/aot-training.log" 2>&1 || {
	tail -20 "$TARGET/aot-training.log" >&2
	exit 1
}
echo "AOT cache ready: $TARGET/infotools.aot; start with: $JAVA -XX:AOTCache=$TARGET/infotools.aot -jar $APP_JAR"
