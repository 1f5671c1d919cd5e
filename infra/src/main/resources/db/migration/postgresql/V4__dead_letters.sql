-- Axon's dead-letter queue (JDBC): an event a projection cannot handle is parked here, per
-- processing group and sequence, instead of blocking the processor; an admin endpoint lists and retries.
create table DeadLetterEntry (
deadLetterIdentifier VARCHAR(255) NOT NULL,
processingGroup VARCHAR(255) NOT NULL,
sequenceIdentifier VARCHAR(255) NOT NULL,
sequenceIndex BIGINT NOT NULL,
messageType VARCHAR(255) NOT NULL,
eventIdentifier VARCHAR(255) NOT NULL,
timestamp VARCHAR(255) NOT NULL,
payloadType VARCHAR(255) NOT NULL,
payloadRevision VARCHAR(255),
payload bytea NOT NULL,
metaData bytea,
type VARCHAR(255),
aggregateIdentifier VARCHAR(255),
sequenceNumber BIGINT,
tokenType VARCHAR(255),
token bytea,
enqueuedAt VARCHAR(255) NOT NULL,
lastTouched VARCHAR(255),
processingStarted VARCHAR(255),
causeType VARCHAR(255),
causeMessage VARCHAR(1023),
diagnostics bytea,
CONSTRAINT PK PRIMARY KEY (deadLetterIdentifier),
CONSTRAINT sequenceIndex_INDEX UNIQUE (processingGroup,sequenceIdentifier,sequenceIndex)
);
CREATE INDEX processingGroup_INDEX ON DeadLetterEntry (processingGroup);
CREATE INDEX sequenceIdentifier_INDEX ON DeadLetterEntry (processingGroup,sequenceIdentifier);
