package dev.bastion.identity.web;

import dev.bastion.identity.model.GroupRequest;
import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.model.Permission;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Join requests: group managers decide all of them, leaders those of the groups they lead. The request
 * id comes from the form; {@link GroupService#decide} refuses ids the actor may not decide.
 */
@Named("adminRequests")
@RequestScoped
public class RequestsBean {

    @Inject
    CurrentUser me;

    @Inject
    GroupService groups;

    public List<GroupRequest> getRequests() {
        return groups.decidable(me.get(), me.has(Permission.PORTAL_MANAGE_GROUPS));
    }

    public String approve() {
        return decide(true);
    }

    public String reject() {
        return decide(false);
    }

    private String decide(boolean approve) {
        return Pages.run(() -> GroupMessages.of(groups.decide(me.id(), me.has(Permission.PORTAL_MANAGE_GROUPS),
                Pages.idParam("request"), approve)));
    }

    /** Group managers decide every request, leaders only those of their groups. */
    public boolean isManagesAllGroups() {
        return me.has(Permission.PORTAL_MANAGE_GROUPS);
    }
}
