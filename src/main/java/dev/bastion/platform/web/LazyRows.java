package dev.bastion.platform.web;

import dev.bastion.platform.PageQuery;
import dev.bastion.platform.Slice;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The page kit's server-side table model: PrimeFaces asks for one page (offset, size, sort, filters) and
 * a service answers it with a {@link Slice}. Works in request-scoped beans: the table keeps its page,
 * sort and filters in the view state, and every request builds a fresh model.
 *
 * <pre>{@code
 * rows = LazyRows.of(q -> admin.users(q), UserRow::id);
 * <p:dataTable value="#{bean.rows}" lazy="true" ...>}</pre>
 */
public class LazyRows<T> extends LazyDataModel<T> {

    private final Function<PageQuery, Slice<T>> source;
    private final Function<T, Object> key;
    private PageQuery lastQuery;
    private Slice<T> last;

    private LazyRows(Function<PageQuery, Slice<T>> source, Function<T, Object> key) {
        this.source = source;
        this.key = key;
    }

    public static <T> LazyRows<T> of(Function<PageQuery, Slice<T>> source, Function<T, Object> key) {
        return new LazyRows<>(source, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, fetch(query(0, 1, Map.of(), filterBy)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Slice<T> s = fetch(query(first, pageSize, sortBy, filterBy));
        setRowCount((int) Math.min(Integer.MAX_VALUE, s.total()));
        return s.rows();
    }

    /**
     * PrimeFaces asks for the count (a one-row query) and then for the page; whatever comes after a page
     * with the same search and filters (the paginator's count, the same page again) is answered from it.
     */
    private Slice<T> fetch(PageQuery q) {
        boolean countOnly = q.limit() == 1 && q.offset() == 0;
        if (last != null && sameSelection(q, lastQuery) && (countOnly || q.equals(lastQuery))) {
            return last;
        }
        last = source.apply(q);
        lastQuery = q;
        return last;
    }

    private static boolean sameSelection(PageQuery a, PageQuery b) {
        return java.util.Objects.equals(a.search(), b.search()) && a.filters().equals(b.filters());
    }

    static PageQuery query(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sort = null;
        boolean ascending = true;
        if (sortBy != null) {
            for (SortMeta m : sortBy.values()) {
                if (m.getOrder() != SortOrder.UNSORTED) {
                    sort = m.getField();
                    ascending = m.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
        }
        String search = null;
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            for (FilterMeta f : filterBy.values()) {
                Object v = f.getFilterValue();
                if (v == null || v.toString().isBlank()) {
                    continue;
                }
                if (FilterMeta.GLOBAL_FILTER_KEY.equals(f.getField())) {
                    search = v.toString();
                } else {
                    filters.put(f.getField(), v.toString());
                }
            }
        }
        return new PageQuery(first, pageSize <= 0 ? 25 : pageSize, sort, ascending, search, filters);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (last == null) {
            return null;
        }
        return last.rows().stream().filter(r -> String.valueOf(key.apply(r)).equals(rowKey)).findFirst().orElse(null);
    }
}
