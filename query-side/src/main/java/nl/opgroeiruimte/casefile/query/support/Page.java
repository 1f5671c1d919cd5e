package nl.opgroeiruimte.casefile.query.support;

import java.util.List;

/** One page of a list; pages count from 1. */
public record Page<T>(List<T> items, int page, int pageSize, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, int page, int pageSize, long totalItems) {
        return new Page<>(items, page, pageSize, totalItems, (totalItems + pageSize - 1) / pageSize);
    }

    public static int offset(int page, int pageSize) {
        return (page - 1) * pageSize;
    }
}
