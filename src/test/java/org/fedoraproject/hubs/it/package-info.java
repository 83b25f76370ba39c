/**
 * Integration tests on the provisioned WildFly: Arquillian deploys the packaged WAR; the tests
 * talk to it only over HTTP, server-sent events and ZeroMQ, with stand-ins for the services
 * outside our control (Bugzilla).
 */
package org.fedoraproject.hubs.it;
