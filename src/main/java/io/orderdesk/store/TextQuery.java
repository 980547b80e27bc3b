package io.orderdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The free-text part of a search, parsed once per search rather than once per line.
 *
 * <p>A query that is only digits once spaces and dashes are removed is a number: exactly four digits are the last
 * four of a buyer's or recipient's phone; any other length is looked for inside product order numbers, order numbers
 * and tracking numbers. Any other query is split into words, and every word must match the line: a word of only
 * initial consonants (ㅎㄱㄷ) against the 초성 of the buyer's and recipient's names, other words as a substring of
 * those names, the product name or the tracking number, and digit words as above.
 */
final class TextQuery {

    private interface Term {
        boolean matches(IndexColumns columns, int slot);
    }

    private final List<Term> terms;

    private TextQuery(List<Term> terms) {
        this.terms = terms;
    }

    static TextQuery parse(String text) {
        String query = SearchText.normalise(text);
        List<Term> terms = new ArrayList<>();
        if (query.isEmpty()) {
            return new TextQuery(terms);
        }
        String compact = SearchText.compact(query);
        if (!compact.isEmpty() && SearchText.digits(compact).equals(compact)) {
            terms.add(number(compact));
            return new TextQuery(terms);
        }
        for (String word : query.split(" ")) {
            terms.add(word(word));
        }
        return new TextQuery(terms);
    }

    boolean matches(IndexColumns columns, int slot) {
        for (Term term : terms) {
            if (!term.matches(columns, slot)) {
                return false;
            }
        }
        return true;
    }

    private static Term number(String digits) {
        if (digits.length() == 4) {
            int tail = Integer.parseInt(digits);
            return (columns, slot) -> columns.ordererTail[slot] == tail || columns.receiverTail[slot] == tail;
        }
        return (columns, slot) -> columns.numberKey[slot].contains(digits);
    }

    private static Term word(String word) {
        if (SearchText.isInitialsOnly(word)) {
            String initials = SearchText.initials(word);
            return (columns, slot) -> columns.initialsKey[slot].contains(initials);
        }
        String compact = SearchText.compact(word).toLowerCase(Locale.ROOT);
        if (SearchText.digits(compact).equals(compact)) {
            return number(compact);
        }
        if (compact.equals(word)) {
            return (columns, slot) -> columns.textKey[slot].contains(word);
        }
        return (columns, slot) -> columns.textKey[slot].contains(word) || columns.textKey[slot].contains(compact);
    }
}
