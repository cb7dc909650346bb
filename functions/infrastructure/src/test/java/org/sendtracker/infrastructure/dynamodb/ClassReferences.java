package org.sendtracker.infrastructure.dynamodb;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the constant pool of compiled classes (JVMS §4.4) to list the methods they call and the
 * classes they name: enough to prove a call is absent without a bytecode library on the classpath.
 * A call through a lambda or a method reference is in the pool too.
 */
final class ClassReferences {

    /** A method a class refers to: its owner's internal name ({@code a/b/C}) and its name. */
    record MethodRef(String owner, String name) {}

    private ClassReferences() {}

    static Map<Path, List<MethodRef>> methodCallsIn(List<Path> classFiles) {
        Map<Path, List<MethodRef>> calls = new LinkedHashMap<>();
        for (Path file : classFiles) {
            calls.put(file, read(file).methodRefs());
        }
        return calls;
    }

    static List<Path> classesReferring(List<Path> classFiles, String internalName) {
        return classFiles.stream()
                .filter(file -> read(file).classNames().contains(internalName))
                .toList();
    }

    private record Pool(Object[] entries) {
        List<MethodRef> methodRefs() {
            List<MethodRef> refs = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof int[] ref && ref[0] == METHOD_REF) {
                    int[] nameAndType = (int[]) entries[ref[2]];
                    refs.add(new MethodRef(className(ref[1]), (String) entries[nameAndType[1]]));
                }
            }
            return refs;
        }

        List<String> classNames() {
            List<String> names = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof int[] ref && ref[0] == CLASS) {
                    names.add((String) entries[ref[1]]);
                }
            }
            return names;
        }

        private String className(int classIndex) {
            return (String) entries[((int[]) entries[classIndex])[1]];
        }
    }

    private static final int CLASS = 7;
    private static final int METHOD_REF = 10;
    private static final int NAME_AND_TYPE = 12;

    /**
     * Utf8 entries as strings; Class, Methodref, InterfaceMethodref and NameAndType as {tag-ish,
     * index, index}.
     */
    private static Pool read(Path file) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalStateException("not a class file: " + file);
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            Object[] entries = new Object[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> entries[i] = in.readUTF();
                    case 7 -> entries[i] = new int[] {CLASS, in.readUnsignedShort()};
                    case 10, 11 ->
                            entries[i] =
                                    new int[] {
                                        METHOD_REF, in.readUnsignedShort(), in.readUnsignedShort()
                                    };
                    case 12 ->
                            entries[i] =
                                    new int[] {
                                        NAME_AND_TYPE,
                                        in.readUnsignedShort(),
                                        in.readUnsignedShort()
                                    };
                    case 9, 17, 18, 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default ->
                            throw new IllegalStateException(
                                    "unknown constant pool tag " + tag + " in " + file);
                }
            }
            return new Pool(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
