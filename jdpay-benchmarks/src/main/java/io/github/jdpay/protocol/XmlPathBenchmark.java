package io.github.jdpay.protocol;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.aalto.stax.OutputFactoryImpl;
import io.github.jdpay.benchmarks.BenchmarkMessages;
import io.github.jdpay.exception.JdPayMalformedMessageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One XML path or two: the hand-written {@link PlainXmlReader} and {@link Utf8XmlWriter} beside the JDK's StAX,
 * Woodstox and Aalto, in one run with the whole decode ({@code JdPayEnvelope.parse} + {@code JdPayXmlCodec.open} of a
 * 1 KB notification) and the whole encode ({@code sealToBytes} of a 600-byte uniorder) they are a part of.
 *
 * <p>{@code read} parses what a decode parses (the envelope and the decrypted document) into {@link XmlNode}s;
 * {@code write} writes what an encode writes (the inner document, to UTF-8 bytes). Each StAX factory is hardened as
 * {@link SafeXmlParser} hardens the JDK's (no DTD, no external entities, no namespaces, coalescing) and the tree
 * builder bounds depth and element count the same way. The decode with parser X then costs
 * {@code decode - read(plain) + read(X)}, and the same for encode: that is the figure the 10 % rule is about.
 *
 * <p>In this package (a split package, on the class path only) so that it reaches the package-private reader and
 * writer the codec uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class XmlPathBenchmark {

    /** Which XML implementation {@code read} and {@code write} use. */
    @Param({"plain", "jdk", "woodstox", "aalto"})
    public String xml;

    private XMLInputFactory input;

    private XMLOutputFactory output;

    private JdPayXmlCodec codec;

    private byte[] notification;

    private byte[] innerDocument;

    private XmlNode request;

    private int plainLength;

    @Setup
    public void setUp() throws GeneralSecurityException {
        this.codec = BenchmarkMessages.codec(1024);
        this.notification = BenchmarkMessages.notification(this.codec);
        this.innerDocument = this.codec
                .decryptDocument(JdPayEnvelope.parse(this.notification).encrypt())
                .getBytes(StandardCharsets.UTF_8);
        this.request = BenchmarkMessages.uniorder();
        this.input = switch (this.xml) {
            case "plain", "jdk" -> XMLInputFactory.newDefaultFactory();
            case "woodstox" -> new WstxInputFactory();
            case "aalto" -> new InputFactoryImpl();
            default -> throw new IllegalArgumentException(this.xml);
        };
        harden(this.input);
        this.output = switch (this.xml) {
            case "plain", "jdk" -> XMLOutputFactory.newDefaultFactory();
            case "woodstox" -> new WstxOutputFactory();
            case "aalto" -> new OutputFactoryImpl();
            default -> throw new IllegalArgumentException(this.xml);
        };
        // Every implementation must read back what the library writes, as the library reads it.
        XmlNode expected = SafeXmlParser.parse(this.innerDocument);
        if (!parse(this.innerDocument).equals(expected)) {
            throw new IllegalStateException(this.xml + " reads the notification differently");
        }
        byte[] written = (this.xml.equals("plain")) ? Arrays.copyOf(write(), this.plainLength) : write();
        if (!SafeXmlParser.parse(written).equals(SafeXmlParser.parse(XmlWriter.document(this.request)))) {
            throw new IllegalStateException(this.xml + " writes the request differently");
        }
    }

    private static void harden(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
        if (factory instanceof WstxInputFactory) {
            factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, SafeXmlParser.MAX_DEPTH);
            factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, (long) SafeXmlParser.MAX_ELEMENTS);
        }
    }

    /** The whole notification decode, as {@code DecodeBenchmark.open}: the figure {@code read} is a part of. */
    @Benchmark
    public JdPayMessage decode() {
        return this.codec.open(JdPayEnvelope.parse(this.notification));
    }

    /** The whole request encode, as {@code EncodeBenchmark.seal}: the figure {@code write} is a part of. */
    @Benchmark
    public byte[] encode() {
        return this.codec.sealToBytes(BenchmarkMessages.MERCHANT, this.request);
    }

    /** Parses the two documents a decode parses: the envelope and the decrypted inner document. */
    @Benchmark
    public Object read() {
        return new XmlNode[] {parse(this.notification), parse(this.innerDocument)};
    }

    /** Writes the inner document of the request as UTF-8 bytes. */
    @Benchmark
    public byte[] write() {
        if (this.xml.equals("plain")) {
            int length = Utf8XmlWriter.length(this.request);
            Utf8XmlWriter out = new Utf8XmlWriter(XmlWriter.DECLARATION.length() + length);
            out.raw(XmlWriter.DECLARATION);
            out.element(this.request, length);
            this.plainLength = out.position();
            return out.buffer();
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            XMLStreamWriter writer = this.output.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writeElement(writer, this.request);
            writer.writeEndDocument();
            writer.close();
            return bytes.toByteArray();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void writeElement(XMLStreamWriter writer, XmlNode node) throws XMLStreamException {
        writer.writeStartElement(node.name());
        if (node.children().isEmpty()) {
            writer.writeCharacters(node.text());
        }
        for (XmlNode child : node.children()) {
            writeElement(writer, child);
        }
        writer.writeEndElement();
    }

    private XmlNode parse(byte[] document) {
        if (this.xml.equals("plain")) {
            XmlNode plain = PlainXmlReader.read(document);
            if (plain == null) {
                throw new IllegalStateException("not a plain document");
            }
            return plain;
        }
        try {
            return tree(this.input.createXMLStreamReader(new ByteArrayInputStream(document)));
        } catch (XMLStreamException ex) {
            throw new JdPayMalformedMessageException("not well-formed XML", ex);
        }
    }

    /** The tree {@link SafeXmlParser} builds from StAX events, with its refusals and limits. */
    private static XmlNode tree(XMLStreamReader reader) throws XMLStreamException {
        Deque<Frame> stack = new ArrayDeque<>();
        XmlNode root = null;
        int elements = 0;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD,
                        XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new JdPayMalformedMessageException("DTDs and entities are refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null
                            || stack.size() >= SafeXmlParser.MAX_DEPTH
                            || ++elements > SafeXmlParser.MAX_ELEMENTS) {
                        throw new JdPayMalformedMessageException("XML out of bounds");
                    }
                    stack.push(new Frame(reader.getLocalName()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.peek()
                                .text
                                .append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Frame frame = stack.pop();
                    XmlNode node = frame.children.isEmpty()
                            ? XmlNode.leaf(frame.name, frame.text.toString())
                            : XmlNode.element(frame.name, frame.children);
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        stack.peek().children.add(node);
                    }
                }
                default -> {}
            }
        }
        reader.close();
        if (root == null) {
            throw new JdPayMalformedMessageException("XML has no root element");
        }
        return root;
    }

    private static final class Frame {

        final String name;

        final StringBuilder text = new StringBuilder();

        final List<XmlNode> children = new ArrayList<>(4);

        Frame(String name) {
            this.name = name;
        }
    }
}
