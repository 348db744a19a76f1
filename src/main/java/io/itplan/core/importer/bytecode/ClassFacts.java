package io.itplan.core.importer.bytecode;

import java.util.Map;
import java.util.Set;

/**
 * What one class file says about its class, names in binary form with dots ({@code a.b.C$D}).
 *
 * @param synthetic    whether the compiler made the class up (it is left out)
 * @param supertypes   the superclass (other than {@code java.lang.Object}) and the implemented interfaces
 * @param fieldTypes   the types of the class's fields, with whether each holds a part the class owns
 *                     (see {@link ClassScanner} for the rule)
 * @param usedTypes    every other type the class names: in signatures, method bodies, casts, constants
 * @param fieldsUsed   per owner class, the fields of it the class reads or writes ({@code name})
 * @param methodsUsed  per owner class, the methods of it the class calls ({@code name+descriptor})
 * @param fields       the fields this class declares
 * @param methods      the methods (and constructors) this class declares ({@code name+descriptor})
 */
record ClassFacts(
        String name,
        boolean isInterface,
        boolean synthetic,
        Set<String> supertypes,
        Map<String, Boolean> fieldTypes,
        Set<String> usedTypes,
        Map<String, Set<String>> fieldsUsed,
        Map<String, Set<String>> methodsUsed,
        Set<String> fields,
        Set<String> methods) {}
