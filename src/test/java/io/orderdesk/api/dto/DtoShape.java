package io.orderdesk.api.dto;

import com.squareup.moshi.Json;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.domain.Coded;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Walks a generically parsed JSON document alongside a DTO type and lists every mismatch: a JSON key with no record
 * component, a leaf whose JSON type does not fit the component's Java type, and a record component that never
 * appeared anywhere in the document.
 */
final class DtoShape {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private final List<String> problems = new ArrayList<>();
    private final Map<Class<?>, Set<String>> seenKeys = new LinkedHashMap<>();
    private int leaves;

    static DtoShape check(Object json, Type type) {
        DtoShape shape = new DtoShape();
        shape.walk(json, type, "$");
        shape.reportUnseenComponents();
        return shape;
    }

    List<String> problems() {
        return problems;
    }

    int leaves() {
        return leaves;
    }

    private void walk(Object json, Type type, String path) {
        Class<?> raw = rawType(type);
        if (json instanceof Map) {
            walkObject((Map<?, ?>) json, type, raw, path);
        } else if (json instanceof List) {
            if (raw != List.class && raw != PartialList.class) {
                problems.add(path + ": JSON array but Java " + type.getTypeName());
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> list = (List<?>) json;
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), element, path + "[" + i + "]");
            }
        } else {
            leaves++;
            checkLeaf(json, raw, type, path);
        }
    }

    private void walkObject(Map<?, ?> json, Type type, Class<?> raw, String path) {
        if (!raw.isRecord()) {
            problems.add(path + ": JSON object but Java " + type.getTypeName());
            return;
        }
        Map<String, RecordComponent> byJsonName = new LinkedHashMap<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            byJsonName.put(jsonName(component), component);
        }
        Set<String> seen = seenKeys.computeIfAbsent(raw, k -> new LinkedHashSet<>());
        for (Map.Entry<?, ?> entry : json.entrySet()) {
            String key = (String) entry.getKey();
            RecordComponent component = byJsonName.get(key);
            if (component == null) {
                problems.add(path + "." + key + ": no component in " + raw.getSimpleName());
                continue;
            }
            seen.add(key);
            walk(entry.getValue(), resolve(component.getGenericType(), type, raw), path + "." + key);
        }
    }

    private void checkLeaf(Object value, Class<?> raw, Type type, String path) {
        boolean fits;
        if (value == null) {
            fits = true;
        } else if (value instanceof Boolean) {
            fits = raw == Boolean.class;
        } else if (value instanceof Number) {
            fits = raw == Long.class || raw == Integer.class;
        } else if (DATE_TIME.matcher((String) value).matches()) {
            fits = raw == OffsetDateTime.class;
        } else {
            fits = raw == String.class || raw == Coded.class;
        }
        if (!fits) {
            problems.add(path + ": " + value + " does not fit " + type.getTypeName());
        }
    }

    private void reportUnseenComponents() {
        seenKeys.forEach((record, seen) -> {
            Set<String> unseen = new TreeSet<>();
            for (RecordComponent component : record.getRecordComponents()) {
                unseen.add(jsonName(component));
            }
            unseen.removeAll(seen);
            if (!unseen.isEmpty()) {
                problems.add(record.getSimpleName() + " has components the document never uses: " + unseen);
            }
        });
    }

    static String jsonName(RecordComponent component) {
        Json json = component.getAnnotation(Json.class);
        if (json == null) {
            // Moshi reads @Json from the accessor or field as well as the component
            try {
                json = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Json.class);
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
        return json != null ? json.name() : component.getName();
    }

    private static Type resolve(Type componentType, Type owner, Class<?> ownerRaw) {
        if (componentType instanceof TypeVariable && owner instanceof ParameterizedType) {
            TypeVariable<?>[] variables = ownerRaw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                if (variables[i].getName().equals(((TypeVariable<?>) componentType).getName())) {
                    return ((ParameterizedType) owner).getActualTypeArguments()[i];
                }
            }
        }
        return componentType;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }
}
