package lv.pmlp.iaiar.api;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import lv.pmlp.iaiar.command.rules.BusinessCalendar;

@SpringBootApplication(scanBasePackages = "lv.pmlp.iaiar")
@ConfigurationPropertiesScan
@EnableScheduling
public class IaiarApplication {

    public static void main(String[] args) {
        configureProcess();
        SpringApplication.run(IaiarApplication.class, args);
    }

    /** Business dates are Latvian calendar days; the update checker would only fail on a closed network. */
    public static void configureProcess() {
        TimeZone.setDefault(TimeZone.getTimeZone(BusinessCalendar.ZONE));
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
