package org.fedoraproject.hubs.hub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One role one user holds in one hub, since when. */
@Entity
@Table(name = "membership")
@IdClass(Membership.Key.class)
public class Membership {

    @Id
    @Column(name = "hub_name", length = 64)
    private String hubName;

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", length = 16)
    private Role role;

    @Column(name = "since", nullable = false)
    private Instant since;

    protected Membership() {
        // for JPA
    }

    public Membership(String hubName, String username, Role role) {
        this.hubName = hubName;
        this.username = username;
        this.role = role;
        this.since = Instant.now();
    }

    public String hubName() {
        return hubName;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Instant since() {
        return since;
    }

    /** The composite primary key: hub, user, role. */
    public static class Key implements Serializable {
        private String hubName;
        private String username;
        private Role role;

        protected Key() {
            // for JPA
        }

        public Key(String hubName, String username, Role role) {
            this.hubName = hubName;
            this.username = username;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hubName.equals(key.hubName) && username.equals(key.username)
                    && role == key.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(hubName, username, role);
        }
    }
}
