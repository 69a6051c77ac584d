#!/usr/bin/env bash
# Runs the interop test bed in the foreground for manual use: Mono (fastcgi-mono-server4) behind
# nginx, bound to 127.0.0.1. Ctrl-C stops both.
#   test/interop/serve.sh [HTTP_PORT=8080] [FCGI_PORT=9000]
# Then e.g.: curl 'http://127.0.0.1:8080/PlusventaServiceV2.asmx?wsdl'
# Tests can use it instead of starting their own: SVCGEN_INTEROP_URL=http://127.0.0.1:8080 npx vitest run test/interop
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
HTTP_PORT="${1:-8080}"
FCGI_PORT="${2:-9000}"
PATH="$PATH:/usr/sbin:/sbin"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/svcgen-interop-XXXXXX")"
mkdir -p "$SCRATCH"/{client_body,proxy,fastcgi,uwsgi,scgi}_temp
sed -e "s#__SCRATCH__#$SCRATCH#g; s#__HTTP_PORT__#$HTTP_PORT#g; s#__FCGI_PORT__#$FCGI_PORT#g; s#__APP_DIR__#$HERE/app#g" \
  "$HERE/nginx.conf.template" > "$SCRATCH/nginx.conf"

# TZ=UTC: DateTime offsets are converted to the server's zone. TMPDIR: a private ASP.NET compile
# folder ($TMPDIR/<user>-temp-aspnet-0), so parallel instances do not replace each other's assemblies.
mkdir -p "$SCRATCH/tmp"
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR="$SCRATCH/tmp"
setsid fastcgi-mono-server4 "/applications=/:$HERE/app/" "/socket=tcp:127.0.0.1:$FCGI_PORT" >"$SCRATCH/mono.log" 2>&1 &
MONO_PID=$!
setsid nginx -c "$SCRATCH/nginx.conf" -p "$SCRATCH" >"$SCRATCH/nginx.out" 2>&1 &
NGINX_PID=$!

cleanup() {
  kill -TERM -- "-$NGINX_PID" "-$MONO_PID" 2>/dev/null || true
  sleep 1
  kill -KILL -- "-$NGINX_PID" "-$MONO_PID" 2>/dev/null || true
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

BASE="http://127.0.0.1:$HTTP_PORT"
for path in /PlusventaServiceV2.asmx?wsdl /semp/TPClientWebServicesAPI.asmx?wsdl /Interop.asmx?wsdl /xweb/netForumXML.asmx?wsdl; do
  for _ in $(seq 1 240); do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path" || true)"
    [ "$code" = 200 ] && break
    sleep 0.5
  done
  echo "warm-up $path: $code"
done
echo "interop test bed at $BASE (logs in $SCRATCH); Ctrl-C to stop"
wait "$MONO_PID" "$NGINX_PID"
