#!/usr/bin/env bash
# A Payara domain for Hubs, as the build provisions it: created when missing, started, configured
# by hubs.sh (beside this script), stopped. Idempotent: run it again on an existing domain and it
# converges (a domain left running by an interrupted run is stopped first); when neither the scripts
# nor the arguments changed since the last run, the domain is not started again.
#
#   domain.sh --home target/payara6 --domain hubs-it [--portbase 20000] [--fresh]
#             [--admin-user NAME --admin-password SECRET] [--run WAR] [hubs.sh options and settings]
#
# (--option=value works too; an empty value is no value.)
# --portbase N   the domain's ports are N+48 (admin), N+80 (HTTP), N+76 (JMS)... (asadmin
#                create-domain --portbase); without it Payara's defaults: 4848, 8080, 7676...
# --fresh        removes the H2 database: the application starts from empty data (the integration
#                tests' domain; PayaraIT also empties the queues when it starts the domain).
# --admin-user, --admin-password
#                the administrator (web console on the admin port) made when the domain is created;
#                without them "admin" with no password, which asadmin and the console accept only
#                from this machine.
# --run WAR      then starts the domain, deploys WAR at the root context and follows the server's
#                log until Ctrl-C, which stops the domain (the demo).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home= domain= portbase= fresh=false admin_user= admin_password= war=
configure=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --fresh) fresh=true; shift; continue ;;
        --home=* | --domain=* | --portbase=* | --admin-user=* | --admin-password=* | --run=*)
            option=${1%%=*} value=${1#*=}; shift ;;
        --home | --domain | --portbase | --admin-user | --admin-password | --run)
            option=$1 value=${2:-}; shift 2 ;;
        *) configure+=("$1"); shift; continue ;;
    esac
    case $option in
        --home) home=$value ;;
        --domain) domain=$value ;;
        --portbase) portbase=$value ;;
        --admin-user) admin_user=$value ;;
        --admin-password) admin_password=$value ;;
        --run) war=$value ;;
    esac
done
if [[ -z $home || -z $domain ]]; then
    echo "usage: $0 --home PAYARA_HOME --domain NAME [options] [hubs.sh options and settings]" >&2
    exit 2
fi

export ASADMIN=$home/bin/asadmin
export AS_ADMIN_PORT=$(( ${portbase:-4800} + 48 ))
domain_dir=$home/glassfish/domains/$domain
log() { echo "[payara $domain] $*"; }

# asadmin reads the administrator's password from a file (never from the command line).
password_file=$(mktemp)
trap 'rm -f "$password_file"' EXIT
echo "AS_ADMIN_PASSWORD=$admin_password" >"$password_file"
if [[ -n $admin_user ]]; then
    export AS_ADMIN_USER=$admin_user AS_ADMIN_PASSWORDFILE=$password_file
fi

if [[ ! -d $domain_dir ]]; then
    log "creating the domain (admin port $AS_ADMIN_PORT)"
    if [[ -n $admin_user ]]; then
        "$ASADMIN" --user "$admin_user" --passwordfile "$password_file" create-domain --checkports=false \
            ${portbase:+--portbase "$portbase"} "$domain"
    else
        "$ASADMIN" create-domain --checkports=false --nopassword ${portbase:+--portbase "$portbase"} "$domain"
    fi
fi

# A domain left running (an interrupted test run, a demo in another terminal) is stopped first.
"$ASADMIN" stop-domain "$domain" >/dev/null 2>&1 || true
if [[ $fresh == true ]]; then
    rm -rf "$domain_dir/hubs-data"
fi

# What the configuration depends on: these scripts and their arguments. Unchanged since the last
# provisioning, the domain holds it already and is not started for nothing (about 40 s).
stamp_file=$domain_dir/config/hubs-provisioned.sha256
stamp=$( { cat "$here/domain.sh" "$here/hubs.sh"; printf '%s\n' "${configure[@]}"; } | sha256sum | cut -d' ' -f1)
# Hubs is deployed only while a test or the demo runs: one left by an interrupted run is removed
# (started with the domain, it can break the domain's web container: "zip file closed").
leftover=false
if grep -q '<application [^>]*name="hubs"' "$domain_dir/config/domain.xml"; then
    leftover=true
fi
if [[ $leftover == false && -f $stamp_file && $(<"$stamp_file") == "$stamp" ]]; then
    log "configuration unchanged since the last provisioning"
else
    log "starting the domain to configure it"
    rm -f "$stamp_file"
    "$ASADMIN" start-domain "$domain" >/dev/null
    trap '"$ASADMIN" stop-domain "$domain" >/dev/null; rm -f "$password_file"' EXIT
    if [[ $leftover == true ]]; then
        "$ASADMIN" undeploy hubs >/dev/null
    fi
    "$here/hubs.sh" "${configure[@]}"
    "$ASADMIN" stop-domain "$domain" >/dev/null
    trap 'rm -f "$password_file"' EXIT
    echo "$stamp" >"$stamp_file"
    log "configured and stopped"
fi

if [[ -n $war ]]; then
    # Then in the foreground until Ctrl-C, or until Maven ends this script: either stops the domain.
    # start-domain returns once the domain and what it had deployed are up: the deployment then
    # replaces the WAR without racing the start. Output may have gone with Maven: no SIGPIPE.
    trap '' PIPE
    follower=
    trap '[[ -z $follower ]] || kill "$follower"; "$ASADMIN" undeploy hubs >/dev/null 2>&1;
          "$ASADMIN" stop-domain "$domain" >/dev/null 2>&1; rm -f "$password_file"' EXIT
    trap 'exit 130' INT TERM
    log "starting the domain"
    "$ASADMIN" start-domain "$domain" >/dev/null
    log "deploying $war at /"
    "$ASADMIN" deploy --force=true --name hubs --contextroot / "$war" >/dev/null
    if [[ -n $admin_user ]]; then
        cat <<ANNOUNCEMENT
------------------------------------------------------------------------
 Hubs: http://localhost:$(( ${portbase:-8000} + 80 ))/   (Ctrl-C stops the domain)
 Payara web console: http://localhost:$AS_ADMIN_PORT
   user: $admin_user   password: $admin_password
   Hubs' destinations: Resources > JMS Resources > Destination Resources (jms/hubs/*);
   their messages: Server (Admin Server) > JMS Physical Destinations > View
   (hubs_inbound, hubs_rebuild, hubs_reload, mq.sys.dmq: the dead letters)
------------------------------------------------------------------------
ANNOUNCEMENT
    fi
    tail -n 0 -F "$domain_dir/logs/server.log" &
    follower=$!
    wait "$follower"
fi
