package org.fedoraproject.hubs.hub;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The entities' instants as the {@code timestamp with time zone} columns they are stored in. JPA 3.1
 * maps {@link OffsetDateTime} but not {@link Instant}: Hibernate (WildFly) does anyway, EclipseLink
 * (Payara) would serialize it into bytes, which the column refuses.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
