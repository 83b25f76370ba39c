package org.fedoraproject.hubs.push;

/** What goes down a browser's stream: an event, or a comment (heartbeats, the greeting). */
sealed interface StreamItem permits HubEvent, StreamItem.Comment {

    record Comment(String text) implements StreamItem {
    }
}
