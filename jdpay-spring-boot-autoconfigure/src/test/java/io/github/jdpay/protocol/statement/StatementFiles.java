package io.github.jdpay.protocol.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Statement files for tests: CSV text zipped as JD sends it, in GBK. */
final class StatementFiles {

    static final Charset GBK = Charset.forName("GBK");

    private StatementFiles() {}

    static byte[] zip(String entryName, String csv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        zip(bytes, entryName, csv.getBytes(GBK));
        return bytes.toByteArray();
    }

    static void zip(OutputStream out, String entryName, byte[] content) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
