#!/bin/sh
# The CLI's member export, unlimited member list and member import on the architecture.md §7
# file, each against the sqlite3 shell doing the same SQL: wall time and peak RSS
# (/usr/bin/time), median of RUNS runs, and the ratio. Prints Markdown.
#
# Usage: benchmarks/bench_cli.sh BUILD_DIR DB [RUNS]
#   DB is the file bench_gui or bench_scale generated (it is modified: user000001 gets the
#   test password of tests/data/bcrypt_hashes.json, and the import adds and removes one
#   workspace's grants in tenant-000002).
set -eu

build=$1
db=$2
runs=${3:-3}
tenantctl=$build/src/cli/tenantctl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A known password (cost 10) for the signed-in admin: npm bcrypt's hash of the test vectors.
sqlite3 "$db" "UPDATE users SET password_hash = '\$2b\$10\$IF0e1pe/CTdI9msklcHfqu.n/k2ErMsxbyeDYVHu0/kN/zl9p8fGi' WHERE username = 'user000001'"
export TENANTDESK_PASSWORD='correct horse battery'

crlf=$(printf '\r\nx'); crlf=${crlf%x}
big=b0000000-0000-4000-8000-000000000001
members_sql="SELECT u.username AS user, w.slug AS workspace, tu.role AS role FROM tenant_users tu JOIN users u ON u.id = tu.user_id LEFT JOIN workspaces w ON w.id = tu.workspace_id WHERE tu.tenant_id = '$big' ORDER BY tu.rowid"

# measure NAME COMMAND...: runs it RUNS times (output to /dev/null); prints "seconds maxKB"
# of the median run by time.
measure() {
    for i in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$tmp/t.$i" "$@" > /dev/null
    done
    cat "$tmp"/t.* | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
    rm -f "$tmp"/t.*
}

row() { # what, ours "s kb", floor "s kb"
    echo "$2 $3" | awk -v what="$1" '{ printf "| %s | %.2f s, %.0f MB | %.2f s, %.0f MB | %.2fx |\n", what, $1, $2 / 1024, $3, $4 / 1024, ($3 > 0 ? $1 / $3 : 0) }'
}

echo "| what (1,000,000-row tenant) | tenantctl | sqlite3 shell | ratio |"
echo "|---|---|---|---|"

base=$(measure "$tenantctl" --db "$db" --user user000001 tenant list --limit 1)
echo "$base" | awk '{ printf "| fixed cost: open + bcrypt sign-in (tenant list --limit 1) | %.2f s, %.0f MB | | |\n", $1, $2 / 1024 }'

# The sqlite3 shell gets the tenant's slug resolved for it: it runs the export's one query.
ours=$(measure "$tenantctl" --db "$db" --user user000001 member export tenant-000001)
floor=$(measure sqlite3 -readonly -csv -header -newline "$crlf" "$db" "$members_sql")
row "member export (CSV to stdout)" "$ours" "$floor"

ours=$(measure "$tenantctl" --db "$db" --user user000001 member export tenant-000001 --out "$tmp/out.csv")
floor=$(measure sqlite3 -readonly -csv -header -newline "$crlf" "$db" ".once $tmp/floor.csv" "$members_sql")
row "member export --out FILE" "$ours" "$floor"

ours=$(measure "$tenantctl" --db "$db" --user user000001 member list tenant-000001)
floor=$(measure sqlite3 -readonly -box "$db" "$members_sql")
row "member list, no --limit (table)" "$ours" "$floor"

ours=$(measure "$tenantctl" --db "$db" --user user000001 --json member list tenant-000001)
floor=$(measure sqlite3 -readonly -json "$db" "$members_sql")
row "member list --json, no --limit" "$ours" "$floor"

# Import: 100,000 grants on workspace ws-01 of tenant-000002 (users 1..100,000 as members),
# applied, then removed again; the floor inserts the same rows from the same CSV with the
# shell's .import into a temporary table and one INSERT ... SELECT resolving users and slugs.
t2=b0000000-0000-4000-8000-000000000002
{
    echo "user,workspace,role"
    seq -f 'user%06g,ws-01,member' 1 100000
} > "$tmp/import.csv"
top=$(sqlite3 "$db" "SELECT max(rowid) FROM tenant_users")
before=$(sqlite3 "$db" "SELECT count(*) FROM tenant_users")
undo() { sqlite3 "$db" "DELETE FROM tenant_users WHERE rowid > $top"; }
import_once() {
    /usr/bin/time -f '%e %M' -o "$tmp/t.import" "$tenantctl" --db "$db" --user user000001 member import tenant-000002 "$tmp/import.csv" > "$tmp/import.out" 2>&1 || true
    undo
    cat "$tmp/t.import"
}
floor_once() {
    /usr/bin/time -f '%e %M' -o "$tmp/t.floor" sqlite3 "$db" \
        "CREATE TEMP TABLE imported (user TEXT, workspace TEXT, role TEXT)" \
        ".import --csv --skip 1 $tmp/import.csv imported" \
        "INSERT INTO tenant_users (tenant_id, user_id, workspace_id, role, created_at) SELECT '$t2', u.id, w.id, r.role, 1800000000000 FROM imported r JOIN users u ON u.username = r.user JOIN workspaces w ON w.tenant_id = '$t2' AND w.slug = r.workspace WHERE NOT EXISTS (SELECT 1 FROM tenant_users t WHERE t.tenant_id = '$t2' AND t.user_id = u.id AND t.workspace_id = w.id)" > "$tmp/floor.out" 2>&1
    sqlite3 "$db" "SELECT count(*) - $before FROM tenant_users" > "$tmp/floor.added"
    undo
    cat "$tmp/t.floor"
}
# A second floor: the shell also writes the 100,000 audit entries the import must write (one per
# grant, architecture.md §2), of the same size and shape (the payload through json_object, the
# hashes random: the shell has no SHA-256), in one transaction. Its fake entries would break the
# chain, so it runs on a throwaway copy of the file.
floor2_once() {
    cp "$db" "$tmp/floor2.db"
    /usr/bin/time -f '%e %M' -o "$tmp/t.floor2" sqlite3 "$tmp/floor2.db" \
        "CREATE TEMP TABLE imported (user TEXT, workspace TEXT, role TEXT)" \
        ".import --csv --skip 1 $tmp/import.csv imported" \
        "BEGIN" \
        "INSERT INTO tenant_users (tenant_id, user_id, workspace_id, role, created_at) SELECT '$t2', u.id, w.id, r.role, 1800000000000 FROM imported r JOIN users u ON u.username = r.user JOIN workspaces w ON w.tenant_id = '$t2' AND w.slug = r.workspace WHERE NOT EXISTS (SELECT 1 FROM tenant_users t WHERE t.tenant_id = '$t2' AND t.user_id = u.id AND t.workspace_id = w.id)" \
        "INSERT INTO audit_log_chain (prev_hash, hash, event_type, payload_json, created_at) SELECT lower(hex(randomblob(32))), lower(hex(randomblob(32))), 'membership.granted', json_object('actor', 'user000001', 'after', json_object('role', r.role), 'before', json_object(), 'tenant_id', '$t2', 'tenant_slug', 'tenant-000002', 'user_id', u.id, 'username', u.username, 'workspace_id', w.id, 'workspace_slug', w.slug), 1800000000000 FROM imported r JOIN users u ON u.username = r.user JOIN workspaces w ON w.tenant_id = '$t2' AND w.slug = r.workspace" \
        "COMMIT" > "$tmp/floor2.out" 2>&1
    rm -f "$tmp/floor2.db"
    cat "$tmp/t.floor2"
}
# The file is read once first: a fresh copy is outside the page cache, and whichever side ran
# first paid for reading the indexes it writes (about 1.5 s). Then the three run in turn, RUNS
# times, and each row takes their medians.
cat "$db" > /dev/null
for i in $(seq "$runs"); do
    import_once >> "$tmp/import.ours"
    floor_once >> "$tmp/import.floor"
    floor2_once >> "$tmp/import.floor2"
done
median() { sort -n "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }
ours=$(median "$tmp/import.ours")
floor=$(median "$tmp/import.floor")
floor2=$(median "$tmp/import.floor2")
after=$(sqlite3 "$db" "SELECT count(*) FROM tenant_users")
row "member import of 100,000 rows (all or nothing)" "$ours" "$floor"
row "the same against the shell writing the audit entries too" "$ours" "$floor2"
[ "$before" = "$after" ] || echo "warning: $before grants before, $after after" >&2
echo "tenantctl: $(tail -1 "$tmp/import.out"); sqlite3 added $(cat "$tmp/floor.added") rows $(cat "$tmp/floor.out")" >&2
