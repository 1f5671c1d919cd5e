package nl.opgroeiruimte.casefile.query.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.municipality.MunicipalityViews.*;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Municipalities: the reference list with registration, and each one's elections, colleges and policy. */
@RestController
@Validated
@RequestMapping("/api/v1/municipalities")
@Tag(
        name = "municipality queries",
        description = "Municipalities, their elections, colleges in office over time, and policy")
public class MunicipalityQueryController {
    private final MunicipalityProjection municipalities;

    public MunicipalityQueryController(MunicipalityProjection municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("")
    @Operation(summary = "The current Dutch municipalities (CBS reference list), with whether each is registered")
    public Page<MunicipalityListItem> list(
            @RequestParam(required = false) Boolean registered,
            @RequestParam(defaultValue = "1") @Min(1) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int pageSize) {
        return municipalities.list(registered, page, pageSize);
    }

    @GetMapping("/{cbsCode}")
    @Operation(summary = "A municipality with its elections, its colleges in office over time and its policy")
    public MunicipalityView one(@PathVariable String cbsCode) {
        return municipalities.find(cbsCode).orElseThrow(() -> new UnknownEntity("municipality", cbsCode));
    }

    @GetMapping("/{cbsCode}/elections")
    @Operation(summary = "The municipality's recorded elections")
    public List<ElectionView> elections(@PathVariable String cbsCode) {
        return one(cbsCode).elections();
    }

    @GetMapping("/{cbsCode}/colleges")
    @Operation(summary = "The municipality's colleges of mayor and aldermen, in office over time")
    public List<CollegeView> colleges(@PathVariable String cbsCode) {
        return one(cbsCode).colleges();
    }

    @GetMapping("/{cbsCode}/colleges/{collegeId}")
    @Operation(summary = "One college of mayor and aldermen")
    public CollegeView college(@PathVariable String cbsCode, @PathVariable String collegeId) {
        return colleges(cbsCode).stream()
                .filter(c -> c.collegeId().equals(collegeId))
                .findFirst()
                .orElseThrow(() -> new UnknownEntity("college", collegeId));
    }

    @GetMapping("/{cbsCode}/policies")
    @Operation(summary = "The policy the municipality adopted")
    public List<PolicyView> policies(@PathVariable String cbsCode) {
        return one(cbsCode).policies();
    }

    @GetMapping("/{cbsCode}/policies/{policyId}")
    @Operation(summary = "One adopted policy")
    public PolicyView policy(@PathVariable String cbsCode, @PathVariable String policyId) {
        return policies(cbsCode).stream()
                .filter(p -> p.policyId().equals(policyId))
                .findFirst()
                .orElseThrow(() -> new UnknownEntity("policy", policyId));
    }
}
