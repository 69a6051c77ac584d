#!/usr/bin/env bash
# Saves what Mono serves for each ASMX service (WSDL, service help page, operation pages per
# binding and tab) into test/interop/snapshots/, with the port normalised to 8080.
#   test/interop/snapshot.sh http://127.0.0.1:PORT
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BASE="${1:?base URL, e.g. http://127.0.0.1:8080}"
OUT="$HERE/snapshots"
mkdir -p "$OUT"
PORT="${BASE##*:}"

save() { # url file
  curl -sf "$1" -o "$OUT/$2.part"
  sed -e "s#localhost:$PORT#localhost:8080#g; s#127.0.0.1:$PORT#127.0.0.1:8080#g" "$OUT/$2.part" > "$OUT/$2"
  rm -f "$OUT/$2.part"
  echo "saved $2 ($(wc -c < "$OUT/$2") bytes)"
}

# service path | file stem | binding prefix | operations
while IFS='|' read -r path stem binding ops; do
  save "$BASE$path?wsdl" "$stem.wsdl"
  save "$BASE$path" "$stem.help.html"
  for op in $ops; do
    for b in Soap Soap12; do
      for tab in main msg; do
        save "$BASE$path?page=op&tab=$tab&op=$op&bnd=$binding$b" "$stem.$op.$b.$tab.html"
      done
    done
  done
done <<'LIST'
/PlusventaServiceV2.asmx|PlusventaServiceV2|PlusventaServiceV2|CreateInteraction
/semp/TPClientWebServicesAPI.asmx|TPClientWebServicesAPI|TPClientWebServicesAPI|GetChatRequestByConnectionId
/Interop.asmx|Interop|Interop|EchoOrder Touch Divide
/Encoded.asmx|Encoded|Encoded|Redraw
/xweb/netForumXML.asmx|netForumXML|netForumXML|InsertFacadeObject Authenticate
LIST
