package io.github.jdpay.benchmarks;

import com.ctc.wstx.stax.WstxInputFactory;
import io.github.jdpay.crypto.Base64Text;
import io.github.jdpay.crypto.Utf8;
import io.github.jdpay.protocol.JdPayEnvelope;
import io.github.jdpay.protocol.JdPayMessage;
import io.github.jdpay.protocol.JdPayResult;
import io.github.jdpay.protocol.JdPayXmlCodec;
import io.github.jdpay.protocol.SafeXmlParser;
import io.github.jdpay.protocol.XmlNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.io.Stax2ByteArraySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The pieces of a notification's decode, each alone, to see where the decode's CPU goes (1024-bit keys). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodePartsBenchmark {

    private JdPayXmlCodec codec;

    private byte[] body;

    private JdPayEnvelope envelope;

    private XMLInputFactory factory;

    @Setup
    public void setUp() throws GeneralSecurityException {
        this.codec = Messages.codec(KeyPairs.ofBits(1024));
        String sealed = this.codec.seal(Messages.MERCHANT, Messages.notification(), JdPayResult.success());
        this.body = sealed.getBytes(StandardCharsets.UTF_8);
        this.envelope = JdPayEnvelope.parse(this.body);
        WstxInputFactory wstx = new WstxInputFactory();
        wstx.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        this.factory = wstx;
    }

    /** The whole decode, for scale. */
    @Benchmark
    public JdPayMessage open() {
        return this.codec.open(JdPayEnvelope.parse(this.body));
    }

    /** The envelope alone: UTF-8 check, Woodstox, tree, encrypt string. */
    @Benchmark
    public JdPayEnvelope envelope() {
        return JdPayEnvelope.parse(this.body);
    }

    /** The envelope's tree alone. */
    @Benchmark
    public XmlNode envelopeTree() {
        return SafeXmlParser.parse(this.body);
    }

    /** The content of an already parsed envelope: Base64, hex, 3DES, verify, inner parse. */
    @Benchmark
    public JdPayMessage content() {
        return this.codec.open(this.envelope);
    }

    /** The encrypt string to the ciphertext, as the codec decoded it before it took the envelope's bytes. */
    @Benchmark
    public byte[] encryptText() {
        return Base64Text.decodeHexLenient(this.envelope.encrypt());
    }

    /** The UTF-8 check of the envelope's bytes that comes before Woodstox reads them. */
    @Benchmark
    public byte[] utf8Check() {
        Utf8.requireValid(this.body, 0, this.body.length, "XML");
        return this.body;
    }

    /** Creating and closing one Woodstox reader over the envelope, parsing nothing but the prolog. */
    @Benchmark
    public int readerOnly() throws XMLStreamException {
        XMLStreamReader reader =
                this.factory.createXMLStreamReader(new Stax2ByteArraySource(this.body, 0, this.body.length));
        int event = reader.next();
        reader.close();
        return event;
    }
}
