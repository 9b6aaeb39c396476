package dev.bastion.identity.web;

import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.model.JoinRequestRow;
import dev.bastion.identity.model.Permission;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Join requests, oldest first and paged in the database: group managers decide all of them, leaders those of
 * the groups they lead, nobody their own. The request id comes from the form; {@link GroupService#decide}
 * refuses ids the actor may not decide.
 */
@Named("adminRequests")
@RequestScoped
public class RequestsBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/requests.xhtml";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    GroupService groups;

    private final LazyRows<JoinRequestRow> rows = LazyRows.of(q -> {
        access.require(PAGE);
        return groups.pendingRequests(me.id(), isManagesAllGroups(), q.offset(), q.limit());
    }, JoinRequestRow::id);

    public LazyRows<JoinRequestRow> getRows() {
        access.require(PAGE);
        return rows;
    }

    public String approve() {
        return decide(true);
    }

    public String reject() {
        return decide(false);
    }

    private String decide(boolean approve) {
        access.require(PAGE);
        return Pages.run(() -> GroupMessages.of(groups.decide(me.id(), isManagesAllGroups(), Pages.idParam("request"), approve)));
    }

    /** Group managers decide every request, leaders only those of their groups. */
    public boolean isManagesAllGroups() {
        return me.has(Permission.PORTAL_MANAGE_GROUPS);
    }

    /** Whether the viewer may open user pages (requesters then link there). */
    public boolean isSeesUsers() {
        return access.mayOpen(UsersBean.PAGE);
    }
}
