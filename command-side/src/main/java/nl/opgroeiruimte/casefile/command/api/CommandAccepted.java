package nl.opgroeiruimte.casefile.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an accepted command: the case (or other aggregate) it went to, the id of what it created
 * where it created something with an id of its own, and the aggregate's version after it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandAccepted(String aggregateId, String id, long version) {}
