#!/bin/sh
# The demo's web console user: a management user (ManagementRealm) of the demo server only, made
# with WildFly's own add-user.sh in the demo server's configuration directory, then announced.
# Run by ./mvnw -Pdemo before the server starts. Idempotent: add-user.sh updates an existing user.
# Production provisioning makes no management user; the tests make their own (pom: test-console-user).
# Usage: demo-console-user.sh <WildFly home> <server configuration directory> <user> <password>
set -eu
wildfly_home=$1
config_dir=$2
user=$3
password=$4

# add-user.sh writes only to files that exist; the demo's start empty (the build's copy leaves them out).
touch "$config_dir/mgmt-users.properties" "$config_dir/mgmt-groups.properties"
"$wildfly_home/bin/add-user.sh" -sc "$config_dir" -u "$user" -p "$password" -s

cat <<ANNOUNCEMENT
------------------------------------------------------------------------
 WildFly web console (demo only): http://localhost:9990
   user: $user   password: $password
   Hubs' queues: Runtime > (the server) > Messaging > Server > default
   (hubs.inbound, hubs.rebuild, hubs-dead-letter, topic hubs.reload)
------------------------------------------------------------------------
ANNOUNCEMENT
