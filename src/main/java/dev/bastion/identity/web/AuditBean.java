package dev.bastion.identity.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.AuditEntry;
import dev.bastion.identity.app.AuditLog;
import dev.bastion.platform.web.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * Admin console: the audit log, newest first, paged in the database and filtered by text. The filter is
 * taken from the posted form when the bean is created, so that a page change (which posts the table,
 * not the filter's value binding) still pages through the filtered log.
 */
@Named("adminAudit")
@RequestScoped
public class AuditBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/audit.xhtml";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    AuditLog audit;

    private String filter;

    @PostConstruct
    void init() {
        filter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("audit:filter");
    }

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            access.require(PAGE);
            return audit.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry e) {
            return String.valueOf(e.getId());
        }

        @Override
        public AuditEntry getRowData(String key) {
            return null;
        }
    };

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
