package io.github.jdpay.fuzz;

import io.github.jdpay.crypto.JdPaySigner;
import io.github.jdpay.crypto.JdPayVerifier;
import io.github.jdpay.exception.JdPayException;
import io.github.jdpay.notify.NotificationRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What the decoder fuzz properties share: mutations of real messages, values that break naive decoders, a tally of
 * outcomes per decoder, a guard on stderr, and an HMAC signer so that random content gets past the signature to the
 * decoders behind it without paying for an RSA signature per try.
 */
final class FuzzSupport {

    /** Tokens that have broken XML, Base64, DER or number decoders before. */
    static final List<String> TOKENS = List.of(
            "<!DOCTYPE a [\u0001]>",
            "<!DOCTYPE jdpay>",
            "<!ENTITY x \"y\">",
            "&x;",
            "&#0;",
            "&#x110000;",
            "<![CDATA[",
            "]]>",
            "<?xml version=\"1.0\" encoding=\"GBK\"?>",
            "<?xml version=\"1.1\"?>",
            "<sign>",
            "</sign>",
            "<encrypt>",
            "</encrypt>",
            "<merchant>",
            "\u0000",
            "\u0001",
            "\t",
            "\r\n",
            "\n",
            " ",
            ":",
            "\"",
            "<",
            ">",
            "=",
            "-----BEGIN PUBLIC KEY-----\n",
            "-----END PUBLIC KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----\n",
            "MAA=",
            "MIIB",
            "====",
            "{",
            "}",
            "[",
            "\"payStatus\":",
            "\\u0000",
            "99999999999999999999",
            "-1");

    /** Values for signed fields: the ones decoders mishandle, and ordinary ones. */
    static Arbitrary<String> fieldValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        4,
                        Arbitraries.of(
                                "",
                                " ",
                                "\t",
                                "\n",
                                "2",
                                "0",
                                "1",
                                "3",
                                "4",
                                "6",
                                "7",
                                "8",
                                "9",
                                "2:x",
                                ":",
                                "100",
                                "-100",
                                "1.5",
                                "99999999999999999999",
                                "20170206101009",
                                "20250101120000",
                                "2017-02-06",
                                "T1001",
                                "T1001\n",
                                " T1001",
                                "CNY",
                                "000000",
                                "FINISH",
                                "SUCCEED",
                                "REFUND",
                                "WX",
                                "true",
                                "false",
                                "\u0000",
                                "T".repeat(300))),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(300)));
    }

    /** A byte string made from one of {@code corpus} by one to four mutations, or now and then pure noise. */
    static Arbitrary<byte[]> mutated(List<byte[]> corpus) {
        Arbitrary<byte[]> mutants = Combinators.combine(
                        Arbitraries.of(corpus), Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as((seed, count, random) -> mutate(seed, count, new java.util.Random(random)));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, mutants), net.jqwik.api.Tuple.of(1, noise));
    }

    private static byte[] mutate(byte[] seed, int count, java.util.Random random) {
        byte[] bytes = seed.clone();
        for (int i = 0; i < count; i++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (bytes.length > 0) {
                        bytes[Math.min(at, bytes.length - 1)] = (byte) random.nextInt(256);
                    }
                }
                case 1 ->
                    bytes = insert(
                            bytes, at, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                case 2 -> bytes = insert(bytes, at, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
                case 3 -> {
                    int end = Math.min(bytes.length, at + random.nextInt(40));
                    bytes = concat(
                            java.util.Arrays.copyOfRange(bytes, 0, at),
                            java.util.Arrays.copyOfRange(bytes, end, bytes.length));
                }
                case 4 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> {
                    int end = Math.min(bytes.length, at + random.nextInt(60));
                    bytes = insert(bytes, at, java.util.Arrays.copyOfRange(bytes, at, end));
                }
            }
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        return concat(
                concat(java.util.Arrays.copyOfRange(bytes, 0, at), piece),
                java.util.Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** Signs with HMAC-SHA256 and verifies in constant time: real crypto, cheap enough for 100,000 tries. */
    static final class Hmac implements JdPaySigner, JdPayVerifier {

        private final SecretKeySpec key = new SecretKeySpec("fuzz".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");

        @Override
        public String sign(byte[] content) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(this.key);
                return Base64.getEncoder().encodeToString(mac.doFinal(content));
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException(ex);
            }
        }

        @Override
        public boolean verify(byte[] content, String signature) {
            return MessageDigest.isEqual(
                    sign(content).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Outcomes per decoder, written to target/fuzz-counts.txt when the run ends. */
    static final class Tally {

        private static final Map<String, Map<String, LongAdder>> COUNTS = new ConcurrentHashMap<>();

        private static final PrintStream STDERR = System.err;

        private static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();

        /** Stands in for stderr while a decoder runs, so that a decoder printing to it fails the property. */
        private static final PrintStream CAPTURE = new PrintStream(PRINTED, true, StandardCharsets.UTF_8);

        private Tally() {}

        /**
         * Runs the decoder and counts how it ended: accepted, or the typed exception (with the rejection's reason).
         * Anything else propagates and fails the property, as does output on stderr.
         */
        static void decode(String decoder, Supplier<?> call) {
            String outcome;
            System.setErr(CAPTURE);
            try {
                call.get();
                outcome = "accepted";
            } catch (NotificationRejectedException ex) {
                outcome = "rejected " + ex.getReason();
            } catch (JdPayException ex) {
                outcome = ex.getClass().getSimpleName();
            } finally {
                System.setErr(STDERR);
            }
            if (PRINTED.size() > 0) {
                String printed = PRINTED.toString(StandardCharsets.UTF_8);
                PRINTED.reset();
                throw new AssertionError(decoder + " printed to stderr: " + printed);
            }
            COUNTS.computeIfAbsent(decoder, name -> new ConcurrentHashMap<>())
                    .computeIfAbsent(outcome, name -> new LongAdder())
                    .increment();
        }

        static void write() {
            StringBuilder report = new StringBuilder();
            new TreeMap<>(COUNTS).forEach((decoder, outcomes) -> {
                report.append(decoder).append(':');
                new TreeMap<>(outcomes)
                        .forEach((outcome, count) ->
                                report.append(' ').append(outcome).append('=').append(count.sum()));
                report.append('\n');
            });
            try {
                Path file = Path.of("target", "fuzz-counts.txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            System.out.print(report);
        }
    }

    private FuzzSupport() {}
}
