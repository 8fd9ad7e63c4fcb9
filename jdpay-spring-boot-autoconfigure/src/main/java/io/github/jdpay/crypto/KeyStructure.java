package io.github.jdpay.crypto;

import io.github.jdpay.exception.JdPayKeyException;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.jspecify.annotations.Nullable;

/** What a piece of key text turned out to be, classified by its ASN.1 structure, read through Bouncy Castle. */
record KeyStructure(Kind kind, @Nullable PrivateKeyInfo privateKeyInfo, @Nullable SubjectPublicKeyInfo publicKeyInfo) {

    enum Kind {
        PRIVATE_KEY("a private key"),
        PUBLIC_KEY("a public key"),
        CERTIFICATE("a certificate"),
        ENCRYPTED_PRIVATE_KEY("a password-protected private key");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private static final AlgorithmIdentifier RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    static KeyStructure read(String name, String text) {
        return text.contains("-----BEGIN") ? readPem(name, text) : readDer(name, text);
    }

    PrivateKey toPrivateKey(String name) {
        try {
            return new JcaPEMKeyConverter().getPrivateKey(this.privateKeyInfo);
        } catch (IOException | RuntimeException ex) {
            throw new JdPayKeyException(name, "is a private key structure that the JDK cannot use", ex);
        }
    }

    PublicKey toPublicKey(String name) {
        try {
            return new JcaPEMKeyConverter().getPublicKey(this.publicKeyInfo);
        } catch (IOException | RuntimeException ex) {
            throw new JdPayKeyException(name, "is a public key structure that the JDK cannot use", ex);
        }
    }

    private static KeyStructure readPem(String name, String text) {
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            object = parser.readObject();
        } catch (IOException | RuntimeException ex) {
            throw new JdPayKeyException(name, "is not valid PEM", ex);
        }
        if (object == null) {
            throw new JdPayKeyException(name, "holds no PEM block (check the BEGIN/END lines)");
        }
        if (object instanceof PrivateKeyInfo info) {
            return new KeyStructure(Kind.PRIVATE_KEY, info, null);
        }
        if (object instanceof PEMKeyPair pair) {
            return new KeyStructure(Kind.PRIVATE_KEY, pair.getPrivateKeyInfo(), pair.getPublicKeyInfo());
        }
        if (object instanceof SubjectPublicKeyInfo info) {
            return new KeyStructure(Kind.PUBLIC_KEY, null, info);
        }
        if (object instanceof X509CertificateHolder certificate) {
            return new KeyStructure(Kind.CERTIFICATE, null, certificate.getSubjectPublicKeyInfo());
        }
        if (object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair) {
            throw encrypted(name);
        }
        throw new JdPayKeyException(name, "holds a PEM block that is not a key or certificate");
    }

    private static KeyStructure readDer(String name, String text) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(Base64Text.stripWhitespace(text));
        } catch (IllegalArgumentException ex) {
            throw new JdPayKeyException(name, "is neither PEM nor Base64", ex);
        }
        ASN1Sequence sequence;
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
            sequence = ASN1Sequence.getInstance(primitive);
        } catch (IOException | RuntimeException ex) {
            throw new JdPayKeyException(name, "is Base64 but not a DER-encoded key", ex);
        }
        try {
            return classify(name, sequence);
        } catch (JdPayKeyException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw new JdPayKeyException(name, "is Base64 DER but not a key structure this starter knows", ex);
        }
    }

    private static KeyStructure classify(String name, ASN1Sequence seq) throws IOException {
        int size = seq.size();
        if (size == 0) {
            throw new IllegalArgumentException("empty sequence");
        }
        ASN1Encodable first = seq.getObjectAt(0);
        ASN1Encodable second = (size > 1) ? seq.getObjectAt(1) : null;
        if (first instanceof ASN1Integer
                && second instanceof ASN1Sequence
                && size >= 3
                && seq.getObjectAt(2) instanceof ASN1OctetString) {
            return new KeyStructure(Kind.PRIVATE_KEY, PrivateKeyInfo.getInstance(seq), null);
        }
        if (first instanceof ASN1Integer && size >= 9 && allIntegers(seq)) {
            return new KeyStructure(Kind.PRIVATE_KEY, new PrivateKeyInfo(RSA, RSAPrivateKey.getInstance(seq)), null);
        }
        if (size == 2 && first instanceof ASN1Integer && second instanceof ASN1Integer) {
            return new KeyStructure(
                    Kind.PUBLIC_KEY, null, new SubjectPublicKeyInfo(RSA, RSAPublicKey.getInstance(seq)));
        }
        if (size == 2 && first instanceof ASN1Sequence && second instanceof ASN1BitString) {
            return new KeyStructure(Kind.PUBLIC_KEY, null, SubjectPublicKeyInfo.getInstance(seq));
        }
        if (size == 3
                && first instanceof ASN1Sequence
                && second instanceof ASN1Sequence
                && seq.getObjectAt(2) instanceof ASN1BitString) {
            SubjectPublicKeyInfo info =
                    new X509CertificateHolder(Certificate.getInstance(seq)).getSubjectPublicKeyInfo();
            return new KeyStructure(Kind.CERTIFICATE, null, info);
        }
        if (size == 2 && first instanceof ASN1Sequence && second instanceof ASN1OctetString) {
            throw encrypted(name);
        }
        throw new IllegalArgumentException("unrecognised structure");
    }

    private static boolean allIntegers(ASN1Sequence seq) {
        for (ASN1Encodable element : seq) {
            if (!(element instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }

    private static JdPayKeyException encrypted(String name) {
        return new JdPayKeyException(
                name,
                "is a password-protected private key; store it unencrypted "
                        + "(openssl pkcs8 -topk8 -nocrypt) and protect the file or secret instead");
    }
}
