package org.fedoraproject.hubs.hub;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A page of widgets: a user's, a team's or a private stream. Names are unique across types. */
@Entity
@Table(name = "hub")
public class Hub {

    @Id
    @Column(length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "hub_type", nullable = false, length = 16)
    private HubType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Hub-level settings seen in the wild: description, bugzilla_email, pagure_username... */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hub_setting", joinColumns = @JoinColumn(name = "hub_name"))
    @MapKeyColumn(name = "setting_key", length = 64)
    @Column(name = "setting_value", length = 1000)
    private Map<String, String> settings = new HashMap<>();

    protected Hub() {
        // for JPA
    }

    public Hub(String name, HubType type) {
        this.name = name;
        this.type = type;
        this.createdAt = Instant.now();
    }

    public String name() {
        return name;
    }

    public HubType type() {
        return type;
    }

    public Map<String, String> settings() {
        return settings;
    }

    /**
     * What a new widget's parameters may default to ({@code Parameter.fromHubSetting}): the hub's
     * settings, plus {@value #NAME_DEFAULT} (the hub's name) and, on a user hub,
     * {@value #USERNAME_DEFAULT} (its user's account name).
     */
    public Map<String, String> widgetDefaults() {
        Map<String, String> defaults = new HashMap<>(settings);
        defaults.put(NAME_DEFAULT, name);
        if (type == HubType.USER) {
            defaults.put(USERNAME_DEFAULT, name);
        }
        return defaults;
    }

    /** The {@link #widgetDefaults()} key of the hub's name. */
    public static final String NAME_DEFAULT = "hub";
    /** The {@link #widgetDefaults()} key of a user hub's account name. */
    public static final String USERNAME_DEFAULT = "username";
}
