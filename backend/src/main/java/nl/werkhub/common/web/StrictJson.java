package nl.werkhub.common.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON types are taken literally: {@code "24"} is not an integer, {@code 1.5} is not 1, {@code 12}
 * is not the 13th enum constant, {@code true} is not the text "true", and a date is written
 * {@code 2026-03-01} ({@link FullDate}). A wrong type is a 400 problem naming the field, never a
 * silently converted value; an enum name counts only as spelled ({@link ExactEnumNames}). A field
 * sent twice is refused rather than the last one silently winning (two parsers that read it
 * differently are a known way around checks), and so is anything after the body's one value; so
 * is text the database cannot keep as sent ({@link StorableText}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * After Quarkus' own customizers, which register the java.time module: of two deserializers for
     * one type the one registered last wins, and {@link FullDate} must win over the module's.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("strict-values").addDeserializer(String.class, new StorableText())
                .addDeserializer(java.time.LocalDate.class, new FullDate())
                .setDeserializerModifier(new ExactEnumNames()));
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
