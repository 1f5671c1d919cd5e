package nl.opgroeiruimte.casefile.infra.web.pages;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The promise ledger API answers text/csv and application/pdf through these converters, by content negotiation. */
@Configuration(proxyBeanMethods = false)
public class HandoverConverters implements WebMvcConfigurer {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType PDF = MediaType.APPLICATION_PDF;
    private final HandoverCsv csv;
    private final HandoverPdf pdf;

    public HandoverConverters(HandoverCsv csv, HandoverPdf pdf) {
        this.csv = csv;
        this.pdf = pdf;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new Writing(CSV) {
            @Override
            protected void writeInternal(PromiseLedger ledger, HttpOutputMessage out) throws IOException {
                Writer writer = new OutputStreamWriter(out.getBody(), StandardCharsets.UTF_8);
                csv.write(ledger, writer);
            }
        });
        converters.add(new Writing(PDF) {
            @Override
            protected void writeInternal(PromiseLedger ledger, HttpOutputMessage out) throws IOException {
                pdf.write(ledger, out.getBody());
            }
        });
    }

    /** Writes the ledger only; nothing is ever read in these formats. */
    private abstract static class Writing extends AbstractHttpMessageConverter<PromiseLedger> {
        Writing(MediaType type) {
            super(type);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return PromiseLedger.class.isAssignableFrom(type);
        }

        @Override
        public boolean canRead(Class<?> type, MediaType mediaType) {
            return false;
        }

        @Override
        protected PromiseLedger readInternal(Class<? extends PromiseLedger> type, HttpInputMessage in) {
            throw new HttpMessageNotReadableException(
                    "The promise ledger is not read as " + getSupportedMediaTypes(), in);
        }
    }
}
