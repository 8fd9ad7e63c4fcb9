package io.github.jdpay.test;

import java.time.Duration;
import java.util.Objects;

/**
 * Chooses what goes wrong with the calls selected by {@link SimulatorFaults#next(String)} or
 * {@link SimulatorFaults#always(String)}. Each method registers the fault and returns the faults for chaining.
 */
public final class FaultSpec {

    private final SimulatorFaults faults;

    private final String operation;

    private final int times;

    FaultSpec(SimulatorFaults faults, String operation, int times) {
        this.faults = faults;
        this.operation = operation;
        this.times = times;
    }

    /** Waits this long before handling the call; adds up with the other faults on the call. */
    public SimulatorFaults latency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        return add(new Fault(Fault.Kind.LATENCY, latency, 0, null, null));
    }

    /** Answers with this HTTP status (and a short text body) without handling the call. */
    public SimulatorFaults httpStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 200 to 599 but is " + status);
        }
        return add(new Fault(Fault.Kind.HTTP_STATUS, Duration.ZERO, status, null, null));
    }

    /** Closes the connection without an answer and without handling the call. */
    public SimulatorFaults connectionReset() {
        return add(Fault.of(Fault.Kind.CONNECTION_RESET));
    }

    /** Handles the call (it takes effect), then closes the connection without an answer: the "outcome unknown" case. */
    public SimulatorFaults replyLost() {
        return add(Fault.of(Fault.Kind.REPLY_LOST));
    }

    /** Handles the call, then sends only the first half of the answer. */
    public SimulatorFaults malformedBody() {
        return add(Fault.of(Fault.Kind.MALFORMED_BODY));
    }

    /** Handles the call and answers with a signature that does not verify (one bit flipped, or a wrong MD5 sign). */
    public SimulatorFaults badSignature() {
        return add(Fault.of(Fault.Kind.BAD_SIGNATURE));
    }

    /** Verifies the call, then refuses it with this JD result code and description; the call takes no effect. */
    public SimulatorFaults resultCode(String code, String description) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        return add(new Fault(Fault.Kind.RESULT_CODE, Duration.ZERO, 0, code, description));
    }

    /** As {@link #resultCode(String, String)}, with one of the simulator's codes. */
    public SimulatorFaults resultCode(SimulatorResultCode code) {
        return resultCode(code.code(), code.description());
    }

    private SimulatorFaults add(Fault fault) {
        this.faults.add(this.operation, this.times, fault);
        return this.faults;
    }
}
