package org.fedoraproject.hubs.hub;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A Fedora account or group name: what a user or a hub may be called (it is part of URLs). */
@NotNull
@Pattern(regexp = FedoraName.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface FedoraName {

    String PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    /** The rule in words, for problem documents. */
    String RULE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
