#!/usr/bin/env bash
# A throwaway Active Directory for the tests: a Samba 4 AD domain controller listening on the loopback
# interface only, with everything it owns (database, configuration, certificates, logs, pid) under $AD_DIR.
#
#   samba-ad.sh up                       provision a fresh domain INFOTOOLS.TEST, seed it, start it (LDAPS on 127.0.0.1:636)
#   samba-ad.sh down                     stop it (the files stay under $AD_DIR for the logs; the next `up` wipes them)
#   samba-ad.sh status                   say whether it answers
#   samba-ad.sh remove-member GROUP USER take USER out of GROUP (the test does the same over LDAPS)
#   samba-ad.sh add-member GROUP USER    put USER back into GROUP
#
# Needs root (Samba's DC refuses otherwise) and Debian's samba packages, which `up` installs when missing.
# Every password below is for this throwaway domain only; ActiveDirectoryIntegrationTests uses the same ones.
set -euo pipefail

AD_DIR=${AD_DIR:-/tmp/infotools-test-ad}
CONF=$AD_DIR/etc/smb.conf
MARKER=$AD_DIR/.infotools-test-ad
REALM=INFOTOOLS.TEST
DOMAIN=INFOTOOLS
ADMIN_PASSWORD='Adm1n-Test-Ad!2026'
# account|password|OU|given name|surname|groups (comma-separated)
ACCOUNTS='jdupont|Ventes-Lyon-2026!|Commerciaux|Jean|Dupont|CRM_Commerciaux
mmartin|Direction-Lyon-2026!|Responsables|Marie|Martin|CRM_Responsables
pdurand|Code-Source-2026!|Developpeurs|Paul|Durand|Developpeurs
ebernard|Tournee-Rhone-2026!|Commerciaux|Eric|Bernard|CRM_Commerciaux'
PACKAGES='samba samba-ad-dc samba-ad-provision samba-dsdb-modules samba-vfs-modules winbind krb5-user ldb-tools ldap-utils'
# the only Samba python module is Debian's: a python3 earlier on PATH (pyenv...) may not have it
PYTHON=/usr/bin/python3

log() { printf 'samba-ad: %s\n' "$*"; }
die() { printf 'samba-ad: %s\n' "$*" >&2; exit 1; }

check_dir() {
  case "$AD_DIR" in
    /*) ;;
    *) die "AD_DIR must be an absolute path (got '$AD_DIR')" ;;
  esac
  [ "$AD_DIR" != / ] || die "AD_DIR must not be /"
  # never wipe a directory this script did not create
  if [ -d "$AD_DIR" ] && [ -n "$(ls -A "$AD_DIR")" ] && [ ! -e "$MARKER" ]; then
    die "$AD_DIR exists and is not a test directory of this script: choose another AD_DIR"
  fi
}

packages_present() {
  command -v samba >/dev/null && command -v samba-tool >/dev/null && command -v ldapsearch >/dev/null \
    && [ -d /usr/share/samba/setup ] && "$PYTHON" -c 'import samba.samdb' 2>/dev/null
}

install_packages() {
  packages_present && return 0
  [ "$(id -u)" = 0 ] || die "the Samba packages are missing and installing them needs root"
  log "installing $PACKAGES"
  # the packages would start the host's own smbd/nmbd on every interface: forbid service starts meanwhile
  local policy=/usr/sbin/policy-rc.d own_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && own_policy=1
  fi
  local rc=0
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES >/dev/null 2>&1 || {
    log "install failed: apt-get update, then again"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES >/dev/null || rc=$?
  }
  [ -z "$own_policy" ] || rm -f "$policy"
  [ "$rc" = 0 ] || die "could not install $PACKAGES"
  packages_present || die "installed, but samba, samba-tool, ldapsearch or $PYTHON's samba module is still missing"
}

keytool_cmd() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/keytool" ]; then
    echo "$JAVA_HOME/bin/keytool"
  elif command -v keytool >/dev/null; then
    command -v keytool
  else
    die "keytool not found (set JAVA_HOME or put a JDK on PATH): it makes the Java truststore"
  fi
}

running_pid() {
  local pid
  pid=$(cat "$AD_DIR/run/samba.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# A CA of this test domain and a certificate for the DC that names 127.0.0.1 and localhost, so that Java
# verifies the host name as in production; Samba's self-signed certificate names neither.
make_certificates() {
  local tls=$AD_DIR/tls keytool
  keytool=$(keytool_cmd)
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/O=InfoTools tests/CN=InfoTools test AD CA" \
    -addext 'basicConstraints=critical,CA:true' -addext 'keyUsage=critical,keyCertSign,cRLSign' \
    -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/O=InfoTools tests/CN=dc1.infotools.test" \
    -keyout "$tls/key.pem" -out "$tls/server.csr" 2>/dev/null
  printf '%s\n' 'basicConstraints=CA:false' 'keyUsage=critical,digitalSignature,keyEncipherment' \
    'extendedKeyUsage=serverAuth' 'subjectAltName=DNS:dc1.infotools.test,DNS:localhost,IP:127.0.0.1' >"$tls/server.ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 30 \
    -extfile "$tls/server.ext" -out "$tls/cert.pem" 2>/dev/null
  chmod 600 "$tls/key.pem" "$tls/ca.key"
  "$keytool" -importcert -noprompt -alias infotools-test-ad-ca -file "$tls/ca.pem" \
    -keystore "$tls/truststore.p12" -storetype PKCS12 -storepass changeit >/dev/null 2>&1
  chmod 644 "$tls/truststore.p12" "$tls/ca.pem"
}

# OUs, groups and users in one python process on the database (the DC is not running yet)
seed() {
  "$PYTHON" - "$CONF" "$ACCOUNTS" <<'PY'
import sys
from samba.auth import system_session
from samba.param import LoadParm
from samba.samdb import SamDB

lp = LoadParm()
lp.load(sys.argv[1])
db = SamDB(url=lp.samdb_url(), session_info=system_session(), lp=lp)
base = str(db.domain_dn())
for ou in ("Commerciaux", "Responsables", "Developpeurs", "Groupes"):
    db.create_ou(f"OU={ou},{base}")
for group in ("CRM_Commerciaux", "CRM_Responsables", "Developpeurs"):
    db.newgroup(group, groupou="OU=Groupes")
for line in sys.argv[2].splitlines():
    account, password, ou, given, surname, groups = line.split("|")
    # CN "Jean Dupont" as in a real directory, so that the account name is not the CN
    db.newuser(account, password, useusernameascn=None, userou=f"OU={ou}", givenname=given, surname=surname,
               mailaddress=f"{given.lower()}.{surname.lower()}@infotools.test")
    for group in groups.split(","):
        db.add_remove_group_members(group, [account], add_members_operation=True)
PY
}

answers() {
  LDAPTLS_CACERT=$AD_DIR/tls/ca.pem ldapsearch -x -o nettimeout=2 -H ldaps://127.0.0.1:636 \
    -D 'Administrator@infotools.test' -w "$ADMIN_PASSWORD" -b '' -s base dnsHostName >/dev/null 2>&1
}

up() {
  local start=$SECONDS
  check_dir
  install_packages
  [ "$(id -u)" = 0 ] || die "a Samba AD DC must run as root"
  [ -z "$(running_pid)" ] || down
  # another DC (of another AD_DIR) would answer in place of this one
  if (exec 3<>/dev/tcp/127.0.0.1/636) 2>/dev/null; then
    die "something already listens on 127.0.0.1:636 (a DC of another AD_DIR? stop it with its samba-ad.sh down)"
  fi
  rm -rf "$AD_DIR"
  mkdir -p "$AD_DIR"/{run,log,tls}
  touch "$MARKER"
  make_certificates
  # loopback only; only the LDAP service (LDAP 389, LDAPS 636, global catalog 3268/3269): no SMB, DNS,
  # Kerberos or RPC ports, so nothing clashes with services of the host
  samba-tool domain provision --targetdir="$AD_DIR" --realm="$REALM" --domain="$DOMAIN" --server-role=dc \
    --dns-backend=NONE --host-name=dc1 --adminpass="$ADMIN_PASSWORD" \
    --option="interfaces = lo" --option="bind interfaces only = yes" \
    --option="server services = ldap" \
    --option="log file = $AD_DIR/log/log.%m" --option="pid directory = $AD_DIR/run" \
    --option="winbindd socket directory = $AD_DIR/run/winbindd" \
    --option="ntp signd socket directory = $AD_DIR/run/ntp_signd" --option="ncalrpc dir = $AD_DIR/run/ncalrpc" \
    --option="tls keyfile = $AD_DIR/tls/key.pem" --option="tls certfile = $AD_DIR/tls/cert.pem" \
    --option="tls cafile = $AD_DIR/tls/ca.pem" --option="prefork children = 1" \
    >"$AD_DIR/log/provision.log" 2>&1 || { tail -30 "$AD_DIR/log/provision.log" >&2; die "provisioning failed"; }
  seed >"$AD_DIR/log/seed.log" 2>&1 || { cat "$AD_DIR/log/seed.log" >&2; die "seeding failed"; }
  samba -D -s "$CONF"
  for _ in $(seq 1 120); do
    if [ -e "$AD_DIR/run/samba.pid" ] && [ -z "$(running_pid)" ]; then
      tail -40 "$AD_DIR/log/log.samba" >&2 || true
      die "samba exited"
    fi
    if answers; then
      log "Active Directory $REALM ready on ldaps://127.0.0.1:636 in $((SECONDS - start)) s (truststore: $AD_DIR/tls/truststore.p12)"
      return 0
    fi
    sleep 0.5
  done
  tail -40 "$AD_DIR/log/log.samba" >&2 || true
  down || true
  die "the DC did not answer on ldaps://127.0.0.1:636 within 60 s"
}

down() {
  local pid
  pid=$(running_pid) || { log "not running"; return 0; }
  kill -TERM "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || { log "stopped"; return 0; }
    sleep 0.25
  done
  kill -KILL "$pid" 2>/dev/null || true
  log "killed"
}

status() {
  if [ -n "$(running_pid)" ] && answers; then
    log "running, answers on ldaps://127.0.0.1:636"
  else
    log "not answering"
    return 1
  fi
}

membership() {
  [ $# = 3 ] || die "usage: samba-ad.sh $1-member GROUP USER"
  samba-tool group "${1}members" "$2" "$3" -s "$CONF"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  remove-member) shift; membership remove "$@" ;;
  add-member) shift; membership add "$@" ;;
  *) die "usage: samba-ad.sh up|down|status|remove-member GROUP USER|add-member GROUP USER" ;;
esac
