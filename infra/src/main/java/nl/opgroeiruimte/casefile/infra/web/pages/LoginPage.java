package nl.opgroeiruimte.casefile.infra.web.pages;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch login page of the local mode; Spring Security handles the form's POST. */
@Controller
public class LoginPage {

    /**
     * The CSRF token is made before the page is written: made while the form is drawn, its session would
     * come after the page's first part (the head with the Dutch messages of every rule) has already been
     * sent, and the page would fail.
     */
    @GetMapping("/login")
    public String login(CsrfToken csrf) {
        if (csrf != null) csrf.getToken();
        return "pages/login";
    }
}
