package nl.opgroeiruimte.casefile.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte, for what a well-behaved client refuses to send: header values that are
 * not ASCII, any Host header, bodies in chunks of unknown (even endless) length, bytes that are not UTF-8.
 */
public final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {}

    /** The answer: status, headers (names in lower case; the first of each), body. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /** Sends the request as given (ISO-8859-1: one byte per character) and reads the answer. */
    public static Response send(int port, String request) throws IOException {
        try (Socket socket = socket(port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    public static Response post(int port, String path, String contentType, String body, String... headers)
            throws IOException {
        return post(port, path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Response post(int port, String path, String contentType, byte[] body, String... headers)
            throws IOException {
        try (Socket socket = socket(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, contentType, headers)
                    .append("Content-Length: ")
                    .append(body.length)
                    .append("\r\n\r\n")
                    .toString()
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * The body in chunks of 1000 bytes, without Content-Length. Sent beside reading the answer: a server
     * that refuses the body half way answers before it has all of it, and may close the connection.
     */
    public static Response chunkedPost(int port, String path, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return chunked(port, path, headers, out -> {
            for (int at = 0; at < bytes.length; at += 1000) {
                int length = Math.min(1000, bytes.length - at);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(bytes, at, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        });
    }

    /** A JSON-looking body sent in chunks that never end: only a server that refuses it while reading can answer. */
    public static Response endlessChunkedPost(int port, String path, String... headers) throws IOException {
        byte[] chunk = ("10000\r\n" + "[".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return chunked(port, path, headers, out -> {
            while (!Thread.currentThread().isInterrupted()) out.write(chunk);
        });
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Response chunked(int port, String path, String[] headers, Body body) throws IOException {
        try (Socket socket = socket(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, "application/json", headers)
                    .append("Transfer-Encoding: chunked\r\n\r\n")
                    .toString()
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread sender = new Thread(
                    () -> {
                        try {
                            body.writeTo(out);
                        } catch (IOException closedByTheServer) {
                            // the answer was given; the rest of the body is not wanted
                        }
                    },
                    "chunked-body");
            sender.setDaemon(true);
            sender.start();
            try {
                return read(socket.getInputStream());
            } finally {
                sender.interrupt();
            }
        }
    }

    private static Socket socket(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    private static StringBuilder head(String path, String contentType, String... headers) {
        StringBuilder head =
                new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        if (contentType != null)
            head.append("Content-Type: ").append(contentType).append("\r\n");
        for (String header : headers) head.append(header).append("\r\n");
        return head;
    }

    /** Status line and headers, then the body by Content-Length, in chunks, or up to the end of the connection. */
    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.putIfAbsent(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') line.append((char) c);
        }
        return line.toString();
    }
}
