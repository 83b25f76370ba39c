package org.fedoraproject.hubs.hub;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fedoraproject.hubs.widget.WidgetConfig;

/** One widget on one hub, with its own configuration and place. */
@Entity
@Table(name = "widget_instance")
public class WidgetInstance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hub_name", nullable = false, length = 64)
    private String hubName;

    @Column(name = "widget_type", nullable = false, length = 64)
    private String type;

    /** The validated configuration as a JSON object of strings (a plain string column in H2 and PostgreSQL alike). */
    @Column(name = "config_json", nullable = false, length = 65536)
    private String configJson;

    @Column(name = "page_column", nullable = false, length = 8)
    private String column;

    @Column(name = "position", nullable = false)
    private int index;

    protected WidgetInstance() {
        // for JPA
    }

    public WidgetInstance(String hubName, String type, WidgetConfig config, String column, int index) {
        this.hubName = hubName;
        this.type = type;
        this.configJson = config.toJson().toString();
        this.column = column;
        this.index = index;
    }

    public WidgetRef toRef() {
        return new WidgetRef(id, hubName, type, WidgetConfig.stored(configJson), column, index);
    }

    public Long id() {
        return id;
    }

    public String hubName() {
        return hubName;
    }

    public String column() {
        return column;
    }

    public int index() {
        return index;
    }

    public void configure(WidgetConfig config) {
        this.configJson = config.toJson().toString();
    }

    public void place(String column, int index) {
        this.column = column;
        this.index = index;
    }
}
