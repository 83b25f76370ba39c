package org.fedoraproject.hubs.hub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Fedora contributor Hubs has seen: on a first visit to their hub, or when they join or follow one. */
@Entity
@Table(name = "hub_user")
public class HubUser {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HubUser() {
        // for JPA
    }

    public HubUser(String username) {
        this.username = username;
        this.createdAt = Instant.now();
    }

    public String username() {
        return username;
    }
}
