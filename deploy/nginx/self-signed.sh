#!/usr/bin/env bash
# usage: self-signed.sh DIR [NAME...] — a throwaway CA and a certificate for NAME (default infotools.example and its
# www alias, localhost, 127.0.0.1) in DIR: ca.pem, fullchain.pem, privkey.pem. For tests and trials only: production
# uses a certificate from ACME (Let's Encrypt) or the company's CA.
set -euo pipefail
dir=${1:?usage: self-signed.sh DIR [NAME...]}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(infotools.example www.infotools.example localhost)
mkdir -p "$dir"
cd "$dir"
san="IP:127.0.0.1"
for n in "${names[@]}"; do san="$san,DNS:$n"; done
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=InfoTools test CA" -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=${names[0]}" -keyout privkey.pem -out server.csr 2>/dev/null
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$san" >ext.cnf
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile ext.cnf \
  -out fullchain.pem 2>/dev/null
chmod 600 privkey.pem ca.key
rm -f server.csr ext.cnf ca.srl
echo "certificate for ${names[*]} in $dir (CA: $dir/ca.pem)"
