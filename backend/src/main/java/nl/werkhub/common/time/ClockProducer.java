package nl.werkhub.common.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The clock that time-dependent rules read (retention, age checks, timestamps of candidate profiles
 * and audit events): UTC system time. Tests replace it with a controllable clock (an
 * {@code @Alternative} bean of type {@link Clock}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
