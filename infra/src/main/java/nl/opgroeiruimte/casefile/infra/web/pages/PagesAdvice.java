package nl.opgroeiruimte.casefile.infra.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import nl.opgroeiruimte.casefile.infra.demo.DemoDataProperties;
import nl.opgroeiruimte.casefile.infra.web.ProblemAdvice;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * What every page shares: whether this installation shows demo data (a banner says so), and errors as
 * a Dutch page rather than the API's problem+json, which stays the answer of the API itself.
 */
@ControllerAdvice(basePackageClasses = PagesAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PagesAdvice {
    private static final Logger log = LoggerFactory.getLogger(PagesAdvice.class);
    private final boolean demoData;
    private final CurrentCaller callers;
    private final Names names;

    public PagesAdvice(DemoDataProperties demoData, CurrentCaller callers, Names names) {
        this.demoData = demoData.enabled();
        this.callers = callers;
        this.names = names;
    }

    /** Who looks: their landing page and the menu of the places they may open. */
    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.of(callers.get().orElse(null), names);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoData;
    }

    @ExceptionHandler(NotPermitted.class)
    String notPermitted(NotPermitted e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("title", "Geen toegang");
        model.addAttribute(
                "message",
                "U mag deze gegevens niet inzien. Neem contact op met de beheerder als u denkt dat dit niet klopt.");
        model.addAttribute("viewer", viewer());
        return "pages/error";
    }

    @ExceptionHandler(PageNotFound.class)
    String notFound(PageNotFound e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("title", "Niet gevonden");
        model.addAttribute("message", e.getMessage());
        return "pages/error";
    }

    /** A browser closed a page while its live stream was open: nothing to answer, nothing to report. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void browserWentAway() {
        // the stream's own completion callbacks release the subscription
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        if (ProblemAdvice.causedByUnreachableDatabase(e)) {
            // the database is down or every connection is busy: passing, so the browser is told when to retry
            log.warn("Page unavailable: {}", e.toString());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            model.addAttribute("title", "Even niet bereikbaar");
            model.addAttribute(
                    "message",
                    "Het dossier is op dit moment even niet bereikbaar. Probeer het over een paar seconden opnieuw.");
            return "pages/error";
        }
        log.error("Page failed", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        model.addAttribute("title", "Er ging iets mis");
        model.addAttribute("message", "Deze pagina kon niet worden getoond. Probeer het later opnieuw.");
        return "pages/error";
    }
}
