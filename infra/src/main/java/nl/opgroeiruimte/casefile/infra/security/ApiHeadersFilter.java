package nl.opgroeiruimte.casefile.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Pattern;
import nl.opgroeiruimte.casefile.infra.documents.DocumentsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything else: every response says which API version answered (NL API Design Rules); a header
 * value that is not visible ASCII, a request body larger than allowed (also one sent chunked, without
 * Content-Length: it is counted while it is read and never held beyond the limit), and a JSON body that
 * is not strictly UTF-8 (an overlong form such as {@code C0 AF} would otherwise be read as '/') are refused
 * as problem+json before any of it reaches the application.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiHeadersFilter extends OncePerRequestFilter {
    public static final String API_VERSION = "1.0.0";
    /** Document uploads are the one kind of request that may be bigger (docs/documents.md). */
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/cases/[^/]+/documents");

    private final SecurityProperties properties;
    private final DocumentsProperties documents;
    private final ObjectMapper json;

    public ApiHeadersFilter(SecurityProperties properties, DocumentsProperties documents, ObjectMapper json) {
        this.properties = properties;
        this.documents = documents;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", API_VERSION);
        String badHeader = headerWithInvisibleCharacters(request);
        if (badHeader != null) {
            SecurityConfig.problem(
                    json,
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-header",
                    badHeader,
                    "The value of header " + badHeader + " may hold visible ASCII characters only");
            return;
        }
        boolean upload = "POST".equals(request.getMethod())
                && UPLOAD.matcher(request.getRequestURI()).matches();
        long max = upload ? documents.maxRequestBytes() : properties.maxRequestBytes();
        if (request.getContentLengthLong() > max) {
            tooLarge(request, response, max);
            return;
        }
        if (!hasBody(request) || isForm(request)) {
            // a form's body is read by the servlet container itself, bounded by server.tomcat.max-http-form-post-size
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), max);
        if (body == null) {
            tooLarge(request, response, max);
            return;
        }
        if (isJson(request) && !isStrictUtf8(body)) {
            SecurityConfig.problem(
                    json,
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-characters",
                    "body",
                    "The request body is not well-formed UTF-8");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        SecurityConfig.problem(
                json,
                request,
                response,
                HttpStatus.PAYLOAD_TOO_LARGE,
                "request-too-large",
                "body",
                "A request body may hold at most " + max + " bytes");
    }

    /** The first header whose value has anything but visible ASCII, space and tab (the container reads bytes as ISO-8859-1). */
    private static String headerWithInvisibleCharacters(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 0x20 && c != '\t') || c > 0x7E) return name;
                }
            }
        }
        return null;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && (type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        || type.toLowerCase().startsWith("multipart/"));
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
        } catch (RuntimeException notAType) {
            return false;
        }
    }

    /** The whole body, or null as soon as it holds more than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) != -1; ) {
            if (body.size() + (long) read > max) return null;
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static boolean isStrictUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The request with its body already read (and checked), so the application reads it from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
