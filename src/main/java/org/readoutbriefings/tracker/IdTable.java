package org.readoutbriefings.tracker;

import java.util.Collection;
import java.util.Collections;

/**
 * A few hundred ids as a table to join, {@code (VALUES (?), (?), ...) ids(id)}, in place of
 * {@code id IN (?, ?, ...)}: H2 checks every row a query finds against each value of an IN list of
 * parameters, one by one, but looks rows up id by id from a table of values (an index lookup each, as
 * PostgreSQL does too). The ids must be distinct: each joins its own rows.
 */
final class IdTable {

    private IdTable() {
    }

    /** {@code (VALUES (CAST(? AS VARCHAR)), ...) <alias>(id)} for {@code count} ids. */
    static String of(int count, String alias) {
        if (count < 1) {
            throw new IllegalArgumentException("no ids");
        }
        return "(VALUES " + String.join(", ", Collections.nCopies(count, "(CAST(? AS VARCHAR))")) + ") " + alias + "(id)";
    }

    /** The statement's parameters: the ids (the table comes first in the statement), then {@code after}. */
    static Object[] args(Collection<String> ids, Object... after) {
        Object[] args = new Object[ids.size() + after.length];
        int i = 0;
        for (String id : ids) {
            args[i++] = id;
        }
        System.arraycopy(after, 0, args, i, after.length);
        return args;
    }
}
