package io.github.jdpay.protocol.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The form of a statement download from JD's bill service: {@code owner}, {@code data} (Base64 of the JSON
 * {@code {"name":…,"path":…}}) and {@code md5} ({@link BillSigner}).
 *
 * @param owner the merchant's registration number JD calls the owner (the first 9 digits of a 12-digit merchant number)
 * @param data Base64 of the UTF-8 JSON naming the file
 * @param md5 the sign of {@code data}
 */
public record BillRequest(String owner, String data, String md5) {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public BillRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(md5, "md5");
    }

    /** The request for the statement file {@code name} under {@code path}. */
    public static BillRequest of(String owner, String name, String path, BillSigner signer) {
        Map<String, String> file = new LinkedHashMap<>();
        file.put("name", name);
        file.put("path", path);
        String data;
        try {
            data = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(file));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON of two strings", ex);
        }
        return new BillRequest(owner, data, signer.sign(data));
    }

    /** The file name of a day's statement: {@code <yyyyMMdd>ordercreate_<merchantNo>.zip}. */
    public static String fileName(LocalDate day, String merchantNo) {
        return DAY.format(day) + "ordercreate_" + merchantNo + ".zip";
    }

    /** The form as {@code application/x-www-form-urlencoded} text. */
    public String toForm() {
        return "owner=" + encode(this.owner) + "&data=" + encode(this.data) + "&md5=" + encode(this.md5);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
