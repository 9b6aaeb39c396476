package dev.bastion.platform.web;

import dev.bastion.platform.PageQuery;
import dev.bastion.platform.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code #{kit}}: the page kit's gallery (/admin/kit.xhtml), each piece with an example for docs/ui.md and
 * the kit's own browser test. Its table rows are made up here, sixty rows to page through; everything
 * else on the page is real (names from the universe, the same beans every page uses).
 */
@Named("kit")
@RequestScoped
public class KitGalleryBean {

    static final int ROWS = 60;

    /** A made-up row: a name and a time, for the table example. */
    public record Row(long id, String name, Instant at) {
    }

    private List<Long> alliances = new ArrayList<>();
    private Long system;
    private boolean excludeNpc;
    private Integer maxJumps;
    private final Instant now = Instant.now();
    private final LazyRows<Row> rows = LazyRows.of(this::page, Row::id);

    Slice<Row> page(PageQuery q) {
        List<Row> all = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            all.add(new Row(i, "Example row " + i, now.minusSeconds(i * 997L)));
        }
        List<Row> found = new ArrayList<>(all.stream()
                .filter(r -> q.search() == null || r.name().toLowerCase(Locale.ROOT).contains(q.search().toLowerCase(Locale.ROOT)))
                .toList());
        Comparator<Row> order = "name".equals(q.sort()) ? Comparator.comparing(Row::name) : Comparator.comparing(Row::at).reversed();
        found.sort(q.ascending() ? order : order.reversed());
        int from = Math.min(q.offset(), found.size());
        return new Slice<>(found.subList(from, Math.min(from + q.limit(), found.size())), found.size());
    }

    public LazyRows<Row> getRows() {
        return rows;
    }

    public Instant getNow() {
        return now;
    }

    public Instant getEarlier() {
        return now.minusSeconds(3 * 3600 + 120);
    }

    public String save() {
        Pages.info("Saved: " + alliances.size() + " alliances, system " + system + ", exclude NPC kills " + excludeNpc
                + ", max jumps " + maxJumps + ".");
        return null;
    }

    public String delete() {
        Pages.info("Deleted (nothing: this is the gallery).");
        return null;
    }

    public List<Long> getAlliances() {
        return alliances;
    }

    public void setAlliances(List<Long> alliances) {
        this.alliances = alliances == null ? new ArrayList<>() : alliances;
    }

    public Long getSystem() {
        return system;
    }

    public void setSystem(Long system) {
        this.system = system;
    }

    public boolean isExcludeNpc() {
        return excludeNpc;
    }

    public void setExcludeNpc(boolean excludeNpc) {
        this.excludeNpc = excludeNpc;
    }

    public Integer getMaxJumps() {
        return maxJumps;
    }

    public void setMaxJumps(Integer maxJumps) {
        this.maxJumps = maxJumps;
    }
}
