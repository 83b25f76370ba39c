#!/usr/bin/env bash
# Hubs server configuration for Payara Server 6 (embedded OpenMQ broker, H2 shipped with Payara):
# the counterpart of server-config/wildfly/hubs.cli. Applied by the build to a running domain
# (server-config/payara/domain.sh starts it, runs this, stops it); by hand, against a running domain:
#
#   ASADMIN=payara6/bin/asadmin AS_ADMIN_PORT=4848 server-config/payara/hubs.sh \
#       [--database h2|postgresql] [--heap 1g] hubs.bus.endpoints=tcp://127.0.0.1:9941 ...
#
# asadmin's own variables (AS_ADMIN_PORT, AS_ADMIN_USER, AS_ADMIN_PASSWORDFILE) say which domain.
# The operands are the application's settings (MicroProfile Config keys), kept as the server's
# system properties; an empty value removes the key (the application's default applies).
#
# Converges: what is missing is created, every value is set again (a changed value reaches an
# existing domain), system properties hubs.* that are no longer asked for are removed; then the
# result is read back and checked. Two or three asadmin runs (multimode), about 5 s.
# Some changes (heap, thread pool size) take effect at the next start of the domain.
set -euo pipefail

asadmin=${ASADMIN:?ASADMIN must name the asadmin script}
database=h2
heap=1g

usage() {
    echo "usage: ASADMIN=... AS_ADMIN_PORT=... $0 [--database h2|postgresql] [--heap SIZE] [key=value]..." >&2
    exit 2
}
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --database) database=${2:-}; shift 2 ;;
        --heap) heap=${2:-}; shift 2 ;;
        *) usage ;;
    esac
done
[[ $database == h2 || $database == postgresql ]] || usage
[[ $heap =~ ^[0-9]+[mg]$ ]] || usage

# --- What the domain must hold ------------------------------------------------------------
# JMS resources (JNDI name, the same as the application's resource reference names, see
# WEB-INF/glassfish-web.xml) -> OpenMQ physical destination. OpenMQ names allow letters, digits
# and "_" only: hubs.inbound becomes hubs_inbound.
# The pipeline: bus ingest -> jms/hubs/inbound -> triage -> jms/hubs/rebuild -> rebuild worker.
declare -A queues=(
    [jms/hubs/inbound]=hubs_inbound
    [jms/hubs/rebuild]=hubs_rebuild
    # The raw broker baseline of the load harness (admin endpoint): plain send and receive.
    [jms/hubs/baseline]=hubs_baseline
    # What the message-driven beans give up on (WEB-INF/glassfish-ejb-jar.xml: after the redelivery
    # attempts, the resource adapter sends it to the dead message queue): the admin page's dead
    # letters are OpenMQ's own dead message queue, which exists in every broker.
    [jms/hubs/dead-letter]=mq.sys.dmq
)
# Reload announcements go to a topic so that every server of a cluster pushes to its own browsers.
declare -A topics=(
    [jms/hubs/reload]=hubs_reload
)
# A plain (non-XA) connection factory for browsing the queues and the broker baseline.
jms_pool=hubs-jms-local
jms_factory=jms/hubs/connection-factory

# jdbc/hubs: embedded H2 on disk in the domain directory (the default), or PostgreSQL at
# hubs.db.url (no connection is opened until the pool is used, so defining it costs nothing).
# Layout changes of one hub wait for each other on the hub's row lock: wait up to 10 s, not H2's 1 s.
# MODE=LEGACY: Payara's EclipseLink reads generated ids with H2 1.x's IDENTITY(), which H2 2 keeps
# only in that mode.
h2_url='jdbc:h2:${com.sun.aas.instanceRoot}/hubs-data/hubs;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;MODE=LEGACY'
declare -A settings=(
    # On Payara the widget caches are Infinispan caches embedded in the application.
    [hubs.cache.mode]=embedded
    # PostgreSQL's connection (used with --database postgresql), as on WildFly.
    [hubs.db.url]=jdbc:postgresql://127.0.0.1:5432/hubs
    [hubs.db.user]=hubs
    [hubs.db.password]=hubs
)
for setting in "$@"; do
    [[ $setting == hubs.*=* ]] || { echo "not a hubs.* setting: $setting" >&2; exit 2; }
    settings[${setting%%=*}]=${setting#*=}
done

# --- asadmin ------------------------------------------------------------------------------
# multimode runs a file of commands in one JVM; it goes on after a failed command and exits 0,
# so failures are found in its output.
batch_file=$(mktemp)
trap 'rm -f "$batch_file"' EXIT

run_batch() {
    local output
    output=$("$asadmin" --interactive=false multimode --file "$batch_file" 2>&1 | grep -v '^Unable to retrieve infocmp') || true
    if grep -q -e '^Command .* failed\.$' -e '^remote failure:' <<<"$output"; then
        echo "$output" >&2
        echo "hubs.sh: asadmin failed (above)" >&2
        return 1
    fi
    printf '%s\n' "$output"
}

# The output of one command of a batch: the lines before its "Command <name> executed successfully."
section() {
    awk -v name="$2" '
        /^Command [^ ]+ executed successfully\.$/ { if ($2 == name) { printf "%s", text; exit } text = ""; next }
        { text = text $0 "\n" }' <<<"$1"
}

# A multimode word: single-quoted (the tokenizer keeps backslashes there).
quote() {
    [[ $1 != *"'"* && $1 != *'"'* ]] || { echo "quotes are not supported in values: $1" >&2; exit 2; }
    printf "'%s'" "$1"
}

# A create-system-properties operand: backslash, ":" and "=" escaped in the value.
property() {
    local value=${2//\\/\\\\}
    value=${value//:/\\:}
    value=${value//=/\\=}
    quote "$1=$value"
}

# What the domain holds; with "values", also the settings of Hubs' resources (which must exist then:
# asadmin's get fails on a pattern that matches nothing).
read_state() {
    cat >"$batch_file" <<EOF
list-jmsdest
list-admin-objects
list-connector-connection-pools
list-connector-resources
list-jdbc-connection-pools
list-jdbc-resources
list-system-properties
list-jvm-options
EOF
    if [[ ${1:-} == values ]]; then
        echo "get 'resources.admin-object-resource.*.property.Name'" >>"$batch_file"
        echo "get 'resources.jdbc-resource.*.pool-name'" >>"$batch_file"
    fi
    state=$(run_batch)
    destinations=$(section "$state" list-jmsdest)
    admin_objects=$(section "$state" list-admin-objects)
    connector_pools=$(section "$state" list-connector-connection-pools)
    connector_resources=$(section "$state" list-connector-resources)
    jdbc_pools=$(section "$state" list-jdbc-connection-pools)
    jdbc_resources=$(section "$state" list-jdbc-resources)
    system_properties=$(section "$state" list-system-properties | grep '=' || true)
    jvm_options=$(section "$state" list-jvm-options)
}

has() { grep -qxF -- "$2" <<<"$1"; }

# --- Read, converge, check ------------------------------------------------------------------
read_state

{
    # Physical destinations (mq.sys.dmq always exists); then the resources that name them.
    for jndi in "${!queues[@]}"; do
        has "$destinations" "${queues[$jndi]}" || echo "create-jmsdest --desttype queue ${queues[$jndi]}"
    done
    for jndi in "${!topics[@]}"; do
        has "$destinations" "${topics[$jndi]}" || echo "create-jmsdest --desttype topic ${topics[$jndi]}"
    done
    for jndi in "${!queues[@]}" "${!topics[@]}"; do
        destination=${queues[$jndi]:-${topics[$jndi]:-}}
        type=jakarta.jms.Queue
        [[ -v "topics[$jndi]" ]] && type=jakarta.jms.Topic
        has "$admin_objects" "$jndi" \
            || echo "create-admin-object --raname jmsra --restype $type --property Name=$destination $jndi"
        echo "set resources.admin-object-resource.$jndi.property.Name=$destination"
    done

    has "$connector_pools" "$jms_pool" || echo "create-connector-connection-pool --raname jmsra" \
        "--connectiondefinition jakarta.jms.ConnectionFactory --transactionsupport NoTransaction $jms_pool"
    echo "set resources.connector-connection-pool.$jms_pool.transaction-support=NoTransaction"
    has "$connector_resources" "$jms_factory" || echo "create-connector-resource --poolname $jms_pool $jms_factory"
    echo "set resources.connector-resource.$jms_factory.pool-name=$jms_pool"

    has "$jdbc_pools" hubs-h2 || echo "create-jdbc-connection-pool" \
        "--datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource hubs-h2"
    echo "set $(quote "resources.jdbc-connection-pool.hubs-h2.property.URL=$h2_url")"
    echo "set resources.jdbc-connection-pool.hubs-h2.property.user=sa"
    echo "set resources.jdbc-connection-pool.hubs-h2.property.password=sa"
    has "$jdbc_pools" hubs-postgresql || echo "create-jdbc-connection-pool" \
        "--datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource hubs-postgresql"
    # The server resolves ${...} from its system properties when the pool opens connections.
    echo "set 'resources.jdbc-connection-pool.hubs-postgresql.property.URL=\${hubs.db.url}'"
    echo "set 'resources.jdbc-connection-pool.hubs-postgresql.property.user=\${hubs.db.user}'"
    echo "set 'resources.jdbc-connection-pool.hubs-postgresql.property.password=\${hubs.db.password}'"
    echo "set resources.jdbc-connection-pool.hubs-postgresql.connection-validation-method=meta-data"
    echo "set resources.jdbc-connection-pool.hubs-postgresql.is-connection-validation-required=true"
    has "$jdbc_resources" jdbc/hubs || echo "create-jdbc-resource --connectionpoolid hubs-$database jdbc/hubs"
    echo "set resources.jdbc-resource.jdbc/hubs.pool-name=hubs-$database"

    # The application's settings: changed ones written, those no longer asked for removed.
    while IFS= read -r line; do
        name=${line%%=*}
        [[ $name == hubs.* ]] || continue
        if [[ -z ${settings[$name]+set} || -z ${settings[$name]} ]]; then
            echo "delete-system-property $name"
        fi
    done <<<"$system_properties"
    for name in "${!settings[@]}"; do
        [[ -n ${settings[$name]} ]] || continue
        has "$system_properties" "$name=${settings[$name]}" \
            || echo "create-system-properties $(property "$name" "${settings[$name]}")"
    done

    # Heap: 1 GB by default (Payara's default is 512 MB; the application holds its caches).
    if ! has "$jvm_options" "-Xmx$heap"; then
        grep -x -- '-Xmx[0-9]*[kmgKMG]' <<<"$jvm_options" | sed 's/^/delete-jvm-options /' || true
        echo "create-jvm-options -Xmx$heap"
    fi
    # Payara's HTTP pool has 5 threads; browsers, scripts and the tests call at once.
    echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64"
    echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8"
    # A single server: no data grid (Hubs shares nothing through it; starts faster).
    echo "set-hazelcast-configuration --enabled=false --dynamic=false"
    # Applications come and go by asadmin deploy only.
    echo "set configs.config.server-config.admin-service.das-config.autodeploy-enabled=false"
} >"$batch_file"
run_batch >/dev/null

# Read back: everything is there and says what was asked.
read_state values
failed=0
check() {
    if ! "$@"; then
        echo "hubs.sh: check failed: ${*:2}" >&2
        failed=1
    fi
}
for jndi in "${!queues[@]}" "${!topics[@]}"; do
    destination=${queues[$jndi]:-${topics[$jndi]:-}}
    check has "$destinations" "$destination"
    check has "$admin_objects" "$jndi"
    check grep -qxF "resources.admin-object-resource.$jndi.property.Name=$destination" <<<"$state"
done
check has "$connector_resources" "$jms_factory"
check has "$jdbc_resources" jdbc/hubs
check grep -qxF "resources.jdbc-resource.jdbc/hubs.pool-name=hubs-$database" <<<"$state"
for name in "${!settings[@]}"; do
    [[ -z ${settings[$name]} ]] || check has "$system_properties" "$name=${settings[$name]}"
done
check has "$jvm_options" "-Xmx$heap"
[[ $failed == 0 ]] || exit 1
echo "hubs.sh: domain at port ${AS_ADMIN_PORT:-4848} configured (database $database, ${#settings[@]} settings)"
