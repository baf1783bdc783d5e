package nl.werkhub.aftercare;

import java.time.LocalDate;

/** One standard call of a placement's schedule: its kind and the working day it is due. */
public record ScheduledCall(FollowUpKind kind, LocalDate dueDate) {
}
