package nl.opgroeiruimte.casefile.infra.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.infra.web.RequestRefused;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.document.AddDocument;
import nl.opgroeiruimte.casefile.kernel.partnership.document.LinkDocument;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail.DocumentView;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail.PersonRef;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.DocumentState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Documents in the case (docs/documents.md): uploaded as multipart, checked by what their bytes are, stored
 * under their SHA-256 in the same transaction as the {@code DocumentAdded} event that records them, listed and
 * downloaded by whoever may read the case.
 */
@RestController
@Tag(name = "documents", description = "Signed agreements, plans and minutes: the evidence behind the facts")
public class DocumentController {
    static final String FILE_PART = "file";
    static final String DESCRIPTION_PART = "document";

    private final CommandDispatcher commands;
    private final DocumentContents contents;
    private final ContentTypes contentTypes;
    private final DocumentsProperties properties;
    private final CaseAccess access;
    private final CaseHistory history;
    private final PeopleDirectory people;
    private final ObjectMapper json;

    public DocumentController(
            CommandDispatcher commands,
            DocumentContents contents,
            ContentTypes contentTypes,
            DocumentsProperties properties,
            CaseAccess access,
            CaseHistory history,
            PeopleDirectory people,
            ObjectMapper json) {
        this.commands = commands;
        this.contents = contents;
        this.contentTypes = contentTypes;
        this.properties = properties;
        this.access = access;
        this.history = history;
        this.people = people;
        this.json = json;
    }

    /** The upload form as the OpenAPI document describes it. */
    @Schema(name = "DocumentUpload")
    record Upload(
            @Schema(format = "binary", description = "the document itself")
            String file,

            @Schema(implementation = UploadDescription.class)
            String document) {}

    @Schema(
            name = "DocumentUploadDescription",
            description = "AddDocument without what the server takes from the file: "
                    + "actor, occurredOn, optional documentId, fileName (default: the file's own name) and links")
    record UploadDescription(
            @Schema(type = "object", description = "Who adds it: the person, the party they act for and their role")
            JsonNode actor,

            LocalDate occurredOn,
            String documentId,
            String fileName,

            @io.swagger.v3.oas.annotations.media.ArraySchema(
                    schema = @Schema(type = "object", description = "A link: kind and id"),
                    arraySchema =
                            @Schema(description = "The agreements, decisions and meetings the document is evidence of"))
            JsonNode links) {}

    @PostMapping(path = "/api/v1/cases/{caseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add a document to the case",
            description =
                    "Multipart with the part 'file' (the document) and the part 'document' (JSON: actor, occurredOn, "
                            + "optionally documentId, fileName and links to agreements, decisions or meetings). The content type is "
                            + "detected from the bytes; types not allowed answer 415, a document over the size limit 413, a missing "
                            + "or empty file 422.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = Upload.class),
                            encoding =
                                    @Encoding(name = DESCRIPTION_PART, contentType = MediaType.APPLICATION_JSON_VALUE)))
    public ResponseEntity<Object> upload(
            @PathVariable String caseId, MultipartHttpServletRequest request, @RequestHeader HttpHeaders headers) {
        MultipartFile file = request.getFile(FILE_PART);
        if (file == null) {
            throw new RequestRefused(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "file-missing",
                    FILE_PART,
                    "The part 'file' with the document is missing");
        }
        if (file.isEmpty()) {
            throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "file-empty", FILE_PART, "The document is empty");
        }
        byte[] content = bytes(file);
        String originalName = baseName(file.getOriginalFilename());
        String mediaType = contentTypes.detect(content, originalName);
        if (!properties.allowedTypes().contains(mediaType)) {
            throw new RequestRefused(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "media-type-not-allowed",
                    FILE_PART,
                    "Documents of type " + mediaType + " are not accepted; accepted: "
                            + String.join(", ", properties.allowedTypes()));
        }
        String sha256 = sha256(content);
        ObjectNode body = description(request);
        if (!body.hasNonNull("fileName") && originalName != null) body.put("fileName", originalName);
        if (!body.has("links")) body.putArray("links");
        // a number, not a path value: those are strings, and a string is no number to the command's reader
        body.put("sizeBytes", (long) content.length);
        return commands.command(AddDocument.class)
                .path("caseId", caseId)
                .path("sha256", sha256)
                .path("mediaType", mediaType)
                .creates("documentId")
                .at("/api/v1/cases/{caseId}/documents/{documentId}")
                .alongside(() -> contents.store(sha256, mediaType, content))
                .send(body, headers);
    }

    @PostMapping("/api/v1/cases/{caseId}/documents/{documentId}/links")
    @Operation(summary = "Link a document to an agreement, decision or meeting it is the evidence of")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = LinkDocument.class)))
    public ResponseEntity<Object> link(
            @PathVariable String caseId,
            @PathVariable String documentId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(LinkDocument.class)
                .path("caseId", caseId)
                .path("documentId", documentId)
                .at("/api/v1/cases/{caseId}/documents/{documentId}")
                .send(body, headers);
    }

    @GetMapping("/api/v1/cases/{caseId}/documents")
    @Operation(summary = "The documents of the case as of a date (default: today), in the order they were added")
    public List<DocumentView> list(
            @PathVariable String caseId,
            @Parameter(description = "only documents added by this day, with the links made by then")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf) {
        access.requireRead(caseId);
        CaseFileState state = fold(caseId, asOf);
        Set<String> personIds =
                state.documents.values().stream().map(d -> d.addedBy.personId()).collect(Collectors.toSet());
        Map<String, String> names = people.displayNames(personIds);
        return state.documents.values().stream()
                .map(d -> new DocumentView(
                        d.documentId,
                        d.fileName,
                        d.mediaType,
                        d.sizeBytes,
                        d.sha256,
                        d.addedOn,
                        new PersonRef(
                                d.addedBy.personId(),
                                names.getOrDefault(d.addedBy.personId(), PeopleDirectory.UNKNOWN)),
                        List.copyOf(d.links),
                        List.copyOf(d.eventIds)))
                .toList();
    }

    @GetMapping("/api/v1/cases/{caseId}/documents/{documentId}")
    @Operation(
            summary = "Download a document of the case",
            description =
                    "The content as stored, with its detected type, its SHA-256 as ETag and Repr-Digest; 410 when the "
                            + "content was erased (the record of the document stays).")
    public ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String documentId) {
        access.requireRead(caseId);
        DocumentState document = fold(caseId, null).documents.get(documentId);
        if (document == null) throw new UnknownEntity("document", documentId);
        byte[] content = contents.read(document.sha256)
                .orElseThrow(() -> new RequestRefused(
                        HttpStatus.GONE,
                        "document-content-erased",
                        "documentId",
                        "The content of this document was erased; its record stays in the case"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType))
                .contentLength(content.length)
                .eTag("\"" + document.sha256 + "\"")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(document.sha256)) + ":")
                // a document is never rendered as part of this site, whatever it holds
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(content);
    }

    @DeleteMapping("/api/v1/admin/document-contents/{sha256}")
    @Operation(
            summary = "Erase a document content (administrators): every document holding it keeps its record, "
                    + "its download answers 410 from then on (docs/documents.md, \"Retention and erasure\")")
    public ResponseEntity<Void> erase(@PathVariable String sha256) {
        if (!contents.erase(sha256)) throw new UnknownEntity("document content", sha256);
        return ResponseEntity.noContent().build();
    }

    private CaseFileState fold(String caseId, LocalDate asOf) {
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        if (events.isEmpty()) throw new UnknownEntity("case", caseId);
        CaseFileState state = new CaseFileState();
        events.stream()
                .filter(e -> asOf == null
                        || e.occurredOn() == null
                        || !e.occurredOn().isAfter(asOf))
                .forEach(state::apply);
        return state;
    }

    private ObjectNode description(MultipartHttpServletRequest request) {
        String text = request.getParameter(DESCRIPTION_PART);
        if (text == null) {
            MultipartFile part = request.getFile(DESCRIPTION_PART);
            if (part != null) text = new String(bytes(part), StandardCharsets.UTF_8);
        }
        if (text == null) {
            throw new RequestRefused(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "document-description-missing",
                    DESCRIPTION_PART,
                    "The part 'document' (JSON with actor and occurredOn) is missing");
        }
        try {
            if (json.readTree(text) instanceof ObjectNode object) return object;
        } catch (IOException e) {
            // answered below
        }
        throw new RequestRefused(
                HttpStatus.BAD_REQUEST,
                "malformed-json",
                DESCRIPTION_PART,
                "The part 'document' must be a JSON object");
    }

    /** The name without any folder a client sent along with it. */
    private static String baseName(String name) {
        if (name == null || name.isBlank()) return null;
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return base.isEmpty() ? null : base;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
