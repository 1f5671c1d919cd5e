package nl.opgroeiruimte.casefile.infra.config;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities.FormerMunicipality;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * A case is requested with a municipality of the CBS reference list that existed on the day, never with a
 * code that merely looks like one (GM9999), nor with one merged away before the day: refused before the
 * command is sent (422), as a municipality is registered only under a listed code. A code that is not even
 * shaped like one is left to bean validation (400).
 */
@Component
public class ListedMunicipalitiesOnly implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof RequestOpgroeiruimte request
                    && CbsCode.isValid(request.municipality())
                    && request.occurredOn() != null) {
                requireExisting(request.municipality(), request.occurredOn());
            }
            return message;
        };
    }

    /**
     * A former municipality takes cases only from before its reorganisation (history entered late): from
     * that day on its territory is the successor's. A municipality created in a reorganisation takes none
     * from before it existed.
     */
    private static void requireExisting(String code, LocalDate day) {
        if (DutchMunicipalities.existedOn(code, day)) return;
        var former = DutchMunicipalities.former(code);
        if (former.isPresent()) {
            FormerMunicipality merged = former.get();
            throw new UnlistedMunicipality(
                    "municipality",
                    "former-municipality",
                    "%s (%s) merged into %s on %s; a case requested from that day on belongs to %s"
                            .formatted(code, merged.name(), merged.successor(), merged.mergedOn(), merged.successor()));
        }
        if (DutchMunicipalities.isCurrent(code)) {
            throw new UnlistedMunicipality(
                    "municipality",
                    "municipality-not-yet-created",
                    "%s exists from %s, when it was created in a reorganisation; on %s its territory belonged to %s"
                            .formatted(
                                    code,
                                    DutchMunicipalities.createdOn(code).orElseThrow(),
                                    day,
                                    DutchMunicipalities.mergedInto(code).stream()
                                            .map(FormerMunicipality::cbsCode)
                                            .toList()));
        }
        throw new UnlistedMunicipality("municipality", code);
    }
}
