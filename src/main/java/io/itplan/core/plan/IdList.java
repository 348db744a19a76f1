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

    @Override
    public String get(int index) {
        return table[picks[index]];
    }

    @Override
    public int size() {
        return picks.length;
    }
}
