package nl.opgroeiruimte.casefile.infra.web.pages;

/** A page asked for something that does not exist (an unknown municipality code or case). */
class PageNotFound extends RuntimeException {
    PageNotFound(String messageNl) {
        super(messageNl, null, false, false);
    }
}
