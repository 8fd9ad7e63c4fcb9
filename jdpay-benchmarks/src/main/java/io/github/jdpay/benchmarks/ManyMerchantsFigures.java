package io.github.jdpay.benchmarks;

import io.github.jdpay.autoconfigure.JdPayAutoConfiguration;
import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdTripleDesCipher;
import io.github.jdpay.crypto.RsaJdPaySigner;
import io.github.jdpay.merchant.JdPayMerchant;
import io.github.jdpay.merchant.JdPayMerchantRegistry;
import io.github.jdpay.notify.JdPayXmlNotificationSource;
import io.github.jdpay.test.SimulatorJdKey;
import io.github.jdpay.test.TestMerchant;
import io.github.jdpay.test.notify.JdPayNotifications;
import io.github.jdpay.test.notify.NotificationContent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Start-up and memory of an application with a thousand merchants in {@code jdpay.merchants.*} against one with a
 * single merchant, measured side by side:
 *
 * <ul>
 *   <li>start-up: each variant started in a fresh JVM, the two alternating in rounds, the time from before
 *       {@code SpringApplication.run} to its return (the JD Pay auto-configuration only: keys loaded and checked, the
 *       registry, the template);
 *   <li>memory: in this JVM, the heap in use after full collections with the thousand merchants' context and after
 *       each merchant's notification was opened once (so each has its codec), less the same for one merchant.
 * </ul>
 *
 * <pre>java -cp "target/classes:$(cat target/classpath.txt)" io.github.jdpay.benchmarks.ManyMerchantsFigures [rounds]</pre>
 */
public final class ManyMerchantsFigures {

    private static final int MANY = 1_000;

    private ManyMerchantsFigures() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--start")) {
            int merchants = Integer.parseInt(args[1]);
            long started = System.nanoTime();
            try (ConfigurableApplicationContext context = start(merchants)) {
                long elapsed = System.nanoTime() - started;
                System.out.println("started-ms " + (elapsed / 1_000_000.0) + " merchants "
                        + context.getBean(JdPayMerchantRegistry.class)
                                .merchants()
                                .size());
            }
            return;
        }
        int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 7;
        System.out.println(Machine.describe());
        List<Double> one = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        startChild(1);
        startChild(MANY);
        for (int round = 0; round < rounds; round++) {
            boolean manyFirst = round % 2 == 1;
            double a = startChild(manyFirst ? MANY : 1);
            double b = startChild(manyFirst ? 1 : MANY);
            double single = manyFirst ? b : a;
            double thousand = manyFirst ? a : b;
            one.add(single);
            many.add(thousand);
            differences.add(thousand - single);
            System.out.printf(
                    Locale.ROOT, "round %d: 1 merchant %.0f ms, %d merchants %.0f ms%n", round, single, MANY, thousand);
        }
        System.out.printf(
                Locale.ROOT,
                "start-up, median of %d rounds: 1 merchant %.0f ms, %d merchants %.0f ms, added %.0f ms (median of the"
                        + " differences within each round)%n",
                rounds,
                median(one),
                MANY,
                median(many),
                median(differences));
        long base = heapWith(1);
        long thousand = heapWith(MANY);
        System.out.printf(
                Locale.ROOT,
                "heap in use: 1 merchant %d KiB, %d merchants %d KiB: %.1f KiB per merchant%n",
                base / 1024,
                MANY,
                thousand / 1024,
                (thousand - base) / 1024.0 / (MANY - 1));
    }

    private static double startChild(int merchants) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ManyMerchantsFigures.class.getName(),
                        "--start",
                        Integer.toString(merchants))
                .redirectErrorStream(true)
                .start();
        double started = -1;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("started-ms ")) {
                    started = Double.parseDouble(line.split(" ")[1]);
                    if (!line.endsWith("merchants " + merchants)) {
                        throw new IllegalStateException("expected " + merchants + " merchants: " + line);
                    }
                }
            }
        }
        if (process.waitFor() != 0 || started < 0) {
            throw new IllegalStateException("the start with " + merchants + " merchants failed");
        }
        return started;
    }

    private static long heapWith(int merchants) throws Exception {
        try (ConfigurableApplicationContext context = start(merchants)) {
            JdPayMerchantRegistry registry = context.getBean(JdPayMerchantRegistry.class);
            JdPayXmlNotificationSource source = new JdPayXmlNotificationSource(registry);
            JdPaySigner jd = new RsaJdPaySigner(SimulatorJdKey.privateKey());
            for (JdPayMerchant merchant : registry.merchants().all()) {
                byte[] desKey = Base64.getDecoder().decode(desKey(merchant.merchantNo()));
                source.open(new JdPayNotifications(merchant.merchantNo(), new JdTripleDesCipher(desKey), jd)
                        .sign(NotificationContent.payment("T1", 100, "20261203120000"))
                        .bytes());
            }
            long used = usedAfterCollections();
            if (registry.merchants().size() != merchants) {
                throw new IllegalStateException(
                        "registry holds " + registry.merchants().size());
            }
            // Keeps both reachable until measured.
            System.out.println("measured " + source.getClass().getSimpleName() + " with " + merchants);
            return used;
        }
    }

    private static long usedAfterCollections() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static ConfigurableApplicationContext start(int merchants) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("jdpay.merchant-no", TestMerchant.MERCHANT_NO);
        properties.put("jdpay.des-key", TestMerchant.DES_KEY);
        properties.put("jdpay.private-key", TestMerchant.PRIVATE_KEY_LOCATION);
        properties.put("jdpay.jd-public-key", SimulatorJdKey.PUBLIC_KEY_LOCATION);
        properties.put("logging.level.io.github.jdpay", "WARN");
        for (int i = 1; i < merchants; i++) {
            String prefix = "jdpay.merchants." + ManyMerchantsBenchmark.name(i) + ".";
            properties.put(prefix + "merchant-no", ManyMerchantsBenchmark.number(i));
            properties.put(prefix + "des-key", desKey(ManyMerchantsBenchmark.number(i)));
            properties.put(prefix + "private-key", TestMerchant.PRIVATE_KEY_LOCATION);
        }
        return new SpringApplicationBuilder(JdPayOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }

    /** A DES key of the merchant's own, the same for a merchant number every time. */
    private static String desKey(String merchantNo) {
        if (merchantNo.equals(TestMerchant.MERCHANT_NO)) {
            return TestMerchant.DES_KEY;
        }
        byte[] key = new byte[24];
        new Random(Long.parseLong(merchantNo)).nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The JD Pay auto-configuration alone. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(JdPayAutoConfiguration.class)
    static class JdPayOnly {}
}
