package dev.b2cemulator.keyset;

/** The bodies of the key actions; secrets stay out of toString. */
public final class KeyRequests {

    private KeyRequests() {
    }

    public record GenerateKey(String use, String kty, Long nbf, Long exp) {
    }

    record UploadSecret(String use, String k, Long nbf, Long exp) {

        @Override
        public String toString() {
            return "UploadSecret[use=" + use + ", nbf=" + nbf + ", exp=" + exp + "]";
        }
    }

    record UploadCertificate(String key) {
    }

    record UploadPkcs12(String key, String password) {

        @Override
        public String toString() {
            return "UploadPkcs12[key length=" + (key == null ? 0 : key.length()) + "]";
        }
    }

    record KeyStatusUpdate(String status) {
    }

}
