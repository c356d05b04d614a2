package lv.pmlp.iaiar.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema version of an event's stored shape. The serializer records it beside the payload so that
 * upcasters can recognise old shapes; it replaces Axon's {@code @Revision} to keep this module framework-free.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {

    String value();
}
