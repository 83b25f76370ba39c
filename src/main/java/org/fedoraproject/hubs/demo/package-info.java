/**
 * The demo ({@code hubs.demo.enabled=true}): replays recorded bus traffic from a local ZeroMQ
 * publisher, creates the demo hub, and stands in for Bugzilla with recorded answers that follow
 * the replay, so that a new user sees widgets change with no internet.
 */
package org.fedoraproject.hubs.demo;
