package lv.pmlp.iaiar.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link RegisterApiTest}, but in an application of its own: these tests load a synthetic population over
 * the last five years, which would change the hand-computed statistics of tests that share the other one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RegisterApiTest
@TestPropertySource(properties = "register.test.context=population")
public @interface PopulationTest {
}
