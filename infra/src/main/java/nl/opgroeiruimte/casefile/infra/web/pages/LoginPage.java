package nl.opgroeiruimte.casefile.infra.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch login page of the local mode; Spring Security handles the form's POST. */
@Controller
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "pages/login";
    }
}
