package dev.bastion.identity.web;

import dev.bastion.identity.app.HomeDashboard;
import dev.bastion.identity.model.HomeView;
import dev.bastion.identity.model.NextStep;
import dev.bastion.platform.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code #{home}}: the member's dashboard, read once per request; the words of each next step. */
@Named("home")
@RequestScoped
public class HomeBean {

    @Inject
    HomeDashboard dashboard;

    @Inject
    CurrentUser me;

    private HomeView view;

    public HomeView getView() {
        if (view == null) {
            view = dashboard.view(me.id());
        }
        return view;
    }

    /** What the step asks of the member, in a sentence. */
    public String words(NextStep step) {
        var f = getView().facts();
        return switch (step) {
            case NO_MAIN -> "You have no main character: add one of your characters and make it your main.";
            case TOKENS_TO_RENEW -> f.charactersWithoutToken() + (f.charactersWithoutToken() == 1 ? " character's" : " characters'")
                    + " SSO token stopped working: add the character again to renew it.";
            case REQUESTS_TO_DECIDE -> f.requestsToDecide() + (f.requestsToDecide() == 1 ? " join request waits" : " join requests wait")
                    + " for your decision.";
            case NO_ALTS -> "Add your alts: your IT officers see whom you fly, and you switch main whenever you like.";
            case OPEN_GROUPS_AVAILABLE -> f.groupsToJoin() + (f.groupsToJoin() == 1 ? " group is" : " groups are") + " open to you.";
            case PENDING_REQUESTS -> f.pendingRequests() + (f.pendingRequests() == 1 ? " of your join requests waits" : " of your join requests wait")
                    + " for a leader.";
        };
    }

    /** Where the step is done: a page of the portal. */
    public String link(NextStep step) {
        return switch (step) {
            case NO_MAIN, TOKENS_TO_RENEW, NO_ALTS -> "/account";
            case REQUESTS_TO_DECIDE -> "/admin/requests";
            case OPEN_GROUPS_AVAILABLE, PENDING_REQUESTS -> "/account";
        };
    }

    public String linkText(NextStep step) {
        return switch (step) {
            case NO_MAIN, TOKENS_TO_RENEW -> "My characters";
            case REQUESTS_TO_DECIDE -> "Join requests";
            case NO_ALTS -> "Add a character";
            case OPEN_GROUPS_AVAILABLE -> "See the groups";
            case PENDING_REQUESTS -> "My requests";
        };
    }

    public String icon(NextStep step) {
        return switch (step) {
            case NO_MAIN -> "pi-star";
            case TOKENS_TO_RENEW -> "pi-exclamation-triangle";
            case REQUESTS_TO_DECIDE -> "pi-inbox";
            case NO_ALTS -> "pi-user-plus";
            case OPEN_GROUPS_AVAILABLE, PENDING_REQUESTS -> "pi-sitemap";
        };
    }
}
