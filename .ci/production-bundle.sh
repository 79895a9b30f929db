#!/usr/bin/env bash
# Rehearses the Dockerfile's runtime stage without Docker (issue #21): the built API and web app
# in an empty folder, `npm ci --omit=dev` from the bundle's own manifest and lock file, started
# with NODE_ENV=production on PostgreSQL; then health, login and the web page must answer.
# Usage: .ci/production-bundle.sh DATABASE_URL
set -euo pipefail
cd "$(dirname "$0")/.."
database_url="$1"
npx nx run-many -t build -p api web --output-style=static
npx nx run api:production-lockfile --output-style=static
dir="$(mktemp -d)"
port=3998
cleanup() {
  if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
cp dist/apps/api/package.json dist/apps/api/package-lock.json .npmrc "$dir/"
cp -r dist/apps/api "$dir/api"
cp -r dist/apps/web "$dir/web"
(cd "$dir" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
# node resolves the packages from $dir/node_modules, beside api/, as in the image
env NODE_ENV=production PORT=$port DATABASE_URL="$database_url" DEMO_DATA=true \
  SESSION_SECRET=ci-production-rehearsal-secret-0123456789 \
  AUDIT_KEY=ci-production-rehearsal-audit-key-0123456789 \
  node "$dir/api/main.js" > "$dir/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/api/health" | grep -q '"status":"ok"' || { cat "$dir/app.log"; exit 1; }
curl -fsS -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
  -d '{"email":"officer@lekwacht.test","password":"lekwacht-demo"}' | grep -q '"role":"officer"'
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">'
echo "production bundle: installed with npm ci --omit=dev ($(ls "$dir/node_modules" | wc -l) packages), started, healthy, login and web page ok"
