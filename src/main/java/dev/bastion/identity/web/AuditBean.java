package dev.bastion.identity.web;

import dev.bastion.identity.app.AuditLog;
import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.AuditFilter;
import dev.bastion.identity.model.AuditReference;
import dev.bastion.identity.model.AuditRow;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Admin console: the audit log, newest first, paged in the database and filtered by action, by who acted and by
 * text. The filters are taken from the request when the bean is created: from the posted form (a page change
 * posts the table, not the filters' value bindings, and must still page through the filtered log), or on a
 * first visit from the address ({@code ?action=user.deactivated&actor=Aria&text=...&actorId=12}), so that other
 * pages can link to a filtered log.
 */
@Named("adminAudit")
@RequestScoped
public class AuditBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/audit.xhtml";

    @Inject
    PageAccess access;

    @Inject
    AuditLog audit;

    private String action;
    private String actor;
    private String filter;
    private Long actorId;

    private final LazyRows<AuditRow> rows = LazyRows.of(q -> {
        access.require(PAGE);
        return audit.entries(selection(), q.offset(), q.limit());
    }, AuditRow::id);

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        boolean posted = params.containsKey("audit");
        action = params.get(posted ? "audit:action_input" : "action");
        actor = params.get(posted ? "audit:actor" : "actor");
        filter = params.get(posted ? "audit:filter" : "text");
        String id = params.get(posted ? "audit:actor-id" : "actorId");
        actorId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    /** What the filters select: an unknown action code selects every action. */
    AuditFilter selection() {
        return new AuditFilter(AuditAction.byCode(action).orElse(null), actorId, false, actor, filter);
    }

    public LazyRows<AuditRow> getEntries() {
        access.require(PAGE);
        return rows;
    }

    /** Every action, by its phrase, for the filter. */
    public List<AuditAction> getActions() {
        access.require(PAGE);
        return Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::phrase)).toList();
    }

    public List<AuditText.Segment> target(AuditRow e) {
        access.require(PAGE);
        return AuditText.of(e.target(), e.references(), AuditReference.Field.TARGET);
    }

    public List<AuditText.Segment> before(AuditRow e) {
        access.require(PAGE);
        return AuditText.of(e.before(), e.references(), AuditReference.Field.BEFORE);
    }

    public List<AuditText.Segment> after(AuditRow e) {
        access.require(PAGE);
        return AuditText.of(e.after(), e.references(), AuditReference.Field.AFTER);
    }

    /** Whether any filter is set (the page then offers to clear them). */
    public boolean isFiltered() {
        return selection().action() != null || actorId != null || !blank(actor) || !blank(filter);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether the viewer may open user pages (who acted then links there). */
    public boolean isSeesUsers() {
        return access.mayOpen(UsersBean.PAGE);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getActorId() {
        return actorId;
    }
}
