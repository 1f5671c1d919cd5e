package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.ROLE_VACANT;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * The members of a case that handle commands, and what a command naming a member the case does not have
 * means: an unknown milestone, agreement, ... (HTTP 404), or a role that nobody holds (a rule). Axon finds
 * the member by the command's property named like the member's {@link EntityId}; when none has that id,
 * the case answers here in its own words.
 */
enum Member {
    MILESTONE(Milestone.class, id -> new UnknownEntity("milestone", id.toString())),
    AGREEMENT(Agreement.class, id -> new UnknownEntity("agreement", id.toString())),
    FUNDING(Funding.class, id -> new UnknownEntity("funding", id.toString())),
    QUESTION(Question.class, id -> new UnknownEntity("question", id.toString())),
    EXCLUSIVITY_BREACH(ExclusivityBreach.class, id -> new UnknownEntity("exclusivity breach", id.toString())),
    FACILITATOR(Facilitator.class, id -> new UnknownEntity("facilitator", id.toString())),
    ROLE(HeldRole.class, role -> ROLE_VACANT.violatedOn("role", "The role %s is vacant", role));

    private final Set<Class<?>> commands;
    private final String idProperty;
    private final Function<Object, RuntimeException> missing;

    Member(Class<?> type, Function<Object, RuntimeException> missing) {
        this.commands = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toUnmodifiableSet());
        this.idProperty = Arrays.stream(type.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(EntityId.class))
                .map(Field::getName)
                .findFirst()
                .orElseThrow();
        this.missing = missing;
    }

    /** The refusal of a command addressed to a member that the case does not have. */
    static RuntimeException missingFor(Object command) {
        for (Member member : values()) {
            if (member.commands.contains(command.getClass())) return member.missing.apply(member.idIn(command));
        }
        throw new IllegalStateException(
                command.getClass().getSimpleName() + " is not addressed to a member of the case");
    }

    private Object idIn(Object command) {
        try {
            Method accessor = command.getClass().getMethod(idProperty);
            return accessor.invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " names no " + idProperty, e);
        }
    }
}
