package io.itplan.core.importer.bytecode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Reads one class file with ASM (asm.ow2.io) into {@link ClassFacts}.
 *
 * <p><b>Composition</b> is claimed only where the bytecode shows ownership plainly: a field that is
 * {@code private final}, of a class type {@code T}, assigned only in constructors, and every assignment stores a
 * {@code new T(...)} made right there (the instruction before the {@code putfield} is the {@code invokespecial
 * T.<init>} of a {@code new T}). A field ever assigned from anything else — a constructor parameter, a method
 * result, a static — is an association. So a part handed in from outside (dependency injection) is never
 * taken for an owned part.
 */
final class ClassScanner {
    private ClassScanner() {}

    /** @throws RuntimeException (from ASM) when the bytes are no valid class file */
    static ClassFacts scan(byte[] bytes) {
        Collector c = new Collector();
        new ClassReader(bytes).accept(c, ClassReader.SKIP_FRAMES);
        return c.facts();
    }

    /** The binary name with dots, or null for arrays of primitives and primitives. */
    static String className(Type t) {
        Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        return e.getSort() == Type.OBJECT ? e.getClassName() : null;
    }

    static String dotted(String internal) {
        return internal == null ? null : Type.getObjectType(internal).getClassName();
    }

    private static final class Collector extends ClassVisitor {
        String name;
        boolean isInterface;
        boolean synthetic;
        final Set<String> supertypes = new LinkedHashSet<>();
        final Map<String, Boolean> fieldTypes = new LinkedHashMap<>();
        final Set<String> used = new HashSet<>();
        final Map<String, Set<String>> fieldsUsed = new HashMap<>();
        final Map<String, Set<String>> methodsUsed = new HashMap<>();
        final Set<String> fields = new LinkedHashSet<>();
        final Set<String> methods = new LinkedHashSet<>();
        /** Private final fields of a class type: field name to its type. */
        final Map<String, String> ownable = new HashMap<>();
        /** Per field of this class: true while every store was a fresh object in a constructor. */
        final Map<String, Boolean> storedNew = new HashMap<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        ClassFacts facts() {
            Map<String, Boolean> types = new LinkedHashMap<>();
            fieldTypes.forEach((type, f) -> types.merge(type, false, Boolean::logicalOr));
            ownable.forEach((field, type) -> {
                if (Boolean.TRUE.equals(storedNew.get(field))) {
                    types.put(type, true);
                }
            });
            used.remove(name);
            return new ClassFacts(
                    name, isInterface, synthetic, supertypes, types, used, fieldsUsed, methodsUsed, fields, methods);
        }

        void type(Type t) {
            String n = className(t);
            if (n != null) {
                used.add(n);
            }
        }

        void descriptor(String desc) {
            Type t = Type.getType(desc);
            if (t.getSort() == Type.METHOD) {
                for (Type a : t.getArgumentTypes()) {
                    type(a);
                }
                type(t.getReturnType());
            } else {
                type(t);
            }
        }

        void signature(String sig) {
            if (sig == null) {
                return;
            }
            new SignatureReader(sig).accept(new SignatureVisitor(Opcodes.ASM9) {
                @Override
                public void visitClassType(String internal) {
                    used.add(dotted(internal));
                }

                @Override
                public void visitInnerClassType(String inner) {
                    // the outer class type was visited already
                }
            });
        }

        @Override
        public void visit(int version, int access, String n, String sig, String superName, String[] interfaces) {
            name = dotted(n);
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0;
            if (superName != null && !superName.equals("java/lang/Object")) {
                supertypes.add(dotted(superName));
            }
            if (interfaces != null) {
                for (String i : interfaces) {
                    supertypes.add(dotted(i));
                }
            }
            signature(sig);
        }

        @Override
        public FieldVisitor visitField(int access, String n, String desc, String sig, Object value) {
            if ((access & Opcodes.ACC_SYNTHETIC) != 0) {
                return null;
            }
            fields.add(n);
            Type t = Type.getType(desc);
            String held = className(t);
            if (held != null) {
                fieldTypes.put(held, false);
                if (t.getSort() == Type.OBJECT
                        && (access & Opcodes.ACC_PRIVATE) != 0
                        && (access & Opcodes.ACC_FINAL) != 0
                        && (access & Opcodes.ACC_STATIC) == 0) {
                    ownable.put(n, held);
                }
            }
            signature(sig);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String n, String desc, String sig, String[] exceptions) {
            if ((access & Opcodes.ACC_SYNTHETIC) == 0) {
                methods.add(n + desc);
            }
            descriptor(desc);
            signature(sig);
            if (exceptions != null) {
                for (String e : exceptions) {
                    used.add(dotted(e));
                }
            }
            return new Body(n.equals("<init>"));
        }

        private final class Body extends MethodVisitor {
            final boolean constructor;
            /** Classes of the {@code new}s whose constructor has not run yet, innermost last. */
            final java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();

            /** The class the last instruction finished constructing, or null. */
            String justConstructed;

            Body(boolean constructor) {
                super(Opcodes.ASM9);
                this.constructor = constructor;
            }

            private void other() {
                justConstructed = null;
            }

            @Override
            public void visitTypeInsn(int opcode, String t) {
                Type type = Type.getObjectType(t);
                type(type);
                other();
                if (opcode == Opcodes.NEW) {
                    pending.push(className(type));
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String n, String desc) {
                String o = dotted(owner);
                if (o.equals(name)) {
                    if (opcode == Opcodes.PUTFIELD && ownable.containsKey(n)) {
                        boolean fresh = constructor && ownable.get(n).equals(justConstructed);
                        storedNew.merge(n, fresh, Boolean::logicalAnd);
                    }
                } else {
                    used.add(o);
                    fieldsUsed.computeIfAbsent(o, k -> new HashSet<>()).add(n);
                }
                descriptor(desc);
                other();
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String n, String desc, boolean itf) {
                Type ownerType = Type.getObjectType(owner);
                String o = className(ownerType);
                if (o != null && !o.equals(name)) {
                    used.add(o);
                    methodsUsed.computeIfAbsent(o, k -> new HashSet<>()).add(n + desc);
                }
                descriptor(desc);
                boolean completes = opcode == Opcodes.INVOKESPECIAL
                        && n.equals("<init>")
                        && o != null
                        && !pending.isEmpty()
                        && o.equals(pending.peek());
                justConstructed = completes ? pending.pop() : null;
            }

            @Override
            public void visitInvokeDynamicInsn(String n, String desc, Handle bsm, Object... args) {
                descriptor(desc);
                for (Object a : args) {
                    constant(a);
                }
                other();
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value);
                other();
            }

            private void constant(Object value) {
                if (value instanceof Type t) {
                    if (t.getSort() == Type.METHOD) {
                        descriptor(t.getDescriptor());
                    } else {
                        type(t);
                    }
                } else if (value instanceof Handle h) {
                    String o = dotted(h.getOwner());
                    if (!o.equals(name)) {
                        used.add(o);
                        methodsUsed.computeIfAbsent(o, k -> new HashSet<>()).add(h.getName() + h.getDesc());
                    }
                } else if (value instanceof ConstantDynamic cd) {
                    descriptor(cd.getDescriptor());
                }
            }

            @Override
            public void visitMultiANewArrayInsn(String desc, int dims) {
                descriptor(desc);
                other();
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String t) {
                if (t != null) {
                    used.add(dotted(t));
                }
            }

            @Override
            public void visitLocalVariable(String n, String desc, String sig, Label s, Label e, int index) {
                descriptor(desc);
                signature(sig);
            }

            @Override
            public void visitVarInsn(int opcode, int var) {
                other();
            }

            @Override
            public void visitInsn(int opcode) {
                other();
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                other();
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                other();
            }

            @Override
            public void visitLabel(Label label) {
                // A label is no instruction: `new T(); putfield` may have one between them for line numbers.
            }
        }
    }
}
