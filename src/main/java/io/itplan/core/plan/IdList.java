package io.itplan.core.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of ids picked from a shared table by number: a step's stand-ins, which in a plan by module or
 * in parallel steps add up to tens of millions of mentions of a few thousand ids, cost an int each.
 */
final class IdList extends AbstractList<String> implements RandomAccess {
    private final String[] table;
    private final int[] picks;

    /** @param picks numbers into {@code table}; neither array is changed afterwards */
    IdList(String[] table, int[] picks) {
        this.table = table;
        this.picks = picks;
    }

    /** The list as it is when it is an {@code IdList} (immutable already), else an immutable copy. */
    static List<String> immutable(List<String> ids) {
        return ids instanceof IdList ? ids : List.copyOf(ids);
    }

    /** The table the ids are picked from: the same array for every list of one plan. Do not modify. */
    String[] table() {
        return table;
    }

    /** The number in the table of the id at {@code index}. */
    int pick(int index) {
        return picks[index];
    }

    @Override
    public String get(int index) {
        return table[picks[index]];
    }

    @Override
    public int size() {
        return picks.length;
    }
}
