package nl.opgroeiruimte.casefile.query.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeListItem;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeView;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.RepresentationView;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Resident initiatives: the list, and each one with its legal forms and representation. */
@RestController
@Validated
@RequestMapping("/api/v1/initiatives")
@Tag(
        name = "initiative queries",
        description = "Resident initiatives, their legal forms over time and their representation")
public class InitiativeQueryController {
    private final InitiativeProjection initiatives;

    public InitiativeQueryController(InitiativeProjection initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping("")
    @Operation(summary = "Initiatives, optionally those working in one municipality")
    public Page<InitiativeListItem> list(
            @RequestParam(required = false)
                    @Pattern(
                            regexp = CbsCode.PATTERN,
                            message = "must be a CBS municipality code: GM followed by four digits")
                    String municipality,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int pageSize) {
        return initiatives.list(municipality, page, pageSize);
    }

    @GetMapping("/{initiativeId}")
    @Operation(summary = "An initiative with its legal forms over time and its recorded representation")
    public InitiativeView one(@PathVariable String initiativeId) {
        return initiatives.find(initiativeId).orElseThrow(() -> new UnknownEntity("initiative", initiativeId));
    }

    @GetMapping("/{initiativeId}/representations/{representationId}")
    @Operation(summary = "One recorded representation")
    public RepresentationView representation(@PathVariable String initiativeId, @PathVariable String representationId) {
        return one(initiativeId).representations().stream()
                .filter(r -> r.representationId().equals(representationId))
                .findFirst()
                .orElseThrow(() -> new UnknownEntity("representation", representationId));
    }
}
