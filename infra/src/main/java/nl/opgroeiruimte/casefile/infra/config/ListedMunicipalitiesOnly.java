package nl.opgroeiruimte.casefile.infra.config;

import java.util.List;
import java.util.function.BiFunction;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * A case is requested with a municipality of the CBS reference list, never with a code that merely looks
 * like one (GM9999): refused before the command is sent (422), as a municipality is registered only under
 * a listed code. A code that is not even shaped like one is left to bean validation (400).
 */
@Component
public class ListedMunicipalitiesOnly implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof RequestOpgroeiruimte request
                    && CbsCode.isValid(request.municipality())
                    && DutchMunicipalities.find(request.municipality()).isEmpty()) {
                throw new UnlistedMunicipality("municipality", request.municipality());
            }
            return message;
        };
    }
}
