package org.fedoraproject.hubs.push;

/** One event of a hub's stream: its id, its name ({@code widget.updated}...) and its JSON data. */
public record HubEvent(long id, String name, String data) implements StreamItem {
}
