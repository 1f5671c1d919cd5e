package nl.opgroeiruimte.casefile.infra.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * A request Tomcat refuses before it reaches the application (an encoded '/' in a path segment, a
 * character that is not allowed in an address) is answered as problem+json like every other error,
 * not with Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsAlsoFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host)
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
        });
    }

    /** Writes the error Tomcat itself gives in the problem+json shape of {@link Problems}. */
    public static class ProblemReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // as Tomcat's own valve: only errors nobody has answered yet, on a connection that still works
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) return;
            HttpStatus known = HttpStatus.resolve(status);
            String rule = known == null ? "error" : known.name().toLowerCase().replace('_', '-');
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = status == 400
                    ? "The request cannot be read as sent, e.g. an encoded '/' or a character not allowed in the address"
                    : title;
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("""
                            {"type":"urn:opgroeiruimte:problem:%s","title":"%s","status":%d,"detail":"%s","rule":"%s"}""".formatted(rule, title, status, detail, rule));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone: there is nobody left to tell
            }
        }
    }
}
