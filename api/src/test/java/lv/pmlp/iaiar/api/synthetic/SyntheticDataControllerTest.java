package lv.pmlp.iaiar.api.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The admin route exists only where synthetic data is enabled (the production profile disables it). */
class SyntheticDataControllerTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(SyntheticDataLoader.class, () -> mock(SyntheticDataLoader.class))
            .withUserConfiguration(SyntheticDataController.class);

    @Test
    void theRouteExistsWhenEnabled() {
        context.withPropertyValues("register.synthetic-data.enabled=true")
                .run(c -> assertThat(c).hasSingleBean(SyntheticDataController.class));
    }

    @Test
    void theRouteIsAbsentWhenDisabledOrNotConfigured() {
        context.withPropertyValues("register.synthetic-data.enabled=false")
                .run(c -> assertThat(c).doesNotHaveBean(SyntheticDataController.class));
        context.run(c -> assertThat(c).doesNotHaveBean(SyntheticDataController.class));
    }
}
