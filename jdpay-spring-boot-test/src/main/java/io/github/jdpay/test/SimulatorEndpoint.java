package io.github.jdpay.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * One family of simulated interfaces mounted on the HTTP server. Applies the injected faults around the call and
 * turns any unexpected failure into a 500, so a hostile request never stops the simulator.
 */
abstract class SimulatorEndpoint implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(JdPaySimulator.class.getName());

    private final SimulatorFaults faults;

    SimulatorEndpoint(SimulatorFaults faults) {
        this.faults = faults;
    }

    /** The operation the request names, or {@code null} if the path names none (answered 404). */
    abstract @Nullable String operation(HttpExchange exchange);

    /** Handles the call; {@code plan} says whether to refuse it with a result code or to answer with a bad sign. */
    abstract Reply process(HttpExchange exchange, String operation, FaultPlan plan) throws IOException;

    @Override
    public final void handle(HttpExchange exchange) {
        try {
            String operation = operation(exchange);
            if (operation == null) {
                HttpIo.send(exchange, Reply.text(404, "no such simulated interface"));
                return;
            }
            FaultPlan plan = this.faults.take(operation);
            plan.sleep();
            Fault outcome = plan.outcome();
            if (plan.is(Fault.Kind.HTTP_STATUS) && outcome != null) {
                HttpIo.send(exchange, Reply.text(outcome.httpStatus(), "simulated HTTP " + outcome.httpStatus()));
                return;
            }
            if (plan.is(Fault.Kind.CONNECTION_RESET)) {
                return;
            }
            Reply reply = process(exchange, operation, plan);
            if (plan.is(Fault.Kind.REPLY_LOST)) {
                return;
            }
            HttpIo.send(exchange, plan.is(Fault.Kind.MALFORMED_BODY) ? reply.truncated() : reply);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (IOException ex) {
            LOG.log(
                    Level.DEBUG,
                    "simulator could not answer " + exchange.getRequestURI().getPath(),
                    ex);
        } catch (RuntimeException ex) {
            LOG.log(
                    Level.WARNING,
                    "simulator failed on " + exchange.getRequestURI().getPath(),
                    ex);
            tryInternalError(exchange);
        } finally {
            // Closing before headers were sent drops the connection: that is how a reset is simulated.
            exchange.close();
        }
    }

    private static void tryInternalError(HttpExchange exchange) {
        try {
            HttpIo.send(exchange, Reply.text(500, "simulator error"));
        } catch (IOException | RuntimeException ignored) {
            // Headers may already be out; the connection is closed below.
        }
    }
}
