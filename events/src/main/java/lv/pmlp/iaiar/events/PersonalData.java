package lv.pmlp.iaiar.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that identifies a person (names, birth date, document numbers). The log stores it
 * encrypted with that person's own key; destroying the key erases it everywhere the log is kept, while the
 * event, its order and its other fields stay. After erasure the component reads as {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {
}
