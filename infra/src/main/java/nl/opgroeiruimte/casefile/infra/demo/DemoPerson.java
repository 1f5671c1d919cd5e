package nl.opgroeiruimte.casefile.infra.demo;

import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;

/**
 * A made-up person of the demo: the name goes to the people register, the id, party and role into the
 * events. None of these people exist; any likeness to real people is unintended.
 */
record DemoPerson(String id, String name, Party party, ActorRole role, String organisation) {

    Actor actor() {
        return new Actor(id, party, role);
    }

    Attendee attendee() {
        return new Attendee(id, party, role);
    }

    Signatory signs(String mandate) {
        return new Signatory(id, party, mandate);
    }
}
