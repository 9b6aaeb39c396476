package dev.bastion.identity.web.admin;

import dev.bastion.identity.AuditEntry;
import dev.bastion.identity.AuditLog;
import dev.bastion.identity.Permission;
import dev.bastion.identity.web.CurrentUser;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Admin console: the audit log, newest first, paged in the database and filtered by text. View-scoped:
 * the paginator posts only the table, so a request-scoped filter was forgotten on the next page.
 */
@Named("adminAudit")
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser me;

    @Inject
    AuditLog audit;

    private String filter;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            me.require(Permission.PORTAL_VIEW_AUDIT_LOG);
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
