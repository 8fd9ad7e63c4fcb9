package io.github.jdpay.test;

import com.sun.net.httpserver.HttpServer;
import java.util.List;

/** Where each simulated interface is served on the simulator's HTTP server. */
final class SimulatorRoutes {

    private SimulatorRoutes() {}

    static void mount(
            HttpServer server,
            SimulatorFaults faults,
            Gateway gateway,
            AggregateGateway aggregate,
            JdPaySimulatorBuilder builder) {
        server.createContext(PaygateEndpoint.PREFIX, new PaygateEndpoint(faults, gateway, builder.maxBodyBytes));
        CashierEndpoint cashier = new CashierEndpoint(faults, gateway, builder.maxBodyBytes);
        for (String path : List.of(CashierEndpoint.PC, CashierEndpoint.H5, CashierEndpoint.QR_CODE)) {
            server.createContext(path, cashier);
        }
        AggregateEndpoint aggregateEndpoint =
                new AggregateEndpoint(faults, aggregate, builder.maxBodyBytes, builder.aggregateDialect);
        server.createContext(AggregateGateway.CASHIER, aggregateEndpoint);
        server.createContext(AggregateEndpoint.API, aggregateEndpoint);
        server.createContext(
                StatementEndpoint.PATH,
                new StatementEndpoint(
                        faults, List.of(gateway.book, aggregate.book), builder.billKey, builder.maxBodyBytes));
    }
}
