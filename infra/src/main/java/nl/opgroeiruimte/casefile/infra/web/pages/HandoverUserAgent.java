package nl.opgroeiruimte.casefile.infra.web.pages;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/**
 * openhtmltopdf's XHTML handling with a user-agent sheet cut to the elements of the handover PDF
 * ({@code pdf/handover-user-agent.css}): every element is matched against every user-agent rule, and the
 * full sheet's rules for forms, images and right-to-left text match nothing in the file. Parsed once; the
 * library keeps its own sheet in a static field of its own, so other PDFs keep the full one.
 */
final class HandoverUserAgent extends XhtmlNamespaceHandler {
    private static final String SHEET = "pdf/handover-user-agent.css";
    private static StylesheetInfo sheet;

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
        synchronized (HandoverUserAgent.class) {
            if (sheet == null) {
                StylesheetInfo info = new StylesheetInfo();
                info.setUri("classpath:" + SHEET);
                info.setOrigin(StylesheetInfo.USER_AGENT);
                info.setMedia("all");
                info.setType("text/css");
                try (Reader in = new InputStreamReader(
                        new ClassPathResource(SHEET, HandoverUserAgent.class.getClassLoader()).getInputStream(),
                        StandardCharsets.UTF_8)) {
                    info.setStylesheet(factory.parse(in, info));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sheet = info;
            }
            return sheet;
        }
    }
}
