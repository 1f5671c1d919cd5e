package nl.opgroeiruimte.casefile.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleHandedOver;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link RoleHandedOver} of revision 1 as revision 2: the successor was called
 * {@code successorId} and is now {@code successorPersonId}. The stored event is never rewritten; it is
 * translated each time it is read (aggregates, projections, replays, the events API). As a Spring bean
 * it joins the upcaster chain of Axon's event store.
 */
@Component
public class RoleHandedOverUpcaster extends SingleEventUpcaster {
    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(RoleHandedOver.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(RoleHandedOver.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode handover = (ObjectNode) payload;
            handover.set("successorPersonId", handover.remove("successorId"));
            return handover;
        });
    }
}
