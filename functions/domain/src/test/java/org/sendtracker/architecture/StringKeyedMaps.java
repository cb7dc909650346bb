package org.sendtracker.architecture;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code Map<String, …>} in a class's signatures: record components, and the parameter,
 * return and field types of every member that is not private (a map nested anywhere inside a type
 * counts, e.g. {@code List<Map<String, Object>>}). Each finding names the class and the member.
 */
final class StringKeyedMaps {

    private StringKeyedMaps() {}

    static List<String> in(Class<?> type) {
        List<String> found = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                check(found, type, "component " + component.getName(), component.getGenericType());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (!field.isSynthetic() && !Modifier.isPrivate(field.getModifiers())) {
                check(found, type, "field " + field.getName(), field.getGenericType());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method)) {
                check(found, type, method.getName() + " returns", method.getGenericReturnType());
                parameters(found, type, method.getName(), method);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor)) {
                parameters(found, type, "constructor", constructor);
            }
        }
        return found;
    }

    private static boolean visible(Executable member) {
        return !member.isSynthetic() && !Modifier.isPrivate(member.getModifiers());
    }

    private static void parameters(
            List<String> found, Class<?> type, String member, Executable executable) {
        Type[] parameters = executable.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            check(found, type, member + " parameter " + (i + 1), parameters[i]);
        }
    }

    private static void check(List<String> found, Class<?> owner, String where, Type type) {
        if (mentionsStringKeyedMap(type, new ArrayList<>())) {
            found.add(owner.getName() + ": " + where + " " + type.getTypeName());
        }
    }

    private static boolean mentionsStringKeyedMap(Type type, List<Type> seen) {
        if (seen.contains(type)) {
            return false;
        }
        seen.add(type);
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (parameterized.getRawType() instanceof Class<?> raw
                    && Map.class.isAssignableFrom(raw)
                    && arguments.length == 2
                    && arguments[0] == String.class) {
                return true;
            }
            for (Type argument : arguments) {
                if (mentionsStringKeyedMap(argument, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                if (mentionsStringKeyedMap(bound, seen)) {
                    return true;
                }
            }
            for (Type bound : wildcard.getLowerBounds()) {
                if (mentionsStringKeyedMap(bound, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof GenericArrayType array) {
            return mentionsStringKeyedMap(array.getGenericComponentType(), seen);
        }
        if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (mentionsStringKeyedMap(bound, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
