#!/usr/bin/env bash
# Prepares the server for a fast start: unpacks the executable jar and records, with a training run that
# starts the application context and exits, the classes the JVM would otherwise read, check and link at
# every start:
#   - on a JDK 25 or newer, its ahead-of-time cache (JEP 514/515): infotools.aot;
#   - on a JDK 17 to 24, a class-data sharing archive (AppCDS): infotools.jsa. The lambda classes are left
#     out of it: Debian's OpenJDK 17 crashes archiving them (SIGSEGV in
#     SystemDictionaryShared::adjust_lambda_proxy_class_dictionary).
# Either serves only that JVM and that jar: run it again after each upgrade of either. See
# docs/operations.md ("A faster start").
#
#   [JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java] deploy/aot-cache.sh infotools-server-exec.jar /opt/infotools/app [settings...]
#
# The settings are the server's (--spring.profiles.active=prod, --infotools.data-dir=...): the training run
# starts what the real start starts, so it needs the same database (it migrates it, as the first start would).
# The last line printed is the JVM options to start the server with.
set -euo pipefail

if [ $# -lt 2 ]; then
	sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
JAVA=${JAVA:-java}
JAR=$(realpath "$1")
TARGET=$2
shift 2

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')
if [ "${feature:-0}" -lt 17 ]; then
	echo "$JAVA is Java ${feature:-?}: the server needs Java 17 or newer (set JAVA)" >&2
	exit 1
fi

rm -rf "$TARGET"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$TARGET"
TARGET=$(realpath "$TARGET")
APP_JAR=$TARGET/$(basename "$JAR")
LOG=$TARGET/aot-training.log
train() { # JVM options for the training run
	"$JAVA" "$@" -Dspring.context.exit=onRefresh -jar "$APP_JAR" "${SETTINGS[@]}" >"$LOG" 2>&1 || {
		tail -20 "$LOG" >&2
		exit 1
	}
}
SETTINGS=("$@")

# the cache and the archive record the class path as given: an absolute one lets the server start from any folder
if [ "$feature" -ge 25 ]; then
	train -XX:AOTCacheOutput="$TARGET/infotools.aot"
	echo "AOT cache ready: $TARGET/infotools.aot; start the server with:" >&2
	echo "-XX:AOTCache=$TARGET/infotools.aot -jar $APP_JAR"
else
	train -XX:DumpLoadedClassList="$TARGET/classes.lst"
	grep -v '^@lambda-proxy' "$TARGET/classes.lst" >"$TARGET/classes-archived.lst"
	"$JAVA" -Xshare:dump -XX:SharedClassListFile="$TARGET/classes-archived.lst" \
		-XX:SharedArchiveFile="$TARGET/infotools.jsa" -cp "$APP_JAR" >>"$LOG" 2>&1 || {
		tail -20 "$LOG" >&2
		exit 1
	}
	echo "Class-data archive ready: $TARGET/infotools.jsa; start the server with:" >&2
	echo "-XX:SharedArchiveFile=$TARGET/infotools.jsa -jar $APP_JAR"
fi
