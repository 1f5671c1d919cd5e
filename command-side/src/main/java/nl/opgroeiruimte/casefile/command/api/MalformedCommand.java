package nl.opgroeiruimte.casefile.command.api;

import java.io.IOException;

/** The body could not be read as the command: wrong types, unknown fields, a value out of its set. */
public class MalformedCommand extends RuntimeException {
    public MalformedCommand(IOException cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
