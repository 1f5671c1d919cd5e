package nl.opgroeiruimte.casefile.command.people;

import java.time.LocalDate;

/**
 * Where personal data lives: outside the event store, keyed by the pseudonymous person id, so that it
 * can be erased without rewriting history. Written by the {@link Person} aggregate in the same
 * transaction as the event that records why.
 */
public interface PeopleRegister {

    /** Keeps a newly registered person's personal data; does nothing if the id is taken (the event store then refuses the id). */
    void enter(String personId, PersonalData data);

    /** Deletes the person's personal data for good; the entry keeps only the id and the day of erasure. */
    void erase(String personId, LocalDate erasedOn);

    /** What the register holds about a person, all of it personal data. */
    record PersonalData(String name, String email, String organisation) {
        @Override
        public String toString() {
            return "PersonalData[withheld]";
        }
    }
}
